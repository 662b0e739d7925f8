package org.numpyjvm.api;

import java.util.ArrayList;
import java.util.List;
import org.numpyjvm.api.internal.core.Elements;
import org.numpyjvm.api.internal.core.Internals;
import org.numpyjvm.api.internal.core.Shapes;
import org.numpyjvm.api.internal.indexing.Indexing;
import org.numpyjvm.api.internal.loops.Assign;
import org.numpyjvm.api.internal.printing.ArrayPrinter;

/**
 * NumPy's {@code ndarray}: an N-dimensional view of typed storage.
 *
 * <h2>For implementors: the layout invariants</h2>
 * <ul>
 * <li>{@code data} is the storage: a Java primitive array of the dtype's
 * {@link DType.Storage} ({@code double[]} for float64 and complex128, ...), or {@code Object[]}
 * of {@code String}/{@code byte[]} for {@code str_}/{@code bytes_}. Many arrays may share it.</li>
 * <li>{@code strides} and {@code offset} count storage <em>slots</em>, not bytes: element
 * {@code (i0, ..., ik)} starts at slot {@code offset + sum(i_j * strides[j])}; a complex element
 * occupies that slot (real part) and the next (imaginary part). NumPy's byte strides are
 * {@link #strides()}.</li>
 * <li>Every element of a non-empty array lies inside {@code data}; strides may be negative (flipped
 * views) or zero (broadcast views, read-only when made; as in NumPy the flag may be set
 * writeable while the base is).</li>
 * <li>{@code base} is null when the array owns its storage, else the array it views (always an
 * owner, as NumPy 2 collapses chains).</li>
 * <li>Shape, strides, offset, dtype and storage never change after construction; only the
 * writeable flag may (within NumPy's rules).</li>
 * </ul>
 * Internal packages reach these fields through {@link Internals}.
 *
 * <p>Methods say view, copy or in place: {@link #reshape} gives a view when the layout allows it
 * (NumPy's rule) and a copy otherwise; {@link #T()}, {@link #transpose}, {@link #get} with basic
 * indices, {@link #real()}, {@link #diagonal} are views; {@link #copy()} and {@link #astype} copy;
 * {@link #fill} and {@link #set} write in place.
 */
public final class NDArray {

    static {
        Internals.install(new Internals.Access() {
            @Override
            public Object data(NDArray a) {
                return a.data;
            }

            @Override
            public int offset(NDArray a) {
                return a.offset;
            }

            @Override
            public int[] strides(NDArray a) {
                return a.strides;
            }

            @Override
            public NDArray create(DType dtype, Object data, int[] shape, int[] strides, int offset, NDArray base,
                    boolean writeable) {
                return new NDArray(dtype, data, shape, strides, offset, base, writeable);
            }
        });
    }

    /** Forces class initialization (installs the internal accessor). */
    public static void initialize() {
        // the static initializer does the work
    }

    private final DType dtype;
    private final Object data;
    private final int[] shape;
    private final int[] strides;
    private final int offset;
    private final NDArray base;
    private final boolean cContiguous;
    private final boolean fContiguous;
    private boolean writeable;

    private NDArray(DType dtype, Object data, int[] shape, int[] strides, int offset, NDArray base, boolean writeable) {
        this.dtype = dtype;
        this.data = data;
        this.shape = shape;
        this.strides = strides;
        this.offset = offset;
        this.base = base == null ? null : base.base != null ? base.base : base;
        this.writeable = writeable;
        this.cContiguous = Shapes.isCContiguous(shape, strides, dtype.slots());
        this.fContiguous = Shapes.isFContiguous(shape, strides, dtype.slots());
    }

    private NDArray view(DType dt, int[] newShape, int[] newStrides, int newOffset) {
        return new NDArray(dt, data, newShape, newStrides, newOffset, this, writeable);
    }

    // ---------------------------------------------------------------- attributes

