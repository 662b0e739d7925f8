package org.numpyjvm.api.internal.indexing;

import org.numpyjvm.api.DType;
import org.numpyjvm.api.IndexError;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.internal.core.Internals;
import org.numpyjvm.api.internal.core.Shapes;
import org.numpyjvm.api.internal.loops.Assign;

/**
 * Advanced (integer-array and boolean-mask) indexing: gather and scatter copies, NumPy's
 * {@code mapiter} semantics. The index arrays are broadcast together to a shape B; their
 * element offsets (with bounds checks, one array after another as NumPy reports them) are
 * combined once into an {@code int[]}; the other dims of the view (the subspace) are addressed
 * as an inner block. B's dims replace the advanced axes where they stand when those are
 * adjacent, else they go first. The copy loops are typed ({@link GatherLoops}).
 */
final class AdvancedIndexing {
    private AdvancedIndexing() {
    }

    /** Element addresses of an indexing result, in result (C) order: outer x inner. */
    static final class Addr {
        int[] shape;
        int[] outer;
        int[] inner;
        int innerLen = 1;
        int innerStride = 1;

        long size() {
            return Shapes.size(shape);
        }
    }

    static NDArray get(IndexPlan p) {
        Addr ad = address(p);
        return gather(p.view, ad);
    }

    /**
     * {@code a[ix]} for a 1-d array a (not strings) and a 1-d integer index array: as {@link #get}
     * gives it (the same bounds checks and message, a new C-contiguous array), without the plan.
     */
    static NDArray take1d(NDArray a, NDArray ix) {
        int[] off = new int[ix.size()];
        contributions(ix, a.size(), Internals.strides(a)[0], 0, off);
        DType dt = a.dtype();
        NDArray out = Internals.allocate(dt, new int[] {off.length});
        Object src = Internals.data(a);
        Object dst = Internals.data(out);
        int base = Internals.offset(a);
        if (src instanceof long[]) {
            long[] s = (long[]) src;
            long[] d = (long[]) dst;
            for (int k = 0; k < off.length; k++) {
                d[k] = s[base + off[k]];
            }
        } else if (src instanceof double[] && dt.slots() == 1) {
            double[] s = (double[]) src;
            double[] d = (double[]) dst;
            for (int k = 0; k < off.length; k++) {
                d[k] = s[base + off[k]];
            }
        } else {
            int w = dt.slots();
            for (int k = 0; k < off.length; k++) {
                System.arraycopy(src, base + off[k], dst, k * w, w);
            }
        }
        return out;
    }

    static void set(IndexPlan p, DType dt, Object value) {
        Addr ad = address(p);
        NDArray v = Indexing.stripLeadingOnes(Values.toArray(value, dt), ad.shape.length);
        if (Shapes.broadcastStrides(v.shape(), Internals.strides(v), ad.shape) == null) {
            throw new ValueError("shape mismatch: value array of shape " + Indexing.tuple(v.shape())
                    + " could not be broadcast to indexing result of shape " + Indexing.tuple(ad.shape));
        }
        scatter(p.view, ad, v);
    }

    static NDArray maskGet(NDArray a, NDArray mask) {
        Addr ad = maskAddr(a, mask);
        return gather(a, ad);
    }

    static void maskSet(NDArray a, NDArray mask, Object value) {
        NDArray v = Values.toArray(value, a.dtype());
        if (v.ndim() > 1) {
            throw new TypeError("NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, input has "
                    + v.ndim() + " dimensions");
        }
        Addr ad = maskAddr(a, mask);
        int n = ad.outer.length;
        if (v.size() != 1 && v.size() != n) {
            throw new ValueError("NumPy boolean array indexing assignment cannot assign " + v.size() + " input values to the "
                    + n + " output values where the mask is true");
        }
        scatter(a, ad, v.size() == 1 ? v.reshape() : v);
    }

    // ------------------------------------------------------------------ gather / scatter

    static NDArray gather(NDArray src, Addr ad) {
        DType dt = src.dtype();
        NDArray out = Internals.allocate(dt, ad.shape);
        if (out.size() == 0) {
            return out;
        }
        GatherLoops.gather(Internals.data(src), ad.outer, ad.outer.length, ad.inner, ad.innerLen, ad.innerStride,
                dt.slots(), Internals.data(out), 0);
        return out;
    }

