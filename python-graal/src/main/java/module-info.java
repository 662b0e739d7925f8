/**
 * numpy-jvm on GraalPy: the Python package {@code numpy} (in this jar, through GraalPy's virtual
 * file system), the {@link org.numpyjvm.python.Bridge} it calls, and the sandboxed embedding API
 * {@link org.numpyjvm.python.NumpyPython}.
 */
module org.numpyjvm.python {
    requires transitive org.numpyjvm.api;
    requires transitive org.graalvm.polyglot;
    requires org.graalvm.python.embedding;

    // unqualified: GraalPy's host access reaches only exported packages
    exports org.numpyjvm.python;
}