    /** {@code a.shape} (a copy). */
    public int[] shape() {
        return shape.clone();
    }

    /** {@code a.ndim}. */
    public int ndim() {
        return shape.length;
    }

    /** {@code a.size}. */
    public int size() {
        return (int) Shapes.size(shape);
    }

    /** Length of the first axis ({@code len(a)}); a 0-d array raises TypeError. */
    public int len() {
        if (shape.length == 0) {
            throw new TypeError("len() of unsized object");
        }
        return shape[0];
    }

    public DType dtype() {
        return dtype;
    }

    public int itemsize() {
        return dtype.itemsize();
    }

    public long nbytes() {
        return (long) size() * dtype.itemsize();
    }

    /** {@code a.strides}: NumPy's strides in bytes. */
    public long[] strides() {
        long unit = dtype.storage() == DType.Storage.OBJECT ? dtype.itemsize() : dtype.storage().slotBytes;
        long[] out = new long[strides.length];
        for (int i = 0; i < strides.length; i++) {
            out[i] = strides[i] * unit;
        }
        return out;
    }

    /**
     * The view {@code a.strides = byteStrides} makes (deprecated in NumPy 2.4; as_strided's view of the same
     * shape): NumPy's byte strides over the same storage from the same first element, NumPy's ValueErrors for a
     * wrong length and for elements outside the storage. numpy-jvm's strides count storage slots
     * ({@link #strides()}), so a stride that is no multiple of the slot size (the itemsize; for complex its
     * half) raises NotImplementedError where NumPy would read across element boundaries.
     */
    public NDArray withStrides(long... byteStrides) {
        int n = shape.length;
        if (byteStrides.length != n) {
            throw new ValueError("strides must be  same length as shape (" + n + ")");
        }
        long unit = dtype.storage() == DType.Storage.OBJECT ? dtype.itemsize() : dtype.storage().slotBytes;
        long lo = offset * unit; // the byte reach of the elements within the storage, as NumPy's PyArray_CheckStrides
        long hi = lo + dtype.itemsize();
        boolean empty = false;
        for (int i = 0; i < n; i++) {
            if (shape[i] == 0) {
                empty = true;
            } else { // each term clamped to 2**55 (up to 64 of them: no overflow; beyond any storage anyway)
                long s = Math.max(-CLAMP / shape[i], Math.min(CLAMP / shape[i], byteStrides[i]));
                if (s > 0) {
                    hi += (shape[i] - 1) * s;
                } else {
                    lo += (shape[i] - 1) * s;
                }
            }
        }
        if (!empty && (lo < 0 || hi > org.numpyjvm.api.internal.core.Buffers.length(data) * unit)) {
            throw new ValueError("strides is not compatible with available memory");
        }
        int[] st = new int[n];
        for (int i = 0; i < n; i++) {
            if (byteStrides[i] % unit != 0) {
                throw new NotImplementedError("numpy-jvm: strides must be multiples of " + unit + " bytes for dtype "
                        + dtype.name() + " (numpy-jvm's arrays count strides in whole storage slots)");
            }
            long q = byteStrides[i] / unit;
            st[i] = empty && q != (int) q ? 0 : (int) q; // (bounded by the storage when not empty)
        }
        return new NDArray(dtype, data, shape.clone(), st, offset, this, writeable);
    }

    private static final long CLAMP = 1L << 55;

    /** {@code a.base}: the array whose storage this one views, or null. */
    public NDArray base() {
        return base;
    }

    /** {@code a.flags.owndata}. */
    public boolean ownsData() {
        return base == null;
    }

    public boolean isCContiguous() {
        return cContiguous;
    }

    public boolean isFContiguous() {
        return fContiguous;
    }

    public boolean isWriteable() {
        return writeable;
    }

