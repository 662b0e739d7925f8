package org.numpyjvm.api.internal.printing;

/**
 * NumPy's {@code dragon4_positional} / {@code dragon4_scientific}: text of one IEEE float
 * (binary16, binary32 or binary64) in positional ({@code ddd.ddd}) or scientific
 * ({@code d.ddde+dd}) notation, with NumPy's trimming and padding rules. Arguments are
 * already validated (see {@code org.numpyjvm.api.Printing} for the checks NumPy's Python layer
 * makes); -1 stands for Python's {@code None}.
 */
public final class FloatFormat {

    /** Trim modes: {@code 'k'} keep, {@code '.'} trim zeros, {@code '0'} leave one zero, {@code '-'} trim zeros and point. */
    public static final char TRIM_NONE = 'k';
    public static final char TRIM_ZEROS = '.';
    public static final char TRIM_LEAVE_ONE_ZERO = '0';
    public static final char TRIM_DPT_ZEROS = '-';

    /** Format settings; -1 means "not given". */
    public static final class Spec {
        public final int precision;
        public final boolean unique;
        public final boolean fractional;
        public final char trim;
        public final boolean sign;
        public final int padLeft;
        public final int padRight;
        public final int minDigits;
        public final int expDigits;

        public Spec(int precision, boolean unique, boolean fractional, char trim, boolean sign,
                    int padLeft, int padRight, int minDigits, int expDigits) {
            this.precision = precision;
            this.unique = unique;
            this.fractional = fractional;
            this.trim = trim;
            this.sign = sign;
            this.padLeft = padLeft;
            this.padRight = padRight;
            this.minDigits = minDigits;
            this.expDigits = expDigits;
        }

        /** Defaults of {@code format_float_positional} / {@code format_float_scientific}. */
        public static final Spec DEFAULT = new Spec(-1, true, true, TRIM_NONE, false, -1, -1, -1, -1);

        public static Spec of(int precision, boolean unique, char trim, boolean sign) {
            return new Spec(precision, unique, true, trim, sign, -1, -1, -1, -1);
        }
    }

    /** Bit layouts: exponent bits, mantissa bits. */
    public static final int HALF = 16;
    public static final int SINGLE = 32;
    public static final int DOUBLE = 64;

    private FloatFormat() {
    }

    public static String positional(double x, Spec s) {
        return format(Double.doubleToRawLongBits(x), DOUBLE, s, false);
    }

    public static String positional(float x, Spec s) {
        return format(Float.floatToRawIntBits(x) & 0xFFFFFFFFL, SINGLE, s, false);
    }

    public static String positionalHalf(short bits, Spec s) {
        return format(bits & 0xFFFFL, HALF, s, false);
    }

    public static String scientific(double x, Spec s) {
        return format(Double.doubleToRawLongBits(x), DOUBLE, s, true);
    }

    public static String scientific(float x, Spec s) {
        return format(Float.floatToRawIntBits(x) & 0xFFFFFFFFL, SINGLE, s, true);
    }

    public static String scientificHalf(short bits, Spec s) {
        return format(bits & 0xFFFFL, HALF, s, true);
    }

    /**
     * Formats the float whose IEEE bits are {@code bits} in a type of {@code width} bits (16, 32
     * or 64).
     */
    public static String format(long bits, int width, Spec s, boolean scientific) {
        int expBits;
        int mantBits;
        switch (width) {
            case HALF:
                expBits = 5;
                mantBits = 10;
                break;
            case SINGLE:
                expBits = 8;
                mantBits = 23;
                break;
            default:
                expBits = 11;
                mantBits = 52;
                break;
        }
        long mantField = bits & ((1L << mantBits) - 1);
        int expField = (int) ((bits >>> mantBits) & ((1 << expBits) - 1));
        boolean negative = ((bits >>> (width - 1)) & 1) != 0;
        char signChar = negative ? '-' : s.sign ? '+' : 0;
        if (expField == (1 << expBits) - 1) {
            if (mantField != 0) {
                return "nan";
            }
            return signChar == 0 ? "inf" : signChar + "inf";
        }
        int bias = (1 << (expBits - 1)) - 1;
        long mantissa;
        int exponent;
        int mantissaBit;
        boolean unequal;
        if (expField != 0) {
            mantissa = (1L << mantBits) | mantField;
            exponent = expField - bias - mantBits;
            mantissaBit = mantBits;
            unequal = expField != 1 && mantField == 0;
        } else {
            mantissa = mantField;
            exponent = 1 - bias - mantBits;
            mantissaBit = mantissa == 0 ? 0 : 63 - Long.numberOfLeadingZeros(mantissa);
            unequal = false;
        }
        StringBuilder sb = new StringBuilder(24);
        if (scientific) {
            formatScientific(sb, mantissa, exponent, signChar, mantissaBit, unequal, s);
        } else {
            formatPositional(sb, mantissa, exponent, signChar, mantissaBit, unequal, s);
        }
        return sb.toString();
    }

