/** Provider contracts (linalg, FFT, bit generators) and their discovery. */
package org.numpyjvm.spi;