    /** {@code a.flags.writeable = flag}, with NumPy's refusal for views of read-only data. */
    public NDArray setWriteable(boolean flag) {
        if (flag && base != null && !base.writeable) { // NumPy 2.4 lets broadcast_to views and imag of reals become writeable
            throw new ValueError("cannot set WRITEABLE flag to True of this array");
        }
        writeable = flag;
        return this;
    }

    void checkWriteable() {
        if (!writeable) {
            throw new ValueError("assignment destination is read-only");
        }
    }

    // ---------------------------------------------------------------- views

    /** {@code a.T}: the axes reversed (a view). */
    public NDArray T() {
        return transpose();
    }

    /** {@code a.transpose(*axes)}; no axes reverses them. A view. */
    public NDArray transpose(int... axes) {
        if (axes.length == 0) {
            int n = shape.length;
            axes = new int[n];
            for (int i = 0; i < n; i++) {
                axes[i] = n - 1 - i;
            }
        }
        if (axes.length != shape.length) {
            throw new ValueError("axes don't match array");
        }
        int[] ax = Shapes.normalizeAxes(axes, shape.length, null, "repeated axis in transpose");
        int[] ns = new int[ax.length];
        int[] nt = new int[ax.length];
        for (int i = 0; i < ax.length; i++) {
            ns[i] = shape[ax[i]];
            nt[i] = strides[ax[i]];
        }
        return view(dtype, ns, nt, offset);
    }

    /** {@code a.swapaxes(a1, a2)} (a view). */
    public NDArray swapaxes(int axis1, int axis2) {
        int a = Shapes.normalizeAxis(axis1, shape.length, "axis1");
        int b = Shapes.normalizeAxis(axis2, shape.length, "axis2");
        int[] perm = new int[shape.length];
        for (int i = 0; i < perm.length; i++) {
            perm[i] = i;
        }
        perm[a] = b;
        perm[b] = a;
        return transpose(perm);
    }

    /** {@code np.moveaxis(a, source, destination)} (a view). */
    public NDArray moveaxis(int[] source, int[] destination) {
        int n = shape.length;
        int[] src = Shapes.normalizeAxes(source, n, "source");
        int[] dst = Shapes.normalizeAxes(destination, n, "destination");
        if (src.length != dst.length) {
            throw new ValueError("`source` and `destination` arguments must have the same number of elements");
        }
        int[] order = new int[n];
        java.util.Arrays.fill(order, -1);
        boolean[] used = new boolean[n];
        for (int i = 0; i < src.length; i++) {
            order[dst[i]] = src[i];
            used[src[i]] = true;
        }
        int next = 0;
        for (int i = 0; i < n; i++) {
            if (order[i] < 0) {
                while (used[next]) {
                    next++;
                }
                order[i] = next++;
            }
        }
        return transpose(order);
    }

    public NDArray moveaxis(int source, int destination) {
        return moveaxis(new int[] {source}, new int[] {destination});
    }

    /** {@code a.reshape(shape)} in C order: a view when the layout allows, else a copy. */
    public NDArray reshape(int... newShape) {
        return reshape('C', newShape);
    }

    /** {@code a.reshape(shape, order=order)}, order 'C', 'F' or 'A'. */
    public NDArray reshape(char order, int... newShape) {
        return reshaped(order, newShape, false);
    }

    /**
     * reshape; where the layout needs a copy, NumPy's reshape views that copy (in the array's shape: the result's
     * base), while ravel's copy (fresh) is the result itself.
     */
    private NDArray reshaped(char order, int[] newShape, boolean fresh) {
        boolean fortran = order == 'F' || order == 'A' && fContiguous && !cContiguous;
        if (order != 'C' && order != 'F' && order != 'A') {
            throw new ValueError("order must be one of 'C', 'F', 'A' (got '" + order + "')");
        }
        int[] target = Shapes.resolveReshape(size(), newShape);
        int k = dtype.slots();
        int[] ns = Shapes.reshapeStrides(shape, k == 1 ? strides : divide(strides, k), target, fortran);
        if (ns != null && k != 1) {
            ns = multiply(ns, k);
        }
        if (ns != null) {
            return view(dtype, target, ns, offset);
        }
        NDArray c = copy(fortran ? 'F' : 'C');
        return new NDArray(dtype, c.data, target, Shapes.allocStrides(target, dtype.slots(), fortran), 0,
                fresh ? null : c, true);
    }

