package org.numpyjvm.api;

/**
 * An immutable complex number: the Java value of a {@code complex64}/{@code complex128} element
 * and of a Python {@code complex} scalar in the dynamic layer.
 */
public final class Complex {
    private final double re;
    private final double im;

    public Complex(double re, double im) {
        this.re = re;
        this.im = im;
    }

    public static Complex of(double re, double im) {
        return new Complex(re, im);
    }

    public double re() {
        return re;
    }

    public double im() {
        return im;
    }

    /** Equality as Python's: componentwise {@code ==} on doubles (so NaN != NaN, 0.0 == -0.0). */
    public boolean valueEquals(Complex o) {
        return re == o.re && im == o.im;
    }

    /** Bitwise equality of the parts (a proper {@code equals}, like {@link Double#equals}). */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Complex)) {
            return false;
        }
        Complex c = (Complex) o;
        return Double.doubleToLongBits(re) == Double.doubleToLongBits(c.re)
                && Double.doubleToLongBits(im) == Double.doubleToLongBits(c.im);
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(re) + Double.hashCode(im);
    }

    @Override
    public String toString() {
        return "(" + re + (im < 0 || (im == 0 && 1 / im < 0) ? "" : "+") + im + "j)";
    }
}
