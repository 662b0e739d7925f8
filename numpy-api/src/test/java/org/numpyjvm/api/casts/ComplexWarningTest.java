package org.numpyjvm.api.casts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.numpyjvm.api.Complex;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.FloatErrors;
import org.numpyjvm.api.Index;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;

/** NumPy's ComplexWarning for casts of complex arrays to integer and float dtypes (checked with NumPy 2.4.6). */
class ComplexWarningTest {
    @AfterEach
    void reset() {
        FloatErrors.seterr(FloatErrors.Settings.defaults());
        FloatErrors.takePending();
    }

    private static List<String> warnings() {
        return FloatErrors.takePending().stream().map(e -> e.warning() + ": " + e.message()).collect(Collectors.toList());
    }

    private static final String W = "ComplexWarning: Casting complex values to real discards the imaginary part";

    @Test
    void castsToRealDtypesWarnOnce() {
        NDArray a = Np.array(new Object[] {new Complex(1, 2), 3L});
        FloatErrors.takePending();
        assertEquals("array([1., 3.])", a.astype(DType.FLOAT64).toString());
        assertEquals(List.of(W), warnings());
        a.astype(DType.INT8);
        assertEquals(List.of(W), warnings());
        a.astype(DType.FLOAT16);
        assertEquals(List.of(W), warnings());
    }

    @Test
    void boolStringAndComplexTargetsDoNotWarn() {
        NDArray a = Np.array(new Object[] {new Complex(1, 2), 0L});
        FloatErrors.takePending();
        assertEquals("array([ True, False])", a.astype(DType.BOOL).toString());
        a.astype(DType.COMPLEX64);
        a.astype(DType.of("U5"));
        assertEquals(List.of(), warnings());
    }

    @Test
    void emptyArraysAndAssignmentWarnAndErrstateDoesNotSilenceIt() {
        FloatErrors.seterr(FloatErrors.Settings.all(FloatErrors.Mode.IGNORE));
        Np.zeros(0).astype(DType.COMPLEX128).astype(DType.FLOAT32);
        assertEquals(List.of(W), warnings());
        NDArray b = Np.zeros(2);
        b.set(Index.of(new org.numpyjvm.api.Slice(null, null, null)), Np.array(new Object[] {new Complex(1, 2), 3L}));
        assertEquals(List.of(W), warnings());
        assertEquals("array([1., 3.])", b.toString());
    }

    @Test
    void theStderrHandlerPrintsTheWarning() {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream oldErr = System.err;
        FloatErrors.Handler old = FloatErrors.setHandler(FloatErrors.STDERR);
        try {
            System.setErr(new java.io.PrintStream(err, true));
            Np.array(new Object[] {new Complex(1, 2)}).astype(DType.FLOAT64);
        } finally {
            System.setErr(oldErr);
            FloatErrors.setHandler(old);
        }
        assertEquals(W, err.toString().trim());
        assertEquals(List.of(), warnings());
    }
}