    private static int[] divide(int[] s, int k) {
        int[] o = new int[s.length];
        for (int i = 0; i < s.length; i++) {
            o[i] = s[i] / k;
        }
        return o;
    }

    private static int[] multiply(int[] s, int k) {
        int[] o = new int[s.length];
        for (int i = 0; i < s.length; i++) {
            o[i] = s[i] * k;
        }
        return o;
    }

    /** {@code a.ravel()}: a 1-d view when possible, else a copy. */
    public NDArray ravel() {
        return reshaped('C', new int[] {-1}, true);
    }

    public NDArray ravel(char order) {
        if (order == 'K') {
            order = fContiguous && !cContiguous ? 'F' : 'C';
        }
        return reshaped(order, new int[] {-1}, true);
    }

    /** {@code a.flatten()}: always a copy (owning its data). */
    public NDArray flatten() {
        return flatten('C');
    }

    public NDArray flatten(char order) {
        NDArray c = copy(order == 'F' || order == 'A' && fContiguous && !cContiguous ? 'F' : 'C');
        NDArray r = c.reshape(order, -1); // a view of the copy nobody else sees: the result owns its data
        return new NDArray(dtype, c.data, r.shape, r.strides, r.offset, null, true);
    }
    /** {@code np.broadcast_to(a, shape)}: a read-only view with zero strides (NumPy: it may be made writeable). */
    /** {@code np.broadcast_to(a, shape)}: a read-only view with zero strides. */
    public NDArray broadcastTo(int... target) {
        for (int d : target) {
            if (d < 0) {
                throw new ValueError("all elements of broadcast shape must be non-negative");
            }
        }
        if (target.length < shape.length) {
            throw new ValueError("input operand has more dimensions than allowed by the axis remapping");
        }
        int[] ns = Shapes.broadcastStrides(shape, strides, target);
        if (ns == null) {
            throw new ValueError("operands could not be broadcast together with remapped shapes [original->remapped]: "
                    + Shapes.tupleStringCompact(shape) + "  and requested shape " + Shapes.tupleStringCompact(target));
        }
        return new NDArray(dtype, data, target.clone(), ns, offset, this, false);
    }

    /** {@code a.diagonal(offset, axis1, axis2)}: a read-only view (NumPy 2); its flag may be set writeable. */
    public NDArray diagonal(int k, int axis1, int axis2) {
        int n = shape.length;
        if (n < 2) {
            throw new ValueError("diag requires an array of at least two dimensions");
        }
        int a1 = Shapes.normalizeAxis(axis1, n);
        int a2 = Shapes.normalizeAxis(axis2, n);
        if (a1 == a2) {
            throw new ValueError("axis1 and axis2 cannot be the same");
        }
        int len;
        int off = offset;
        if (k >= 0) {
            len = Math.max(0, Math.min(shape[a1], shape[a2] - k));
            if (len > 0) {
                off += k * strides[a2];
            }
        } else {
            len = Math.max(0, Math.min(shape[a1] + k, shape[a2]));
            if (len > 0) {
                off -= k * strides[a1];
            }
        }
        int[] ns = new int[n - 1];
        int[] nt = new int[n - 1];
        int j = 0;
        for (int i = 0; i < n; i++) {
            if (i != a1 && i != a2) {
                ns[j] = shape[i];
                nt[j] = strides[i];
                j++;
            }
        }
        ns[j] = len;
        nt[j] = strides[a1] + strides[a2];
        // read-only, but (as in NumPy 2) the flag may be set back to writeable
        return new NDArray(dtype, data, ns, nt, off, this, false);
    }