    /** Stores v (broadcast to ad.shape; caller checked it broadcasts) into the addressed elements of dst. */
    static void scatter(NDArray dst, Addr ad, NDArray v) {
        if (ad.size() == 0) {
            return;
        }
        DType dt = dst.dtype();
        boolean scalar = v.size() == 1;
        NDArray c;
        if (scalar) {
            c = Internals.allocate(dt, new int[0]);
            Assign.copyInto(c, v.reshape());
        } else if (Shapes.sameShape(v.shape(), ad.shape)) {
            c = contiguous(v, dt, dst);
        } else {
            c = Internals.allocate(dt, ad.shape);
            Assign.copyInto(c, v);
        }
        GatherLoops.scatter(Internals.data(dst), ad.outer, ad.outer.length, ad.inner, ad.innerLen, ad.innerStride,
                dt.slots(), Internals.data(c), Internals.offset(c), scalar);
    }

    /** v as a C-contiguous array of dtype dt not sharing storage with dst (v itself when it already is). */
    static NDArray contiguous(NDArray v, DType dt, NDArray dst) {
        if (v.dtype().equals(dt) && v.isCContiguous() && Internals.data(v) != Internals.data(dst)) {
            return v;
        }
        NDArray c = Internals.allocate(dt, v.shape());
        Assign.copyInto(c, v);
        return c;
    }

    // ------------------------------------------------------------------ addressing

    static Addr address(IndexPlan p) {
        NDArray view = p.view;
        int nadv = p.advIndex.length;
        int[][] shapes = new int[nadv][];
        for (int j = 0; j < nadv; j++) {
            shapes[j] = p.advIndex[j].shape();
        }
        int[] b = broadcastIndexShapes(shapes);
        int[] vshape = view.shape();
        int[] vstr = Internals.strides(view);
        int nb = (int) Shapes.size(b);
        // per array: bounds-checked offset contributions, in the array's own C order
        int[] advOff = new int[nb];
        if (nb == 0) {
            // NumPy checks bounds while iterating the broadcast indices: nothing to check
        } else if (nadv == 1 && Shapes.sameShape(shapes[0], b)) {
            contributions(p.advIndex[0], vshape[p.advAxes[0]], vstr[p.advAxes[0]], p.origAxes[0], advOff);
        } else {
            int[][] contrib = new int[nadv][];
            for (int j = 0; j < nadv; j++) {
                contrib[j] = new int[(int) Shapes.size(shapes[j])];
                contributions(p.advIndex[j], vshape[p.advAxes[j]], vstr[p.advAxes[j]], p.origAxes[j], contrib[j]);
            }
            combine(contrib, shapes, b, advOff);
        }
        // subspace dims
        boolean[] isAdv = new boolean[vshape.length];
        for (int ax : p.advAxes) {
            isAdv[ax] = true;
        }
        int first = p.advAxes[0];
        boolean consecutive = p.advAxes[nadv - 1] - first == nadv - 1;
        int npre = 0;
        int npost = 0;
        for (int d = 0; d < vshape.length; d++) {
            if (!isAdv[d]) {
                if (consecutive && d < first) {
                    npre++;
                } else {
                    npost++;
                }
            }
        }
        int[] preShape = new int[npre];
        int[] preStr = new int[npre];
        int[] postShape = new int[npost];
        int[] postStr = new int[npost];
        for (int d = 0, i = 0, k = 0; d < vshape.length; d++) {
            if (!isAdv[d]) {
                if (consecutive && d < first) {
                    preShape[i] = vshape[d];
                    preStr[i++] = vstr[d];
                } else {
                    postShape[k] = vshape[d];
                    postStr[k++] = vstr[d];
                }
            }
        }
        Addr ad = new Addr();
        ad.shape = concat(preShape, b, postShape);
        Shapes.checkedSize(ad.shape, view.dtype().slots(), view.dtype().itemsize(), view.dtype().name());
        int base = Internals.offset(view);
        if (Shapes.size(ad.shape) == 0) {
            ad.outer = new int[0];
            return ad;
        }
        // outer = pre x B
        int npreEl = (int) Shapes.size(preShape);
        if (npreEl == 1) {
            for (int k = 0; k < nb; k++) {
                advOff[k] += base;
            }
            ad.outer = advOff;
        } else {
            int[] pre = cOrderOffsets(preShape, preStr, base);
            int[] outer = new int[npreEl * nb];
            for (int i = 0, q = 0; i < npreEl; i++) {
                int o = pre[i];
                for (int k = 0; k < nb; k++) {
                    outer[q++] = o + advOff[k];
                }
            }
            ad.outer = outer;
        }
        setInner(ad, postShape, postStr);
        return ad;
    }

