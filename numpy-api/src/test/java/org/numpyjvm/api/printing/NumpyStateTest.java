package org.numpyjvm.api.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.numpyjvm.api.FloatErrors;
import org.numpyjvm.api.FloatingPointError;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.PrintOptions;
import org.numpyjvm.api.Printing;
import org.numpyjvm.api.NumpyState;

/** Per-interpreter state: a locator gives each caller its own print options and error modes. */
class NumpyStateTest {

    @AfterEach
    void reset() {
        NumpyState.setLocator(null);
        Printing.setPrintoptions(PrintOptions.defaults());
        FloatErrors.seterr(FloatErrors.Settings.defaults());
    }

    @Test
    void locatorSeparatesPrintOptions() {
        NDArray a = Np.array(new double[] {1.0 / 3});
        NumpyState one = new NumpyState();
        NumpyState two = new NumpyState();
        NumpyState[] calling = {one};
        NumpyState.setLocator(() -> calling[0]);
        assertSame(one, NumpyState.current());
        Printing.setPrintoptions(PrintOptions.defaults().withPrecision(3));
        assertEquals("array([0.333])", Printing.arrayRepr(a));
        calling[0] = two;
        assertEquals("array([0.33333333])", Printing.arrayRepr(a));
        calling[0] = null;   // null: the global set, untouched by the others
        assertSame(NumpyState.global(), NumpyState.current());
        assertEquals("array([0.33333333])", Printing.arrayRepr(a));
        calling[0] = one;
        assertEquals(3, Printing.getPrintoptions().precision());
    }

    @Test
    void locatorSeparatesErrorModes() {
        NumpyState one = new NumpyState();
        NumpyState two = new NumpyState();
        NumpyState[] calling = {one};
        NumpyState.setLocator(() -> calling[0]);
        FloatErrors.seterr(FloatErrors.Settings.all(FloatErrors.Mode.RAISE));
        assertThrows(FloatingPointError.class, () -> FloatErrors.report(FloatErrors.Category.DIVIDE.flag(), "divide"));
        calling[0] = two;   // defaults: divide warns, the event waits for the front end
        assertEquals(FloatErrors.Settings.defaults(), FloatErrors.geterr());
        FloatErrors.report(FloatErrors.Category.DIVIDE.flag(), "divide");
        assertEquals(1, FloatErrors.takePending().size());
        calling[0] = one;
        assertEquals(FloatErrors.Settings.all(FloatErrors.Mode.RAISE), FloatErrors.geterr());
        assertEquals(0, FloatErrors.takePending().size());
    }
}