    public NDArray diagonal() {
        return diagonal(0, 0, 1);
    }

    /** {@code a.real}: a view of the real parts (complex), or the array itself. */
    public NDArray real() {
        if (!dtype.isComplex()) {
            return this;
        }
        return view(dtype.realPart(), shape.clone(), strides.clone(), offset);
    }

    /** {@code a.imag}: a view of the imaginary parts (complex), else a read-only zero array. */
    public NDArray imag() {
        if (!dtype.isComplex()) {
            NDArray z = Internals.allocate(dtype.isString() ? dtype : dtype, shape);
            z.writeable = false;
            return z;
        }
        return view(dtype.realPart(), shape.clone(), strides.clone(), offset + 1);
    }

    /**
     * {@code a.view(dtype)}: the same storage seen as another dtype. Shared when both dtypes use
     * the same Java storage type (int64/uint64, int8/uint8/bool, float16/int16/uint16,
     * float32/int32 is NOT shared: different Java arrays); complex to its real dtype doubles the
     * last axis, as NumPy. Other reinterpretations raise {@link NotImplementedError}.
     */
    public NDArray view(DType newType) {
        if (newType.equals(dtype)) {
            return view(dtype, shape.clone(), strides.clone(), offset);
        }
        if (newType.storage() == dtype.storage() && newType.slots() == dtype.slots() && !dtype.isString()
                && newType.itemsize() == dtype.itemsize()) {
            return view(newType, shape.clone(), strides.clone(), offset);
        }
        if (dtype.isComplex() && newType.equals(dtype.realPart()) || newType.isComplex() && dtype.equals(newType.realPart())) {
            boolean toReal = dtype.isComplex();
            int n = shape.length;
            if (n == 0) {
                throw new ValueError("Changing the dtype of a 0d array is only supported if the itemsize is unchanged");
            }
            if (shape[n - 1] != 1 && strides[n - 1] != dtype.slots()) {
                throw new ValueError("To change to a dtype of a different size, the last axis must be contiguous");
            }
            int[] ns = shape.clone();
            if (toReal) {
                ns[n - 1] *= 2;
            } else {
                if (ns[n - 1] % 2 != 0) {
                    throw new ValueError("When changing to a larger dtype, its size must be a divisor of the total size "
                            + "in bytes of the last axis of the array.");
                }
                ns[n - 1] /= 2;
            }
            int[] nt = strides.clone();
            nt[n - 1] = toReal ? 1 : 2;
            return view(newType, ns, nt, offset);
        }
        throw new NotImplementedError("view of " + dtype.name() + " as " + newType.name()
                + " is not supported: numpy-jvm stores the two dtypes in different Java array types");
    }

    // ---------------------------------------------------------------- indexing

    /**
     * {@code a[index]} from NumPy's index syntax, e.g. {@code a.get("1:4, ..., None")},
     * {@code a.get("::-1")}, {@code a.get("[0, 2]")}. Basic indices give a view; advanced
     * indices (lists, arrays, masks) a copy. Integer-only indices give a 0-d array; use
     * {@link #item(int...)} for the Java value.
     */
    public NDArray get(String index) {
        return Indexing.get(this, Indexing.parse(index));
    }

    /** {@code a[index]} with a typed {@link Index}. */
    public NDArray get(Index index) {
        return Indexing.get(this, index.items());
    }

    /**
     * {@code a[i, j, ...]} with integer, {@link Slice}, {@link Index#ELLIPSIS},
     * {@link Index#NEWAXIS}, {@code NDArray} (integer or bool) or Java int/boolean arrays.
     */
    public NDArray get(Object... index) {
        return Indexing.get(this, Index.of(index).items());
    }

    /** {@code a[index] = value}, value broadcast and cast to this dtype. */
    public NDArray set(String index, Object value) {
        checkWriteable();
        Indexing.set(this, Indexing.parse(index), value);
        return this;
    }

