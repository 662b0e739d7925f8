package org.numpyjvm.api.internal.dynamic;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import org.numpyjvm.api.PrintOptions;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.dynamic.Args;
import org.numpyjvm.api.dynamic.Conversions;

/**
 * The print-option keywords of {@code set_printoptions} and {@code array2string}
 * ({@code _make_options_dict}): None keeps the base option; NumPy's checks and messages.
 * {@code formatter}, {@code override_repr} and a {@code legacy} other than None/False are not
 * supported.
 */
final class PrintOptionArgs {
    private PrintOptionArgs() {
    }

    /** The options of {@code base} updated with the non-None keywords (NumPy's parameter names). */
    static PrintOptions update(PrintOptions base, Args a, String precision, String threshold, String edgeitems,
                               String linewidth, String suppress, String nanstr, String infstr, String sign,
                               String floatmode) {
        Object fm = raw(a, floatmode);
        if (fm != null && !(fm.equals(PrintOptions.FIXED) || fm.equals(PrintOptions.UNIQUE) || fm.equals(PrintOptions.MAXPREC)
                || fm.equals(PrintOptions.MAXPREC_EQUAL))) {
            throw new ValueError("floatmode option must be one of \"fixed\", \"unique\", \"maxprec\", \"maxprec_equal\"");
        }
        Object sg = raw(a, sign);
        if (sg != null && !(sg.equals("-") || sg.equals("+") || sg.equals(" "))) {
            throw new ValueError("sign option must be one of ' ', '+', or '-'");
        }
        PrintOptions p = base;
        Object th = raw(a, threshold);
        if (th != null) {
            p = p.withThreshold(threshold(th));
        }
        Object pr = raw(a, precision);
        if (pr != null) {
            try {
                p = p.withPrecision(Conversions.index(pr));
            } catch (TypeError e) {
                throw new TypeError("precision must be an integer");
            }
        }
        if (raw(a, edgeitems) != null) {
            p = p.withEdgeitems(a.integer(edgeitems));
        }
        if (raw(a, linewidth) != null) {
            p = p.withLinewidth(a.integer(linewidth));
        }
        if (raw(a, suppress) != null) {
            p = p.withSuppress(a.bool(suppress));
        }
        if (raw(a, nanstr) != null) {
            p = p.withNanstr(a.string(nanstr));
        }
        if (raw(a, infstr) != null) {
            p = p.withInfstr(a.string(infstr));
        }
        if (sg != null) {
            p = p.withSign(((String) sg).charAt(0));
        }
        if (fm != null) {
            p = p.withFloatmode((String) fm);
        }
        return p;
    }

    /** {@code legacy=}: None and False (NumPy 2 printing) are accepted, legacy modes are not supported. */
    static void checkLegacy(Args a) {
        Object legacy = a.raw("legacy");
        if (legacy != null && !Boolean.FALSE.equals(legacy)) {
            throw new org.numpyjvm.api.NotImplementedError("The 'legacy' argument to numpy." + a.function() + " is not supported.");
        }
    }

    private static Object raw(Args a, String name) {
        return name == null ? null : a.raw(name);
    }

    /** NumPy accepts any number; arrays print summarized when their size exceeds it. */
    private static long threshold(Object v) {
        if (v instanceof Boolean) {
            return ((Boolean) v) ? 1 : 0;
        }
        if (Conversions.isInteger(v)) {
            BigInteger b = v instanceof BigInteger ? (BigInteger) v : BigInteger.valueOf(((Number) v).longValue());
            return b.bitLength() > 63 ? (b.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE) : b.longValue();
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (d != d) {
                throw new ValueError("threshold must be non-NAN, try sys.maxsize for untruncated representation");
            }
            // size > t for an integer size is size > floor(t)
            return d >= 9.2e18 ? Long.MAX_VALUE : d <= -9.2e18 ? Long.MIN_VALUE : (long) Math.floor(d);
        }
        throw new TypeError("threshold must be numeric");
    }

    /** {@code np.get_printoptions()} as a dict (insertion order as NumPy's). */
    static Map<String, Object> asDict(PrintOptions p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("edgeitems", (long) p.edgeitems());
        m.put("threshold", p.threshold());
        m.put("floatmode", p.floatmode());
        m.put("precision", (long) p.precision());
        m.put("suppress", p.suppress());
        m.put("linewidth", (long) p.linewidth());
        m.put("nanstr", p.nanstr());
        m.put("infstr", p.infstr());
        m.put("sign", String.valueOf(p.sign()));
        m.put("formatter", null);
        m.put("legacy", false);
        m.put("override_repr", null);
        return m;
    }
}
