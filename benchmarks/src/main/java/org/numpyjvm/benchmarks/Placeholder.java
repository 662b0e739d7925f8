package org.numpyjvm.benchmarks;
class Placeholder {}
