package org.numpyjvm.api.internal.creation;

import org.numpyjvm.api.DType;
import org.numpyjvm.api.FloatErrors;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.internal.core.Buffers;
import org.numpyjvm.api.internal.core.Internals;
import org.numpyjvm.api.internal.core.Shapes;
import org.numpyjvm.api.internal.loops.Assign;
import org.numpyjvm.api.internal.ufunc.FpChecks;

/**
 * {@code np.zeros}, {@code ones}, {@code empty}, {@code full} and their {@code *_like} variants.
 * {@code empty} is zero-filled (Java arrays always are). A fill value that is a Python int must
 * fit an integer dtype (NEP 50: {@code OverflowError: Python integer 300 out of bounds for int8});
 * other values cast unsafely as {@code np.copyto(..., casting='unsafe')}; a sequence or array
 * fill value broadcasts.
 */
public final class Filled {
    private Filled() {
    }

    /** A new zero-filled array in 'C' or 'F' order. */
    public static NDArray zeros(int[] shape, DType dtype, char order) {
        boolean fortran = creationOrder(order);
        Object data = Buffers.allocate(dtype, shape);
        int[] strides = fortran ? Shapes.fStrides(shape, dtype.slots()) : Shapes.cStrides(shape, dtype.slots());
        return Internals.create(dtype, data, shape.clone(), strides, 0, null, true);
    }

    /** {@code np.full(shape, fill_value, dtype, order)}; dtype null: {@code np.array(fill_value).dtype}. */
    public static NDArray full(int[] shape, Object fill, DType dtype, char order) {
        DType dt = dtype != null ? dtype : fill instanceof NDArray ? ((NDArray) fill).dtype()
                : FromObject.array(fill, null).dtype();
        if (dt.isString() && dt.stringLength() == 0) {
            dt = FromObject.array(fill, dt).dtype();
        }
        NDArray out = zeros(shape, dt, order);
        fillWith(out, fill);
        return out;
    }

    /** {@code np.ones(shape, dtype, order)}. */
    public static NDArray ones(int[] shape, DType dtype, char order) {
        return full(shape, 1L, dtype, order);
    }

    /** Writes a fill value into every element (scalar: cast once; sequence: broadcast). */
    public static void fillWith(NDArray out, Object fill) {
        if (fill instanceof NDArray || Nesting.isSequence(fill)) {
            NDArray src = fill instanceof NDArray ? (NDArray) fill : FromObject.array(fill, null);
            if (Shapes.broadcastStrides(src.shape(), Internals.strides(src), out.shape()) == null) {
                throw new ValueError("could not broadcast input array from shape " + compact(src.shape())
                        + " into shape " + compact(out.shape()));
            }
            Assign.copyInto(out, src);
            return;
        }
        DType dt = out.dtype();
        Object one = Buffers.allocate(dt, new int[] {1});
        PyValues.storeUnsafe(dt, one, 0, fill);
        if (FloatErrors.checking()) {
            FpChecks.afterStores(dt, one, java.util.Collections.singletonList(fill)); // "overflow encountered in cast"
        }
        NDArray scalar = Internals.wrap(dt, one, new int[0]);
        Assign.copyInto(out, scalar);
    }

    /** NumPy's shape text in copyto's broadcast error: {@code (2,2)}, {@code (3,)}. */
    private static String compact(int[] s) {
        return Shapes.tupleString(s).replace(", ", ",");
    }

    /** {@code np.zeros_like(a, dtype, order, shape)}: dtype/shape null keep a's. */
    public static NDArray like(Object a, DType dtype, char order, int[] shape) {
        NDArray p = FromObject.asarray(a, null);
        DType dt = dtype == null ? p.dtype() : dtype;
        if (dt.isString() && dt.stringLength() == 0) {
            dt = p.dtype().isString() ? (dt.code() == p.dtype().code() ? p.dtype() : dt)
                    : StringWidths.widthFor(p, dt);
        }
        int[] s = shape == null ? p.shape() : shape;
        FromObject.checkOrder(order);
        Shapes.size(s); // negative dimensions
        boolean sameShape = shape == null || Shapes.sameShape(shape, p.shape());
        char o = order;
        if (o == 'A') {
            o = p.isFContiguous() && !p.isCContiguous() ? 'F' : 'C';
        }
        if (o == 'K') {
            if (p.isCContiguous() || !sameShape) {
                o = 'C';
            } else if (p.isFContiguous()) {
                o = 'F';
            } else {
                return keepLayout(p, dt);
            }
        }
        return zeros(s, dt, o);
    }

    /** {@code np.full_like(a, fill_value, dtype, order, shape)}. */
    public static NDArray fullLike(Object a, Object fill, DType dtype, char order, int[] shape) {
        NDArray out = like(a, dtype, order, shape);
        fillWith(out, fill);
        return out;
    }

    /** NumPy's 'K' layout for a non-contiguous prototype: axes in the prototype's stride order. */
    private static NDArray keepLayout(NDArray p, DType dt) {
        int[] shape = p.shape();
        int[] st = Internals.strides(p).clone();
        for (int i = 0; i < st.length; i++) {
            st[i] /= p.dtype().slots();
        }
        return Internals.create(dt, org.numpyjvm.api.internal.core.Buffers.allocate(dt, shape), shape,
                Shapes.kOrderStrides(shape, st, dt.slots()), 0, null, true);
    }

    /** True for 'F'; 'C' false; 'A'/'K' are refused as NumPy does for new arrays. */
    static boolean creationOrder(char order) {
        if (order == 'C') {
            return false;
        }
        if (order == 'F') {
            return true;
        }
        if (order == 'A' || order == 'K') {
            throw new ValueError("only 'C' or 'F' order is permitted");
        }
        throw new ValueError("order must be one of 'C', 'F', 'A', or 'K' (got '" + order + "')");
    }
}