    public NDArray set(Index index, Object value) {
        checkWriteable();
        List<Object> items = index.items();
        if (items.size() == 1 && items.get(0) instanceof Long) {
            Indexing.setInt(this, (Long) items.get(0), value);
        } else {
            Indexing.set(this, items, value);
        }
        return this;
    }

    /** {@code a[i] = value} for an integer i (as {@code set(Index.of(i), value)}). */
    public NDArray set(long i, Object value) {
        checkWriteable();
        Indexing.setInt(this, i, value);
        return this;
    }

    /** {@code a[...] = value} (every element). */
    public NDArray setAll(Object value) {
        checkWriteable();
        Indexing.set(this, new ArrayList<>(), value);
        return this;
    }

    // ---------------------------------------------------------------- elements

    /**
     * {@code a.item(*index)}: the element as a Java value (Boolean, Long, BigInteger for large
     * uint64, Double, {@link Complex}, String, byte[]). With no index the array must have size 1;
     * one index is a flat (C-order) position; otherwise one index per dimension.
     */
    public Object item(int... index) {
        return Elements.getItem(dtype, data, slotOf(index));
    }

    /** The element as a double (real part of complex; uint64 unsigned). */
    public double getDouble(int... index) {
        return Elements.getDouble(dtype, data, slotOf(index));
    }

    /** The element as a long (floats truncated as C casts). */
    public long getLong(int... index) {
        return Elements.getLong(dtype, data, slotOf(index));
    }

    /** {@code a.itemset}-like in-place store of one element (cast unsafely). */
    public NDArray setItem(Object value, int... index) {
        checkWriteable();
        Elements.setItem(dtype, data, slotOf(index), value);
        return this;
    }

