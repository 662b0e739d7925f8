/** Provider contracts for numpy-jvm: primitive-array level, no dependency on the array model. */
module org.numpyjvm.spi {
    exports org.numpyjvm.spi;
}
