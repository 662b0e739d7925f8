package org.numpyjvm.python;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.FloatErrors;
import org.numpyjvm.api.Index;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.NumpyException;
import org.numpyjvm.api.NumpyState;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.Slice;
import org.numpyjvm.api.dynamic.Function;
import org.numpyjvm.api.dynamic.Registry;
import org.numpyjvm.api.internal.core.Elements;
import org.numpyjvm.api.internal.core.Internals;

/**
 * The one host object the Python package {@code numpy} calls: its {@link HostAccess.Export}ed
 * methods are the whole surface Python reaches in a sandboxed {@link NumpyPython} context (every
 * other host object, NDArray and DType included, is opaque to Python and only passed back here).
 *
 * <p>Arguments arrive as polyglot {@link Value}s and are converted to the dynamic layer's values
 * ({@link PyValues}); results go back as Java values the package wraps ({@link #kind}). A
 * {@link NumpyException} is remembered ({@link #errorType}, {@link #errorMessage}) and rethrown;
 * the package raises the Python exception of that type with that message. One bridge per
 * context, used by the context's one thread.
 */
public final class Bridge {
    /** Result kinds for the package's {@code _wrap}. */
    static final int OTHER = 0, ARRAY = 1, DTYPE = 2, COMPLEX = 3, LIST = 4, BIGINT = 5, BYTES = 6, IINFO = 7,
            FINFO = 8, DICT = 9, WARNED = 10;
    /**
     * Tags of the fast calls' results ({@link #call1} ...): {@code [SCALAR, value, scalar type
     * code, name]} (an element, {@link #scalarNames}), {@code [LINK, array, argument index, how,
     * base]} (an array related to an argument: 0 it is that argument, 1 its base is that argument,
     * 2 both have the same base); other results are {@code [kind, value]} (a {@link #WARNED}
     * result carries floating-point events); {@code [FRESH, array]}: a new array, unrelated to the
     * arguments, from a call whose untagged NDArray result means a view ({@link FastResults#view}).
     */
    static final int SCALAR = 11, LINK = 12, FRESH = 13;

    static {
        CallingState.install();
    }

    private final NumpyState state = new NumpyState();
    private final Registry registry;
    private final PyValues values = new PyValues();
    private final DTypes dtypes = new DTypes(this, values);
    private final FastResults fastResults = new FastResults(this);
    private String errorType;
    private String errorMessage;
    private Object[] failureEvents;

    private Bridge(Registry registry) {
        this.registry = registry;
    }

    /** A bridge on the global registry (the launcher's {@code numpy} package calls this). */
    @HostAccess.Export
    public static Bridge create() {
        return new Bridge(Registry.global());
    }

    /** A bridge on the given registry (embedders, tests). */
    public static Bridge create(Registry registry) {
        return new Bridge(registry);
    }

    /*
     * Each bridge (one per context) has its own print options and floating-point error state, as
     * NumPy has per interpreter. Calls that use them make it the thread's state for their duration
     * (CallingState c = CallingState.get(); NumpyState outer = c.enter(state); ... finally
     * c.exit(outer)); elsewhere numpy-api uses its JVM-wide state.
     */

