package org.numpyjvm.python;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.Printing;

/**
 * The bridge's dtype helpers ({@link Bridge#dtypes()}; numpy/_core.py, numpy/_dtype.py): {@code np.dtype(spec)},
 * its text attributes and comparisons, NumPy scalars' repr/str. Failures are reported as the bridge's.
 */
public final class DTypes {
    private final Bridge bridge;
    private final PyValues values;

    DTypes(Bridge bridge, PyValues values) {
        this.bridge = bridge;
        this.values = values;
    }

    /** {@code np.dtype(spec)}. */
    @HostAccess.Export
    public DType dtypeOf(Value spec) {
        try {
            DType d = values.dtype(values.convert(spec));
            return d == null ? DType.FLOAT64 : d;
        } catch (RuntimeException e) {
            throw bridge.fail(e);
        }
    }

    /** {@code str}, {@code name}, {@code kind}, {@code char}, {@code repr}, {@code byteorder}. */
    @HostAccess.Export
    public String dtypeText(DType d, int which) {
        switch (which) {
            case 0: return d.str();
            case 1: return d.name();
            case 2: return String.valueOf(d.kind());
            case 3: return String.valueOf(d.ch());
            case 4: return d.repr();
            case 5: return String.valueOf(d.byteorder());
            default: return d.typeName();
        }
    }

    @HostAccess.Export
    public int itemsize(DType d) {
        return d.itemsize();
    }

    /** {@code dtype == other} as NumPy: other is converted with np.dtype, False when it cannot be. */
    @HostAccess.Export
    public boolean dtypeEquals(DType d, Value other) {
        try {
            Object o = values.convert(other);
            return o != null && d.equals(values.dtype(o));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** NumPy 2's scalar repr ({@code np.float64(1.5)}) or str ({@code 1.5}). */
    @HostAccess.Export
    public String scalarText(DType d, Value value, boolean repr) {
        try {
            Object v = values.convert(value);
            return repr ? Printing.scalarRepr(d, v) : Printing.scalarStr(d, v);
        } catch (RuntimeException e) {
            throw bridge.fail(e);
        }
    }
}