    private static void formatPositional(StringBuilder sb, long mantissa, int exponent, char signChar,
                                         int mantissaBit, boolean unequal, Spec s) {
        int hasSign = 0;
        if (signChar != 0) {
            sb.append(signChar);
            hasSign = 1;
        }
        char trim = s.trim;
        Dragon4.Digits d = Dragon4.generate(mantissa, exponent, mantissaBit, unequal, s.unique,
                s.fractional, s.precision, s.minDigits);
        int numDigits = d.length;
        int printExponent = d.exponent;
        int numWholeDigits;
        int numFractionDigits = 0;
        if (printExponent >= 0) {
            numWholeDigits = printExponent + 1;
            if (numDigits <= numWholeDigits) {
                sb.append(d.digits, 0, numDigits);
                for (int i = numWholeDigits - numDigits; i > 0; i--) {
                    sb.append('0');
                }
            } else {
                numFractionDigits = numDigits - numWholeDigits;
                sb.append(d.digits, 0, numWholeDigits).append('.')
                        .append(d.digits, numWholeDigits, numFractionDigits);
            }
        } else {
            int numFractionZeros = -(printExponent + 1);
            sb.append("0.");
            for (int i = 0; i < numFractionZeros; i++) {
                sb.append('0');
            }
            sb.append(d.digits, 0, numDigits);
            numFractionDigits = numDigits + numFractionZeros;
            numWholeDigits = 1;
        }

        if (trim != TRIM_DPT_ZEROS && numFractionDigits == 0) {
            sb.append('.');
        }
        int addDigits = s.unique ? s.minDigits : s.precision;
        int desiredFractionalDigits = addDigits < 0 ? 0 : addDigits;
        if (!s.fractional) {
            desiredFractionalDigits = addDigits - numWholeDigits;
        }
        if (trim == TRIM_LEAVE_ONE_ZERO) {
            if (numFractionDigits == 0) {
                sb.append('0');
                numFractionDigits++;
            }
        } else if (trim == TRIM_NONE && desiredFractionalDigits > numFractionDigits) {
            for (int i = desiredFractionalDigits - numFractionDigits; i > 0; i--) {
                sb.append('0');
            }
            numFractionDigits = desiredFractionalDigits;
        }
        if (trim != TRIM_NONE && numFractionDigits > 0) {
            while (sb.charAt(sb.length() - 1) == '0') {
                sb.setLength(sb.length() - 1);
                numFractionDigits--;
            }
            if (sb.charAt(sb.length() - 1) == '.') {
                if (trim == TRIM_LEAVE_ONE_ZERO) {
                    sb.append('0');
                    numFractionDigits++;
                } else if (trim == TRIM_DPT_ZEROS) {
                    sb.setLength(sb.length() - 1);
                }
            }
        }
        if (s.padRight >= numFractionDigits) {
            if (trim == TRIM_DPT_ZEROS && numFractionDigits == 0) {
                sb.append(' ');
            }
            for (int i = s.padRight - numFractionDigits; i > 0; i--) {
                sb.append(' ');
            }
        }
        if (s.padLeft > numWholeDigits + hasSign) {
            sb.insert(0, spaces(s.padLeft - (numWholeDigits + hasSign)));
        }
    }

    private static void formatScientific(StringBuilder sb, long mantissa, int exponent, char signChar,
                                         int mantissaBit, boolean unequal, Spec s) {
        char trim = s.trim;
        int leftChars = signChar != 0 ? 2 : 1;
        if (s.padLeft > leftChars) {
            sb.append(spaces(s.padLeft - leftChars));
        }
        if (signChar != 0) {
            sb.append(signChar);
        }
        Dragon4.Digits d = Dragon4.generate(mantissa, exponent, mantissaBit, unequal, s.unique, false,
                s.precision < 0 ? -1 : s.precision + 1, s.minDigits < 0 ? -1 : s.minDigits + 1);
        int numDigits = d.length;
        sb.append(d.digits[0]);
        int numFractionDigits = numDigits - 1;
        if (numFractionDigits > 0) {
            sb.append('.').append(d.digits, 1, numFractionDigits);
        }
        if (trim != TRIM_DPT_ZEROS && numFractionDigits == 0) {
            sb.append('.');
        }
        int addDigits = s.unique ? s.minDigits : s.precision;
        if (addDigits < 0) {
            addDigits = 0;
        }
        if (trim == TRIM_LEAVE_ONE_ZERO) {
            if (numFractionDigits == 0) {
                sb.append('0');
                numFractionDigits++;
            }
        } else if (trim == TRIM_NONE) {
            for (; numFractionDigits < addDigits; numFractionDigits++) {
                sb.append('0');
            }
        }
        if (trim != TRIM_NONE && numFractionDigits > 0) {
            while (sb.charAt(sb.length() - 1) == '0') {
                sb.setLength(sb.length() - 1);
                numFractionDigits--;
            }
            if (trim == TRIM_LEAVE_ONE_ZERO && sb.charAt(sb.length() - 1) == '.') {
                sb.append('0');
                numFractionDigits++;
            }
        }
        int expDigits = s.expDigits;
        if (expDigits > 5) {
            expDigits = 5;
        }
        if (expDigits < 0) {
            expDigits = 2;
        }
        int e = d.exponent;
        sb.append('e').append(e >= 0 ? '+' : '-');
        if (e < 0) {
            e = -e;
        }
        int[] ed = new int[5];
        for (int i = 0; i < 5; i++) {
            ed[i] = e % 10;
            e /= 10;
        }
        int size = 5;
        while (size > expDigits && ed[size - 1] == 0) {
            size--;
        }
        for (int i = size; i > 0; i--) {
            sb.append((char) ('0' + ed[i - 1]));
        }
    }

    static String spaces(int n) {
        StringBuilder sb = new StringBuilder(Math.max(n, 0));
        for (int i = 0; i < n; i++) {
            sb.append(' ');
        }
        return sb.toString();
    }
}