    private int slotOf(int[] index) {
        int n = shape.length;
        int size = size();
        if (index.length == 0) {
            if (size != 1) {
                throw new ValueError("can only convert an array of size 1 to a Python scalar");
            }
            return Internals.slot(this, new int[n]);
        }
        if (index.length == 1 && n != 1) {
            int flat = index[0];
            if (flat < -size || flat >= size) {
                throw new IndexError("index " + flat + " is out of bounds for size " + size);
            }
            if (flat < 0) {
                flat += size;
            }
            return Internals.slot(this, Shapes.unravel(flat, shape));
        }
        if (index.length != n) {
            throw new ValueError("incorrect number of indices for array");
        }
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            int v = index[i];
            if (v < -shape[i] || v >= shape[i]) {
                throw new IndexError("index " + v + " is out of bounds for axis " + i + " with size " + shape[i]);
            }
            idx[i] = v < 0 ? v + shape[i] : v;
        }
        return Internals.slot(this, idx);
    }

    // ---------------------------------------------------------------- copies and conversions

    /** {@code a.copy()}: a C-ordered copy. */
    public NDArray copy() {
        return copy('C');
    }

    /** {@code a.copy(order)} with order 'C', 'F', 'A' or 'K'. */
    public NDArray copy(char order) {
        return astype(dtype, order);
    }

    /** {@code a.astype(dtype)}: always a copy, with NumPy's unsafe casting. */
    public NDArray astype(DType newType) {
        return astype(newType, 'K');
    }

    /** {@code a.astype(dtype, order=order)}. */
    public NDArray astype(DType newType, char order) {
        return astype(newType, order, "unsafe", true);
    }

    /**
     * {@code a.astype(dtype, casting=casting)}: a copy; casting is 'no', 'equiv', 'safe',
     * 'same_kind' or 'unsafe' (TypeError "Cannot cast array data from ... according to the rule
     * ..." when the cast is not allowed; 'same_value' is not supported yet).
     */
    public NDArray astype(DType newType, String casting) {
        return astype(newType, 'K', casting, true);
    }

    /**
     * {@code a.astype(dtype, order, casting, copy=copy)}: with {@code copy} false, returns this
     * array itself when dtype and order already match (as NumPy).
     */
    public NDArray astype(DType newType, char order, String casting, boolean copy) {
        boolean fortran;
        switch (order) {
            case 'C': fortran = false; break;
            case 'F': fortran = true; break;
            case 'A':
            case 'K': fortran = fContiguous && !cContiguous; break;
            default: throw new ValueError("order must be one of 'C', 'F', 'A', or 'K' (got '" + order + "')");
        }
        DType target = newType.isString() && newType.stringLength() == 0
                ? org.numpyjvm.api.internal.creation.StringWidths.widthFor(this, newType) : newType;
        org.numpyjvm.api.internal.core.CastRules.check(dtype, target, newType, casting);
        if (!copy && target.equals(dtype) && (order == 'K' || order == 'A' && (cContiguous || fContiguous)
                || order == 'C' && cContiguous || order == 'F' && fContiguous)) {
            return this;
        }
        int[] ns = order == 'K' ? Shapes.kOrderStrides(shape, divide(strides, dtype.slots()), target.slots())
                : Shapes.allocStrides(shape, target.slots(), fortran);
        Object store = org.numpyjvm.api.internal.core.Buffers.allocate(target, shape);
        NDArray out = new NDArray(target, store, shape.clone(), ns, 0, null, true);
        int n = size();
        if (n > 0 && (cContiguous || fContiguous) && !dtype.isString() && target.equals(dtype)
                && java.util.Arrays.equals(ns, strides)) {
            System.arraycopy(data, offset, store, 0, n * dtype.slots()); // the same layout: one block
        } else {
            Assign.copyInto(out, this);
        }
        return out;
    }

    /** {@code a.tobytes()}: the elements' raw bytes in C order (NumPy's exact bytes). */
    public byte[] tobytes() {
        return tobytes('C');
    }

    /** {@code a.tobytes(order)} with order 'C', 'F' or 'A' ('K' acts as 'A', as in NumPy). */
    public byte[] tobytes(char order) {
        return org.numpyjvm.api.internal.core.ToBytes.toBytes(this, order);
    }

    /** {@code a.fill(value)}: every element set to value (cast unsafely), in place. */
    public NDArray fill(Object value) {
        checkWriteable();
        Assign.fill(this, value);
        return this;
    }

    /** The elements in C order as doubles (real parts of complex). */
    public double[] toDoubleArray() {
        NDArray c = dtype.equals(DType.FLOAT64) && cContiguous && offset == 0 && base == null
                && Shapes.size(shape) == org.numpyjvm.api.internal.core.Buffers.length(data) ? this : astype(DType.FLOAT64, 'C');
        return c == this ? ((double[]) data).clone() : (double[]) c.data;
    }

    /** The elements in C order as longs (floats truncated as C casts). */
    public long[] toLongArray() {
        return (long[]) astype(DType.INT64, 'C').data;
    }

    /**
     * {@code a.tolist()}: nested {@code List}s of Java values (as {@link #item}); a 0-d array
     * gives the value itself.
     */
    public Object tolist() {
        if (shape.length == 0) {
            return Elements.getItem(dtype, data, offset);
        }
        return tolist(0, offset);
    }

    private List<Object> tolist(int dim, int start) {
        List<Object> out = new ArrayList<>(shape[dim]);
        for (int i = 0, p = start; i < shape[dim]; i++, p += strides[dim]) {
            out.add(dim == shape.length - 1 ? Elements.getItem(dtype, data, p) : tolist(dim + 1, p));
        }
        return out;
    }

    // ---------------------------------------------------------------- text

    /** {@code repr(a)}, as NumPy 2 prints it. */
    @Override
    public String toString() {
        return ArrayPrinter.repr(this);
    }

    /** {@code str(a)}. */
    public String str() {
        return ArrayPrinter.str(this);
    }
}
