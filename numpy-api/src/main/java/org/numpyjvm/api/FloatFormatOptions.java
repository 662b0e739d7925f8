package org.numpyjvm.api;

/**
 * The keyword arguments of {@code numpy.format_float_positional} and
 * {@code numpy.format_float_scientific}, as an immutable value built with {@link #builder()}.
 * A {@code null} integer stands for Python's {@code None}. Values are checked when formatting,
 * with NumPy's exception types and messages.
 *
 * <pre>{@code
 * Printing.formatFloatPositional(0.1, FloatFormatOptions.builder().precision(3).unique(false).build());
 * }</pre>
 */
public final class FloatFormatOptions {

    /** All defaults: {@code precision=None, unique=True, fractional=True, trim='k', sign=False}. */
    public static final FloatFormatOptions DEFAULTS = new Builder().build();

    private final Integer precision;
    private final boolean unique;
    private final boolean fractional;
    private final String trim;
    private final boolean sign;
    private final Integer padLeft;
    private final Integer padRight;
    private final Integer minDigits;
    private final Integer expDigits;

    private FloatFormatOptions(Builder b) {
        this.precision = b.precision;
        this.unique = b.unique;
        this.fractional = b.fractional;
        this.trim = b.trim;
        this.sign = b.sign;
        this.padLeft = b.padLeft;
        this.padRight = b.padRight;
        this.minDigits = b.minDigits;
        this.expDigits = b.expDigits;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.precision = precision;
        b.unique = unique;
        b.fractional = fractional;
        b.trim = trim;
        b.sign = sign;
        b.padLeft = padLeft;
        b.padRight = padRight;
        b.minDigits = minDigits;
        b.expDigits = expDigits;
        return b;
    }

    public Integer precision() {
        return precision;
    }

    public boolean unique() {
        return unique;
    }

    /** Positional only. */
    public boolean fractional() {
        return fractional;
    }

    public String trim() {
        return trim;
    }

    public boolean sign() {
        return sign;
    }

    public Integer padLeft() {
        return padLeft;
    }

    /** Positional only. */
    public Integer padRight() {
        return padRight;
    }

    public Integer minDigits() {
        return minDigits;
    }

    /** Scientific only. */
    public Integer expDigits() {
        return expDigits;
    }

    @Override
    public String toString() {
        return "FloatFormatOptions[precision=" + precision + ", unique=" + unique + ", fractional=" + fractional
                + ", trim=" + trim + ", sign=" + sign + ", padLeft=" + padLeft + ", padRight=" + padRight
                + ", minDigits=" + minDigits + ", expDigits=" + expDigits + "]";
    }

    /** Builder; every setter mirrors the NumPy keyword of the same name. */
    public static final class Builder {
        private Integer precision;
        private boolean unique = true;
        private boolean fractional = true;
        private String trim = "k";
        private boolean sign;
        private Integer padLeft;
        private Integer padRight;
        private Integer minDigits;
        private Integer expDigits;

        private Builder() {
        }

        public Builder precision(Integer precision) {
            this.precision = precision;
            return this;
        }

        public Builder unique(boolean unique) {
            this.unique = unique;
            return this;
        }

        /** {@code fractional} of {@code format_float_positional}. */
        public Builder fractional(boolean fractional) {
            this.fractional = fractional;
            return this;
        }

        /** One of {@code "k"}, {@code "."}, {@code "0"}, {@code "-"}. */
        public Builder trim(String trim) {
            this.trim = trim;
            return this;
        }

        public Builder sign(boolean sign) {
            this.sign = sign;
            return this;
        }

        public Builder padLeft(Integer padLeft) {
            this.padLeft = padLeft;
            return this;
        }

        /** {@code pad_right} of {@code format_float_positional}. */
        public Builder padRight(Integer padRight) {
            this.padRight = padRight;
            return this;
        }

        public Builder minDigits(Integer minDigits) {
            this.minDigits = minDigits;
            return this;
        }

        /** {@code exp_digits} of {@code format_float_scientific}. */
        public Builder expDigits(Integer expDigits) {
            this.expDigits = expDigits;
            return this;
        }

        public FloatFormatOptions build() {
            return new FloatFormatOptions(this);
        }
    }
}
