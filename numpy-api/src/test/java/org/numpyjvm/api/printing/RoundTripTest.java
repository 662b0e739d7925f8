package org.numpyjvm.api.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.numpyjvm.api.FloatFormatOptions;
import org.numpyjvm.api.Printing;

/** Shortest digits read back as the same value, in every width; exact digits are exact. */
class RoundTripTest {

    @Test
    void float64RoundTrips() {
        SplittableRandom r = new SplittableRandom(11);
        for (int i = 0; i < 20_000; i++) {
            double x = Double.longBitsToDouble(r.nextLong());
            if (!Double.isFinite(x)) {
                continue;
            }
            assertEquals(x, Double.parseDouble(Printing.formatFloatScientific(x)), "sci " + x);
            if (i % 10 == 0) {
                assertEquals(x, Double.parseDouble(Printing.formatFloatPositional(x)), "pos " + x);
            }
        }
    }

    @Test
    void float32RoundTrips() {
        SplittableRandom r = new SplittableRandom(12);
        for (int i = 0; i < 20_000; i++) {
            float x = Float.intBitsToFloat(r.nextInt());
            if (!Float.isFinite(x)) {
                continue;
            }
            String s = Printing.formatFloatScientific(x, FloatFormatOptions.DEFAULTS);
            assertEquals(x, Float.parseFloat(s), s);
        }
    }

    @Test
    void float16RoundTripsExhaustively() {
        for (int b = 0; b < 0x10000; b++) {
            if ((b & 0x7C00) == 0x7C00) {
                continue;
            }
            String s = Printing.formatFloat16Positional((short) b, FloatFormatOptions.DEFAULTS);
            assertEquals((short) b, Printing.float16Bits(Double.parseDouble(s)), s);
        }
    }

    @Test
    void exactDigitsAreExact() {
        SplittableRandom r = new SplittableRandom(13);
        FloatFormatOptions exact = FloatFormatOptions.builder().unique(false).precision(1100).trim("-").build();
        for (int i = 0; i < 300; i++) {
            double x = Double.longBitsToDouble(r.nextLong());
            if (!Double.isFinite(x)) {
                continue;
            }
            String s = Printing.formatFloatPositional(x, exact);
            assertEquals(0, new BigDecimal(x).compareTo(new BigDecimal(s)), s);
        }
    }
}
