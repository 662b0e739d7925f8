package org.numpyjvm.api.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.PrintOptions;
import org.numpyjvm.api.Printing;
import org.numpyjvm.api.ValueError;

/** Global and scoped print options; messages from NumPy 2.4. */
class PrintOptionsTest {

    @Test
    void defaultsPrintLikeGetPrintoptions() {
        assertEquals("{'edgeitems': 3, 'threshold': 1000, 'floatmode': 'maxprec', 'precision': 8, "
                + "'suppress': False, 'linewidth': 75, 'nanstr': 'nan', 'infstr': 'inf', 'sign': '-', "
                + "'formatter': None, 'legacy': False, 'override_repr': None}", PrintOptions.defaults().toString());
    }

    @Test
    void invalidOptionsRaiseNumpysErrors() {
        ValueError e = assertThrows(ValueError.class, () -> PrintOptions.defaults().withFloatmode("exact"));
        assertEquals("floatmode option must be one of \"fixed\", \"unique\", \"maxprec\", \"maxprec_equal\"", e.getMessage());
        e = assertThrows(ValueError.class, () -> PrintOptions.defaults().withSign('x'));
        assertEquals("sign option must be one of ' ', '+', or '-'", e.getMessage());
        NDArray a = Np.array(new double[] {1.5});
        e = assertThrows(ValueError.class, () -> Printing.arrayRepr(a, PrintOptions.defaults().withPrecision(-1)));
        assertEquals("precision must be >= 0", e.getMessage());
    }

    @Test
    void scopedOptionsNestAndRestore() {
        PrintOptions before = Printing.getPrintoptions();
        NDArray a = Np.array(new double[] {1.0 / 3, 2.0 / 3});
        try (Printing.PrintoptionsScope outer = Printing.printoptions(before.withPrecision(3))) {
            assertEquals("array([0.333, 0.667])", a.toString());
            try (Printing.PrintoptionsScope inner = Printing.printoptions(Printing.getPrintoptions().withSign('+'))) {
                assertEquals("[+0.333 +0.667]", a.str());
            }
            assertEquals("[0.333 0.667]", a.str());
        }
        assertSame(before, Printing.getPrintoptions());
        Printing.setPrintoptions(before.withLinewidth(20));
        try {
            assertEquals("array([0.33333333,\n       0.66666667])", a.toString());
        } finally {
            Printing.setPrintoptions(before);
        }
    }
}
