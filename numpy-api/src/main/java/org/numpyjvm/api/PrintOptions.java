package org.numpyjvm.api;

import java.util.Objects;
import org.numpyjvm.api.internal.printing.StringRepr;

/**
 * NumPy's print options ({@code numpy.get_printoptions()}), as an immutable value. Change one
 * option with the {@code with...} methods, e.g.
 * {@code Printing.setPrintoptions(Printing.getPrintoptions().withPrecision(3))}, or scoped:
 * {@code try (var s = Printing.printoptions(Printing.getPrintoptions().withSuppress(true))) { ... }}.
 *
 * <p>Not supported: {@code formatter}, {@code legacy} and {@code override_repr} (NumPy 2
 * behaviour, {@code legacy=False}, always applies).
 */
public final class PrintOptions {

    /** NumPy's floatmode values. */
    public static final String FIXED = "fixed";
    public static final String UNIQUE = "unique";
    public static final String MAXPREC = "maxprec";
    public static final String MAXPREC_EQUAL = "maxprec_equal";

    private static final PrintOptions DEFAULTS = new PrintOptions(8, 1000, 3, 75, false, "nan", "inf", '-', MAXPREC);

    private final int precision;
    private final long threshold;
    private final int edgeitems;
    private final int linewidth;
    private final boolean suppress;
    private final String nanstr;
    private final String infstr;
    private final char sign;
    private final String floatmode;

    private PrintOptions(int precision, long threshold, int edgeitems, int linewidth, boolean suppress,
                         String nanstr, String infstr, char sign, String floatmode) {
        this.precision = precision;
        this.threshold = threshold;
        this.edgeitems = edgeitems;
        this.linewidth = linewidth;
        this.suppress = suppress;
        this.nanstr = Objects.requireNonNull(nanstr, "nanstr");
        this.infstr = Objects.requireNonNull(infstr, "infstr");
        if (sign != '-' && sign != '+' && sign != ' ') {
            throw new ValueError("sign option must be one of ' ', '+', or '-'");
        }
        this.sign = sign;
        if (!FIXED.equals(floatmode) && !UNIQUE.equals(floatmode) && !MAXPREC.equals(floatmode)
                && !MAXPREC_EQUAL.equals(floatmode)) {
            throw new ValueError("floatmode option must be one of \"fixed\", \"unique\", \"maxprec\", \"maxprec_equal\"");
        }
        this.floatmode = floatmode;
    }

    /** NumPy's defaults: precision 8, threshold 1000, edgeitems 3, linewidth 75, floatmode maxprec. */
    public static PrintOptions defaults() {
        return DEFAULTS;
    }

    public int precision() {
        return precision;
    }

    public long threshold() {
        return threshold;
    }

    public int edgeitems() {
        return edgeitems;
    }

    public int linewidth() {
        return linewidth;
    }

    public boolean suppress() {
        return suppress;
    }

    public String nanstr() {
        return nanstr;
    }

    public String infstr() {
        return infstr;
    }

    /** {@code '-'}, {@code '+'} or {@code ' '}. */
    public char sign() {
        return sign;
    }

    public String floatmode() {
        return floatmode;
    }

    public PrintOptions withPrecision(int precision) {
        return new PrintOptions(precision, threshold, edgeitems, linewidth, suppress, nanstr, infstr, sign, floatmode);
    }

    /** Total number of elements above which arrays are summarized ({@code Long.MAX_VALUE}: never). */
    public PrintOptions withThreshold(long threshold) {
        return new PrintOptions(precision, threshold, edgeitems, linewidth, suppress, nanstr, infstr, sign, floatmode);
    }

    public PrintOptions withEdgeitems(int edgeitems) {
        return new PrintOptions(precision, threshold, edgeitems, linewidth, suppress, nanstr, infstr, sign, floatmode);
    }

    public PrintOptions withLinewidth(int linewidth) {
        return new PrintOptions(precision, threshold, edgeitems, linewidth, suppress, nanstr, infstr, sign, floatmode);
    }

    public PrintOptions withSuppress(boolean suppress) {
        return new PrintOptions(precision, threshold, edgeitems, linewidth, suppress, nanstr, infstr, sign, floatmode);
    }

    public PrintOptions withNanstr(String nanstr) {
        return new PrintOptions(precision, threshold, edgeitems, linewidth, suppress, nanstr, infstr, sign, floatmode);
    }

    public PrintOptions withInfstr(String infstr) {
        return new PrintOptions(precision, threshold, edgeitems, linewidth, suppress, nanstr, infstr, sign, floatmode);
    }

    /** {@code '-'}, {@code '+'} or {@code ' '}; anything else raises NumPy's ValueError. */
    public PrintOptions withSign(char sign) {
        return new PrintOptions(precision, threshold, edgeitems, linewidth, suppress, nanstr, infstr, sign, floatmode);
    }

    /** {@code "fixed"}, {@code "unique"}, {@code "maxprec"} or {@code "maxprec_equal"}. */
    public PrintOptions withFloatmode(String floatmode) {
        return new PrintOptions(precision, threshold, edgeitems, linewidth, suppress, nanstr, infstr, sign, floatmode);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PrintOptions)) {
            return false;
        }
        PrintOptions p = (PrintOptions) o;
        return precision == p.precision && threshold == p.threshold && edgeitems == p.edgeitems
                && linewidth == p.linewidth && suppress == p.suppress && nanstr.equals(p.nanstr)
                && infstr.equals(p.infstr) && sign == p.sign && floatmode.equals(p.floatmode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(precision, threshold, edgeitems, linewidth, suppress, nanstr, infstr, sign, floatmode);
    }

    /** The text of NumPy's {@code get_printoptions()} dict with these options. */
    @Override
    public String toString() {
        return "{'edgeitems': " + edgeitems + ", 'threshold': " + threshold + ", 'floatmode': '" + floatmode
                + "', 'precision': " + precision + ", 'suppress': " + (suppress ? "True" : "False")
                + ", 'linewidth': " + linewidth + ", 'nanstr': " + StringRepr.pyRepr(nanstr) + ", 'infstr': "
                + StringRepr.pyRepr(infstr) + ", 'sign': '" + sign
                + "', 'formatter': None, 'legacy': False, 'override_repr': None}";
    }
}