    /** The inner block of post dims: one run when they coalesce, else a table of offsets. */
    static void setInner(Addr ad, int[] shape, int[] str) {
        int len = 1;
        int stride = 0;
        boolean run = true;
        for (int d = shape.length - 1; d >= 0; d--) {
            if (shape[d] == 1) {
                continue;
            }
            if (len == 1) {
                len = shape[d];
                stride = str[d];
            } else if ((long) str[d] == (long) stride * len) {
                len *= shape[d];
            } else {
                run = false;
                break;
            }
        }
        if (run) {
            ad.innerLen = len;
            ad.innerStride = len == 1 ? 1 : stride;
        } else {
            ad.inner = cOrderOffsets(shape, str, 0);
        }
    }

    /** Slot offsets of every element of (shape, strides) from base, in C order. */
    static int[] cOrderOffsets(int[] shape, int[] str, int base) {
        int n = (int) Shapes.size(shape);
        int[] out = new int[n];
        if (n == 0) {
            return out;
        }
        int nd = shape.length;
        if (nd == 0) {
            out[0] = base;
            return out;
        }
        int[] idx = new int[nd];
        int last = nd - 1;
        int inner = shape[last];
        int is = str[last];
        int pos = base;
        int q = 0;
        while (true) {
            for (int j = 0, p = pos; j < inner; j++, p += is) {
                out[q++] = p;
            }
            int d = last - 1;
            while (d >= 0) {
                idx[d]++;
                pos += str[d];
                if (idx[d] < shape[d]) {
                    break;
                }
                pos -= str[d] * shape[d];
                idx[d] = 0;
                d--;
            }
            if (d < 0) {
                return out;
            }
        }
    }

    static int[] broadcastIndexShapes(int[][] shapes) {
        try {
            return Shapes.broadcastShapes(shapes);
        } catch (ValueError e) {
            StringBuilder sb = new StringBuilder("shape mismatch: indexing arrays could not be broadcast together with shapes ");
            for (int[] s : shapes) {
                sb.append(Indexing.tuple(s)).append(' ');
            }
            throw new IndexError(sb.toString());
        }
    }

    /** out[k] = normalized(index[k]) * stride, index in C order; NumPy's IndexError when out of bounds. */
    static void contributions(NDArray index, int len, int stride, int axis, int[] out) {
        long[] v = index.toLongArray();
        for (int k = 0; k < v.length; k++) {
            long i = v[k];
            if (i < 0) {
                i += len;
                if (i < 0) {
                    throw outOfBounds(v[k], axis, len);
                }
            } else if (i >= len) {
                throw outOfBounds(v[k], axis, len);
            }
            out[k] = (int) i * stride;
        }
    }

    static IndexError outOfBounds(long i, int axis, int len) {
        return new IndexError("index " + i + " is out of bounds for axis " + axis + " with size " + len);
    }

    /** out[k] (k over b in C order) = sum of each array's contribution at its broadcast position. */
    private static void combine(int[][] contrib, int[][] shapes, int[] b, int[] out) {
        int n = contrib.length;
        int nd = b.length;
        int[][] st = new int[n][];
        for (int j = 0; j < n; j++) {
            int[] cs = Shapes.cStrides(shapes[j], 1);
            st[j] = Shapes.broadcastStrides(shapes[j], cs, b);
        }
        int total = out.length;
        if (total == 0) {
            return;
        }
        int[] idx = new int[nd];
        int[] pos = new int[n];
        for (int k = 0; k < total; k++) {
            int s = 0;
            for (int j = 0; j < n; j++) {
                s += contrib[j][pos[j]];
            }
            out[k] = s;
            for (int d = nd - 1; d >= 0; d--) {
                idx[d]++;
                for (int j = 0; j < n; j++) {
                    pos[j] += st[j][d];
                }
                if (idx[d] < b[d]) {
                    break;
                }
                for (int j = 0; j < n; j++) {
                    pos[j] -= st[j][d] * b[d];
                }
                idx[d] = 0;
            }
        }
    }

    static int[] concat(int[] a, int[] b, int[] c) {
        int[] out = new int[a.length + b.length + c.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        System.arraycopy(c, 0, out, a.length + b.length, c.length);
        return out;
    }

    /** Addresses of the elements of a where mask (same shape) is true, in C order. */
    static Addr maskAddr(NDArray a, NDArray mask) {
        Addr ad = new Addr();
        ad.outer = Masks.trueOffsets(a, mask);
        ad.shape = new int[] {ad.outer.length};
        return ad;
    }
}
