package org.numpyjvm.api.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.PrintOptions;
import org.numpyjvm.api.Printing;
import org.numpyjvm.api.Settings;

/** Per-interpreter settings: a locator gives each caller its own print options. */
class SettingsTest {

    @AfterEach
    void reset() {
        Settings.setLocator(null);
        Printing.setPrintoptions(PrintOptions.defaults());
    }

    @Test
    void locatorSeparatesPrintOptions() {
        NDArray a = Np.array(new double[] {1.0 / 3});
        Settings one = new Settings();
        Settings two = new Settings();
        Settings[] calling = {one};
        Settings.setLocator(() -> calling[0]);
        assertSame(one, Settings.current());
        Printing.setPrintoptions(PrintOptions.defaults().withPrecision(3));
        assertEquals("array([0.333])", Printing.arrayRepr(a));
        calling[0] = two;
        assertEquals("array([0.33333333])", Printing.arrayRepr(a));
        calling[0] = null;   // null: the global set, untouched by the others
        assertSame(Settings.global(), Settings.current());
        assertEquals("array([0.33333333])", Printing.arrayRepr(a));
        calling[0] = one;
        assertEquals(3, Printing.getPrintoptions().precision());
    }
}