    /** Thrown to Python after a failure; the package reads {@link #errorType}/{@link #errorMessage}. */
    static final class BridgeError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BridgeError(String message, Throwable cause) {
            super(message, cause, false, false);
        }
    }

    RuntimeException fail(RuntimeException e) {
        failureEvents = FloatErrors.hasPending() ? Results.events() : null; // issued before the exception is raised
        if (e instanceof PolyglotException && ((PolyglotException) e).isGuestException()) {
            return e; // a Python exception raised by Python code the conversion called (__array__): re-raised as is
        }
        if (e instanceof NumpyException) {
            errorType = ((NumpyException) e).pythonType();
            errorMessage = e.getMessage();
        } else {
            errorType = "SystemError";
            errorMessage = "numpy-jvm internal error: " + e;
        }
        return new BridgeError(errorType + ": " + errorMessage, e);
    }

    /** The Python exception type name of the last failure, e.g. {@code numpy.exceptions.AxisError}. */
    @HostAccess.Export
    public String errorType() {
        return errorType;
    }

    @HostAccess.Export
    public String errorMessage() {
        return errorMessage;
    }

    /**
     * Registers the package's Python types the conversions recognise: ndarray, dtype, float,
     * complex, tuple, slice, the Ellipsis type, the scalar base class (with {@code _njvm_dtype}) and bytes;
     * and {@code bulk}, the package's function giving a long list of numbers as a buffer ({@link PyValues#convert}).
     */
    @HostAccess.Export
    public void setup(Value ndarray, Value dtype, Value pyFloat, Value pyComplex, Value tuple, Value slice,
            Value ellipsis, Value scalarBase, Value pyBytes, Value bulk) {
        values.setup(ndarray, dtype, pyFloat, pyComplex, tuple, slice, ellipsis, scalarBase, pyBytes, bulk);
    }

    // ---------------------------------------------------------------- the registry

    /** {@code numpy.<name>(*args, **kwargs)} through the dynamic layer. */
    @HostAccess.Export
    public Object call(String name, Value args, Value kwargs) {
        CallingState calling = CallingState.get();
        NumpyState outer = calling.enter(state);
        Results.dropStaleEvents();
        try {
            Object[] positional = values.tuple(args);
            Map<String, Object> keywords = values.keywords(kwargs);
            return Results.warned(result(registry.call(name, positional, keywords)));
        } catch (RuntimeException e) {
            throw fail(e);
        } finally {
            calling.exit(outer);
        }
    }

    // ---------------------------------------------------------------- fast calls

    /** The registry function {@code name}: a handle the package resolves once per Python function. */
    @HostAccess.Export
    public Function function(String name) {
        try {
            Function f = registry.lookup(name);
            if (f == null) {
                throw new Registry.UnknownFunctionError(name);
            }
            return f;
        } catch (RuntimeException e) {
            throw fail(e);
        }
    }

    /** {@code f(*args, **kwargs)}: as {@link #call}, for a handle. */
    @HostAccess.Export
    public Object invoke(Function f, Value args, Value kwargs) {
        CallingState calling = CallingState.get();
        NumpyState outer = calling.enter(state);
        Results.dropStaleEvents();
        try {
            return Results.warned(result(f.call(values.tuple(args), values.keywords(kwargs))));
        } catch (RuntimeException e) {
            throw fail(e);
        } finally {
            calling.exit(outer);
        }
    }

    /*
     * f(a), f(a, b), f(a, b, c) without keywords. The package passes only NDArrays, Python ints,
     * floats, bools, strs and None here (everything else goes through invoke); results come as
     * NDArray (a new array, unrelated to the arguments), Python int/float/bool/str/None, or a tagged
     * Object[] (SCALAR, LINK, other kinds). scalar0d: a 0-d array result is returned as its element
     * (NumPy's ufuncs and reductions).
     */

    @HostAccess.Export
    public Object call1(Function f, boolean scalar0d, Object a) {
        CallingState calling = CallingState.get();
        NumpyState outer = calling.enter(state);
        Results.dropStaleEvents();
        try {
            Object x = arg(a);
            return fast(f.call(new Object[] {x}, null), scalar0d, x, null, null);
        } catch (RuntimeException e) {
            throw fail(e);
        } finally {
            calling.exit(outer);
        }
    }

    @HostAccess.Export
    public Object call2(Function f, boolean scalar0d, Object a, Object b) {
        CallingState calling = CallingState.get();
        NumpyState outer = calling.enter(state);
        Results.dropStaleEvents();
        try {
            Object x = arg(a);
            Object y = arg(b);
            return fast(f.call(new Object[] {x, y}, null), scalar0d, x, y, null);
        } catch (RuntimeException e) {
            throw fail(e);
        } finally {
            calling.exit(outer);
        }
    }

    @HostAccess.Export
    public Object call3(Function f, boolean scalar0d, Object a, Object b, Object c) {
        CallingState calling = CallingState.get();
        NumpyState outer = calling.enter(state);
        Results.dropStaleEvents();
        try {
            Object x = arg(a);
            Object y = arg(b);
            Object z = arg(c);
            return fast(f.call(new Object[] {x, y, z}, null), scalar0d, x, y, z);
        } catch (RuntimeException e) {
            throw fail(e);
        } finally {
            calling.exit(outer);
        }
    }

    /**
     * {@code f(*args)} for 1 to 3 arguments where the one at {@code at} is a flat list or tuple of
     * values as the fast calls take them ({@code seq}, given as a list), the others {@code a},
     * {@code b} in order. The list's items come as Java varargs ({@code *seq} in Python): GraalPy passes
     * separate arguments far more cheaply than it converts a Python list to an {@code Object[]}
     * (5 ints: ~280 against ~680 ns a call).
     */
    @HostAccess.Export
    public Object callSeq(Function f, boolean scalar0d, int n, int at, Object a, Object b, Object... seq) {
        CallingState calling = CallingState.get();
        NumpyState outer = calling.enter(state);
        Results.dropStaleEvents();
        try {
            List<Object> list = args(seq);
            Object[] pos = new Object[n];
            Object[] rest = {a, b};
            for (int i = 0, k = 0; i < n; i++) {
                pos[i] = i == at ? list : arg(rest[k++]);
            }
            return fast(f.call(pos, null), scalar0d, n > 0 ? pos[0] : null, n > 1 ? pos[1] : null, n > 2 ? pos[2] : null);
        } catch (RuntimeException e) {
            throw fail(e);
        } finally {
            calling.exit(outer);
        }
    }

    /**
     * A fast call's result ({@link FastResults}); with floating-point events pending (np.errstate),
     * {@code [WARNED, Warned(that result, events)]}. Events left by an embedder's own numpy-api
     * calls before this call were dropped by the caller ({@link #dropStaleEvents}).
     */
    private Object fast(Object r, boolean scalar0d, Object x, Object y, Object z) {
        Object v = fastResults.of(r, scalar0d, x, y, z);
        return FloatErrors.hasPending() ? new Object[] {WARNED, new Results.Warned(v, Results.events())} : v;
    }

    /** A fast call's list items (varargs: one Python None arrives as a null array), each as {@link #arg} gives it. */
    private List<Object> args(Object[] seq) {
        if (seq == null) {
            seq = new Object[] {null};
        }
        List<Object> list = new java.util.ArrayList<>(seq.length);
        for (Object o : seq) {
            list.add(arg(o));
        }
        return list;
    }

    /** A fast call's argument: as {@link PyValues#convert} gives it (Python int → Long). */
    private Object arg(Object o) {
        if (o instanceof NDArray || o instanceof Long || o instanceof Double || o instanceof String) {
            return o;
        }
        if (o instanceof Integer || o instanceof Short || o instanceof Byte) {
            return ((Number) o).longValue();
        }
        if (o instanceof Float) {
            return ((Float) o).doubleValue();
        }
        if (o == null || o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof String
                || o instanceof NDArray || o instanceof BigInteger) {
            return o;
        }
        return values.convert(Value.asValue(o));
    }

    /** The scalar type names of {@link #SCALAR} results' codes (index = code). */
    @HostAccess.Export
    public String[] scalarNames() {
        return FastResults.SCALAR_NAMES.clone();
    }

    /**
     * The code ({@link #scalarNames} index) of {@code a}'s dtype when it is a builtin numeric dtype in
     * its canonical form (the package keeps one dtype object for each), else -1.
     */
    @HostAccess.Export
    public int dtypeCode(NDArray a) {
        return fastResults.dtypeCode(a.dtype());
    }

    /*
     * The view-making calls below take pb, the Java array of the wrapper the calling ndarray knows as its
     * base (None when it knows none), and return a view as FastResults.view gives it.
     */

    /** {@code a.T} ({@link FastResults#view}). */
    @HostAccess.Export
    public Object transposed(NDArray a, NDArray pb) {
        return FastResults.view(a.T(), a, pb);
    }

    /**
     * {@code a[i]} for a Python int i: an element ({@link FastResults#element}) or a view
     * ({@link FastResults#view}).
     */
    @HostAccess.Export
    public Object getitemInt(NDArray a, Object i, NDArray pb) {
        try {
            Object k = arg(i);
            if (k instanceof Long && a.ndim() == 1) { // an element of a 1-d array: no 0-d view
                long j = (Long) k;
                int n = a.size();
                if (j >= -n && j < n) { // a.item(j), without the index array
                    int slot = Internals.offset(a) + (int) (j < 0 ? j + n : j) * Internals.strides(a)[0];
                    DType d = a.dtype();
                    return fastResults.element(d, Elements.getItem(d, Internals.data(a), slot));
                }
            }
            NDArray r = a.get(Index.of(k));
            return r.ndim() == 0 ? fastResults.element(r.dtype(), r.item()) : FastResults.view(r, a, pb);
        } catch (RuntimeException e) {
            throw fail(e);
        }
    }

    /** {@code a[start:stop:step]} for Python ints or None ({@link FastResults#view}). */
    @HostAccess.Export
    public Object getitemSlice(NDArray a, Object start, Object stop, Object step, NDArray pb) {
        try {
            return FastResults.view(a.get(Index.of(slice(start, stop, step))), a, pb);
        } catch (RuntimeException e) {
            throw fail(e);
        }
    }

    /** {@code a[i] = v} for a Python int i and a Python int, float or bool v. */
    @HostAccess.Export
    public Object setitemInt(NDArray a, Object i, Object v) {
        CallingState calling = CallingState.get();
        NumpyState outer = calling.enter(state);
        Results.dropStaleEvents();
        try {
            Object k = arg(i);
            Object x = arg(v);
            if (k instanceof Long) {
                a.set((long) (Long) k, x);
            } else {
                a.set(Index.of(k), x);
            }
            return Results.warned(null); // null, or the cast's FP error events ("overflow encountered in cast")
        } catch (RuntimeException e) {
            throw fail(e);
        } finally {
            calling.exit(outer);
        }
    }

    /** {@code a[start:stop:step] = v} for Python ints or None and a Python int, float or bool v. */
    @HostAccess.Export
    public Object setitemSlice(NDArray a, Object start, Object stop, Object step, Object v) {
        CallingState calling = CallingState.get();
        NumpyState outer = calling.enter(state);
        Results.dropStaleEvents();
        try {
            a.set(Index.of(slice(start, stop, step)), arg(v));
            return Results.warned(null);
        } catch (RuntimeException e) {
            throw fail(e);
        } finally {
            calling.exit(outer);
        }
    }

    private Slice slice(Object start, Object stop, Object step) {
        return new Slice(sliceBound(start), sliceBound(stop), sliceBound(step));
    }

    private Integer sliceBound(Object o) {
        Object v = arg(o);
        return v == null ? null : org.numpyjvm.api.dynamic.Conversions.index(v);
    }

    /** Whether the registry has {@code name}. */
    @HostAccess.Export
    public boolean has(String name) {
        return registry.lookup(name) != null;
    }

    /** The registry's names, sorted (for {@code dir(numpy)}). */
    @HostAccess.Export
    public String[] names() {
        return registry.functions().keySet().toArray(new String[0]);
    }

    /** The kind of a result: {@link #ARRAY}, {@link #DTYPE}, {@link #COMPLEX}, {@link #LIST}... ({@link Results#kind}). */
    @HostAccess.Export
    public int kind(Object o) {
        return Results.kind(o);
    }

    /** Java results in shapes Python reads ({@link Results#of}). */
    Object result(Object r) {
        return Results.of(r);
    }

    /** An attribute of an {@code np.iinfo}/{@code np.finfo} result (NumPy's attribute names). */
    @HostAccess.Export
    public Object info(Object o, String attr) {
        return Results.info(o, attr);
    }

    // ---------------------------------------------------------------- floating-point errors


    /** The events of the last failure's call (e.g. a 'warn' before a 'raise'), once; null when none. */
    @HostAccess.Export
    public Object[] failureEvents() {
        Object[] ev = failureEvents;
        failureEvents = null;
        return ev;
    }

    /** The result inside a {@link #WARNED} result. */
    @HostAccess.Export
    public Object warnedResult(Object o) {
        return ((Results.Warned) o).result;
    }

    /** The events of a {@link #WARNED} result: [mode, category, message, errtype, where, flags] each. */
    @HostAccess.Export
    public Object[] warnedEvents(Object o) {
        return ((Results.Warned) o).events;
    }

    /** The [key, value] items of a dict result. */
    @HostAccess.Export
    public Object[] dictItems(Object o) {
        return ((Results.DictItems) o).items;
    }

    /** The Latin-1 text of a bytes result. */
    @HostAccess.Export
    public String bytesText(Object o) {
        return ((Results.BytesText) o).text;
    }

    /** {@code a.view(dtype)}. */
    @HostAccess.Export
    public NDArray view(NDArray a, Value dtype) {
        try {
            return a.view(values.dtype(values.convert(dtype)));
        } catch (RuntimeException e) {
            throw fail(e);
        }
    }

    /** The decimal text of a big integer result. */
    @HostAccess.Export
    public String bigText(Object o) {
        return o instanceof Results.BigText ? ((Results.BigText) o).text : String.valueOf(o);
    }

    // ---------------------------------------------------------------- ndarray

    @HostAccess.Export
    public String repr(NDArray a) {
        CallingState calling = CallingState.get();
        NumpyState outer = calling.enter(state);
        try {
            return a.toString();
        } catch (RuntimeException e) {
            throw fail(e);
        } finally {
            calling.exit(outer);
        }
    }

    @HostAccess.Export
    public String str(NDArray a) {
        CallingState calling = CallingState.get();
        NumpyState outer = calling.enter(state);
        try {
            return a.str();
        } catch (RuntimeException e) {
            throw fail(e);
        } finally {
            calling.exit(outer);
        }
    }

    /** shape as longs (Python makes the tuple). */
    @HostAccess.Export
    public Object[] shape(NDArray a) {
        return (Object[]) result(a.shape());
    }

    @HostAccess.Export
    public int ndim(NDArray a) {
        return a.ndim();
    }

    @HostAccess.Export
    public int size(NDArray a) {
        return a.size();
    }

    @HostAccess.Export
    public Object[] strides(NDArray a) {
        long[] s = a.strides();
        Object[] out = new Object[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = s[i];
        }
        return out;
    }

    @HostAccess.Export
    public DType dtype(NDArray a) {
        return a.dtype();
    }

    @HostAccess.Export
    public NDArray base(NDArray a) {
        return a.base();
    }

    /** {@code [C_CONTIGUOUS, F_CONTIGUOUS, OWNDATA, WRITEABLE]}. */
    @HostAccess.Export
    public boolean flag(NDArray a, int which) {
        switch (which) {
            case 0: return a.isCContiguous();
            case 1: return a.isFContiguous();
            case 2: return a.ownsData();
            default: return a.isWriteable();
        }
    }

    @HostAccess.Export
    public void setWriteable(NDArray a, boolean flag) {
        try {
            a.setWriteable(flag);
        } catch (RuntimeException e) {
            throw fail(e);
        }
    }

    @HostAccess.Export
    public NDArray T(NDArray a) {
        return a.T();
    }

    /** {@code len(a)}. */
    @HostAccess.Export
    public int len(NDArray a) {
        try {
            return a.len();
        } catch (RuntimeException e) {
            throw fail(e);
        }
    }

    /** {@code a.tolist()} as nested Object[] (Python makes lists). */
    @HostAccess.Export
    public Object tolist(NDArray a) {
        try {
            return result(a.tolist());
        } catch (RuntimeException e) {
            throw fail(e);
        }
    }

    /** {@code a.item(*args)}. */
    @HostAccess.Export
    public Object item(NDArray a, Value args) {
        try {
            Object[] idx = values.tuple(args);
            int[] index = new int[idx.length];
            for (int i = 0; i < idx.length; i++) {
                index[i] = org.numpyjvm.api.dynamic.Conversions.index(idx[i]);
            }
            return result(a.item(index));
        } catch (RuntimeException e) {
            throw fail(e);
        }
    }

    /**
     * {@code a[key]}: an NDArray, or for a 0-d result of an index without Ellipsis the element
     * (then {@link #lastScalarName} tells its type).
     */
    @HostAccess.Export
    public Object getitem(NDArray a, Value key) {
        try {
            List<Object> items = values.index(key);
            NDArray r = a.get(Index.of(items.toArray()));
            if (r.ndim() == 0 && !items.contains(Index.ELLIPSIS)) {
                DType d = r.dtype();
                lastScalarName = d.isString() ? (d.kind() == 'U' ? "str" : "bytes") : d.name();
                return result(r.item());
            }
            return r;
        } catch (RuntimeException e) {
            throw fail(e);
        }
    }

    private String lastScalarName;

    /** The scalar type name ({@code float64}, {@code str}...) of the last element {@link #getitem} returned. */
    @HostAccess.Export
    public String lastScalarName() {
        return lastScalarName;
    }

    /** {@code a[key] = value}. */
    @HostAccess.Export
    public Object setitem(NDArray a, Value key, Value value) {
        CallingState calling = CallingState.get();
        NumpyState outer = calling.enter(state);
        Results.dropStaleEvents();
        try {
            a.set(Index.of(values.index(key).toArray()), values.convert(value));
            return Results.warned(null); // null, or the cast's FP error events ("overflow encountered in cast")
        } catch (RuntimeException e) {
            throw fail(e);
        } finally {
            calling.exit(outer);
        }
    }

    @HostAccess.Export
    public NDArray copy(NDArray a, String order) {
        try {
            return a.copy(order(order));
        } catch (RuntimeException e) {
            throw fail(e);
        }
    }

    @HostAccess.Export
    public Object astype(NDArray a, Value dtype, String order, String casting, boolean copy) {
        CallingState calling = CallingState.get();
        NumpyState outer = calling.enter(state);
        Results.dropStaleEvents();
        try {
            DType dt = values.dtype(values.convert(dtype));
            if (dt == null) {
                dt = DType.FLOAT64;
            }
            return Results.warned(a.astype(dt, order(order), casting, copy));
        } catch (RuntimeException e) {
            throw fail(e);
        } finally {
            calling.exit(outer);
        }
    }

    private static char order(String order) {
        if (order == null || order.length() != 1 || "CFAK".indexOf(order.charAt(0)) < 0) {
            throw new org.numpyjvm.api.ValueError("order must be one of 'C', 'F', 'A', or 'K' (got '" + order + "')");
        }
        return order.charAt(0);
    }

    // ---------------------------------------------------------------- dtype

    /** The dtype helpers ({@code np.dtype}'s text attributes, comparisons, scalar text). */
    @HostAccess.Export
    public DTypes dtypes() {
        return dtypes;
    }

    // ---------------------------------------------------------------- ndarray protocol (numpy/_protocol.py)

    /** {@code a.tobytes(order)}: the raw bytes (C order by default), e.g. for pickling. */
    @HostAccess.Export
    public Object tobytes(NDArray a, String order) {
        try {
            return new Results.BytesText(new String(a.tobytes(order(order)), StandardCharsets.ISO_8859_1));
        } catch (RuntimeException e) {
            throw fail(e);
        }
    }

    /**
     * The in-place form of a view {@code v} of {@code a} ({@code a.shape = ...}, {@code a.dtype = ...}):
     * v's dtype and layout over the same storage, with a's base and writeable flag (so an owner
     * stays an owner); null when v is a copy (does not share a's storage).
     */
    @HostAccess.Export
    public NDArray inPlace(NDArray v, NDArray a) {
        Object data = Internals.data(v);
        if (data != Internals.data(a)) {
            return null;
        }
        return Internals.create(v.dtype(), data, v.shape(), Internals.strides(v).clone(), Internals.offset(v),
                a.base(), a.isWriteable());
    }

    /** Whether two arrays are the same storage (an owner and its in-place form, see {@link #inPlace}). */
    @HostAccess.Export
    public boolean sameData(NDArray a, NDArray b) {
        return Internals.data(a) == Internals.data(b);
    }

    // ================================================================ pyroutes: fast routes of the Python package
    // (numpy/_ndarray.py, numpy/_methods.py): results in the fast calls' shapes (FastResults, #fast). They stay
    // on Bridge: moved to a class of their own (tried), every call from Python got 2-3x slower (a[1] 66 ->
    // 200 ns), as GraalPy's foreign calls then see two host receiver classes in the hot paths.

    /**
     * {@code a.astype(dt, order, casting, copy)} for a dtype the package already has as a Java DType: the
     * fast calls' result (a new NDArray, {@code a} itself as a {@link #LINK}, or {@link #WARNED}).
     */
    @HostAccess.Export
    public Object astypeFast(NDArray a, DType dt, String order, String casting, boolean copy) {
        CallingState calling = CallingState.get();
        NumpyState outer = calling.enter(state);
        Results.dropStaleEvents();
        try {
            return fast(a.astype(dt, order(order), casting, copy), false, a, null, null);
        } catch (RuntimeException e) {
            throw fail(e);
        } finally {
            calling.exit(outer);
        }
    }

    /**
     * {@code a[key]} for an NDArray key (an integer or boolean index array), as {@link #getitem} gives it, in
     * the fast calls' shapes: an element ({@link #SCALAR}) for a 0-d result, else the array (linked to a).
     */
    @HostAccess.Export
    public Object getitemArray(NDArray a, NDArray key) {
        return getitemOne(a, key);
    }

    /**
     * {@code a[key]} for a Python list key of values as the fast calls take them ({@code seq}: Python ints,
     * bools, floats, strs, None, NDArrays), as {@link #getitem} gives it; see {@link #getitemArray}.
     */
    @HostAccess.Export
    public Object getitemList(NDArray a, Object... seq) {
        List<Object> list;
        try {
            list = args(seq);
        } catch (RuntimeException e) {
            throw fail(e);
        }
        return getitemOne(a, list);
    }

    private Object getitemOne(NDArray a, Object key) {
        try {
            NDArray r = a.get(Index.of(key));
            return r.ndim() == 0 ? fastResults.scalar(r) : FastResults.linked(r, a, null, null);
        } catch (RuntimeException e) {
            throw fail(e);
        }
    }

    /**
     * {@code a.reshape(shape)} (order 'C', copy None) for a shape given as values as the fast calls take them
     * ({@code seq}), as the registry's reshape gives it ({@link FastResults#view}).
     */
    @HostAccess.Export
    public Object reshapeFast(NDArray a, NDArray pb, Object... seq) {
        try {
            int[] dims = new int[seq == null ? 1 : seq.length];
            for (int i = 0; i < dims.length; i++) { // Python ints that fit a Java int, as Conversions.shape reads them
                Object o = seq == null ? null : seq[i];
                long d = o instanceof Integer ? (Integer) o : o instanceof Long ? (Long) o : Long.MIN_VALUE;
                if (d != (int) d) { // anything else: the general conversion (its errors)
                    dims = org.numpyjvm.api.dynamic.Conversions.shape(args(seq));
                    break;
                }
                dims[i] = (int) d;
            }
            return FastResults.view(a.reshape('C', dims), a, pb);
        } catch (RuntimeException e) {
            throw fail(e);
        }
    }

    /** {@code a.ravel(order)} for order 'C', 'F', 'A' or 'K', as the registry's ravel gives it ({@link FastResults#view}). */
    @HostAccess.Export
    public Object ravelFast(NDArray a, String order, NDArray pb) {
        try {
            return FastResults.view(a.ravel(order(order)), a, pb);
        } catch (RuntimeException e) {
            throw fail(e);
        }
    }
}
