package org.numpyjvm.python;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Value;
import org.numpyjvm.api.Bytes;
import org.numpyjvm.api.Complex;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.Index;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.Slice;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.dynamic.Conversions;

/**
 * Python values to the dynamic layer's Java values: int → Long (BigInteger when large), float →
 * Double, bool → Boolean, str → String, None → null, list/tuple → List, complex →
 * {@link Complex}, numpy.ndarray → its {@link NDArray}, numpy.dtype → its {@link DType}, types
 * ({@code float}, {@code np.int32}) → dtype names, slice → {@link Slice}, Ellipsis →
 * {@link Index#ELLIPSIS}, bytes → {@link Bytes}, NumPy scalars (np.float32(1.5)...) → 0-d NDArrays of their dtype.
 */
final class PyValues {
    private Value ndarray;
    private Value dtype;
    private Value pyFloat;
    private Value pyComplex;
    private Value tuple;
    private Value slice;
    private Value ellipsis;
    private Value scalarBase;
    private Value pyBytes;
    private Value bulk;

    /** Lists from this length go through the package's bulk function first. */
    private static final int BULK = 64;

    void setup(Value ndarray, Value dtype, Value pyFloat, Value pyComplex, Value tuple, Value slice, Value ellipsis,
            Value scalarBase, Value pyBytes, Value bulk) {
        this.bulk = bulk;
        this.pyBytes = pyBytes;
        this.ndarray = ndarray;
        this.dtype = dtype;
        this.pyFloat = pyFloat;
        this.pyComplex = pyComplex;
        this.tuple = tuple;
        this.slice = slice;
        this.ellipsis = ellipsis;
        this.scalarBase = scalarBase;
    }

    private void ready() {
        if (ndarray == null) {
            throw new IllegalStateException("Bridge.setup was not called by the numpy package");
        }
    }

    /** A tuple (or list) of arguments. */
    Object[] tuple(Value args) {
        if (args == null || args.isNull()) {
            return new Object[0];
        }
        int n = (int) args.getArraySize();
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) {
            out[i] = convert(args.getArrayElement(i));
        }
        return out;
    }

    /** A dict of keyword arguments (null when empty). */
    Map<String, Object> keywords(Value kwargs) {
        if (kwargs == null || kwargs.isNull() || kwargs.getHashSize() == 0) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        Value it = kwargs.getHashEntriesIterator();
        while (it.hasIteratorNextElement()) {
            Value entry = it.getIteratorNextElement();
            out.put(entry.getArrayElement(0).asString(), convert(entry.getArrayElement(1)));
        }
        return out;
    }

    /** The items of an index: a tuple gives several, anything else one. */
    List<Object> index(Value key) {
        ready();
        List<Object> items;
        if (tuple.isMetaInstance(key)) {
            int n = (int) key.getArraySize();
            items = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                items.add(indexItem(key.getArrayElement(i)));
            }
        } else {
            items = Collections.singletonList(indexItem(key));
        }
        return items;
    }

    private Object indexItem(Value v) {
        Object o = scalarValue(v);
        if (o == null) {
            try {
                if (v.hasHashEntries()) { // a dict (NumPy's object array): no index
                    throw new TypeError("dict");
                }
                o = convert(v);
            } catch (TypeError e) { // object(), a list of such (NumPy's object array): no index
                throw new org.numpyjvm.api.IndexError("only integers, slices (`:`), ellipsis (`...`), "
                        + "numpy.newaxis (`None`) and integer or boolean arrays are valid indices");
            }
        }
        if (o == null) {
            return Index.NEWAXIS;
        }
        if (o instanceof Double || o instanceof String || o instanceof Complex) {
            throw new org.numpyjvm.api.IndexError("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) "
                    + "and integer or boolean arrays are valid indices");
        }
        return o;
    }

    /** One Python value. */
    Object convert(Value v) {
        ready();
        if (v.isNull()) {
            return null;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isString()) {
            return v.asString();
        }
        if (v.isNumber()) {
            if (pyFloat.isMetaInstance(v)) {
                return scalarBase.isMetaInstance(v) ? scalar(v) : (Object) v.asDouble(); // np.float64 subclasses float
            }
            if (v.fitsInLong()) {
                return v.asLong();
            }
            if (v.fitsInBigInteger()) {
                return v.asBigInteger();
            }
            return v.asDouble();
        }
        if (v.isHostObject()) {
            Object o = v.asHostObject();
            if (o instanceof NDArray || o instanceof DType || o instanceof Complex) {
                return o;
            }
            throw new TypeError("numpy-jvm: unsupported host object " + o.getClass().getName());
        }
        if (v.isMetaObject()) { // a type (np.float64, float...) as a dtype: first, as no instance below is a type
            return typeAsDType(v);
        }
        if (ndarray.isMetaInstance(v)) {
            return v.getMember("_a").asHostObject();
        }
        if (dtype.isMetaInstance(v)) {
            return v.getMember("_d").asHostObject();
        }
        if (scalarBase.isMetaInstance(v)) {
            return scalar(v);
        }
        if (pyComplex.isMetaInstance(v)) {
            return new Complex(v.getMember("real").asDouble(), v.getMember("imag").asDouble());
        }
        if (slice.isMetaInstance(v)) {
            return new Slice(sliceBound(v.getMember("start")), sliceBound(v.getMember("stop")),
                    sliceBound(v.getMember("step")));
        }
        if (ellipsis.isMetaInstance(v)) {
            return Index.ELLIPSIS;
        }
        if (pyBytes.isMetaInstance(v)) {
            return new Bytes(bytes(v));
        }
        if (scalarBase.isMetaInstance(v)) {
            // a NumPy scalar that is no Python number, str or bytes (np.bool wraps a Python bool): its value
            return convert(v.invokeMember("_value"));
        }
        if (v.hasMember("__array__")) {
            // NumPy's array protocol: a foreign object converts through its __array__()
            Value r = v.invokeMember("__array__");
            if (!ndarray.isMetaInstance(r)) {
                throw new org.numpyjvm.api.ValueError("object __array__ method not producing an array");
            }
            return r.getMember("_a").asHostObject();
        }
        if (v.hasBufferElements()) {
            return buffer(v);
        }
        if (v.hasArrayElements()) {
            int n = (int) v.getArraySize();
            if (n >= BULK && bulk != null) { // numbers (or rows of them) as one buffer: one bulk copy
                Value b = bulk.execute(v);
                if (!b.isNull()) {
                    return BulkList.of(b);
                }
            }
            List<Object> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(convert(v.getArrayElement(i)));
            }
            return out;
        }
        if (v.hasIterator()) {
            List<Object> out = new ArrayList<>();
            Value it = v.getIterator();
            while (it.hasIteratorNextElement()) {
                out.add(convert(it.getIteratorNextElement()));
            }
            return out;
        }
        throw new TypeError("numpy-jvm: cannot convert a Python '" + v.getMetaObject().getMetaSimpleName() + "' object");
    }

    private final Map<String, DType> scalarTypes = new HashMap<>();

    /**
     * A NumPy scalar (np.int8(1), np.float32(1.5), np.True_...): a 0-d array of its dtype, so that the
     * dynamic layer treats it as NumPy does (a strong typed operand, NEP 50); np.str_ and np.bytes_
     * stay Python str/bytes values.
     */
    private Object scalar(Value v) {
        String name = v.getMember("_njvm_dtype").asString();
        if (name.equals("bytes")) {
            return new Bytes(bytes(v));
        }
        Object value = convertPlain(v.getMember("_v"));
        return Np.array(value, dtypeNamed(name));
    }

    /** {@code DType.of(name)} for the names of NumPy's scalar types, remembered. */
    private DType dtypeNamed(String name) {
        DType dt = scalarTypes.get(name);
        if (dt == null) {
            dt = DType.of(name);
            scalarTypes.put(name, dt);
        }
        return dt;
    }

    /** The value of a NumPy scalar (its _v: a Python bool, int, float or complex). */
    private Object convertPlain(Value v) {
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isNumber()) {
            if (pyFloat.isMetaInstance(v)) {
                return v.asDouble();
            }
            return v.fitsInLong() ? (Object) v.asLong() : v.asBigInteger();
        }
        return new Complex(v.getMember("real").asDouble(), v.getMember("imag").asDouble());
    }

    /** A NumPy scalar's Python value when it is one (indices: np.int64(1) is the int 1), else null. */
    private Object scalarValue(Value v) {
        if (v.isString() || v.isNull() || !scalarBase.isMetaInstance(v) || !v.hasMember("_v")) {
            return null;
        }
        return convertPlain(v.getMember("_v"));
    }

    /** The one-character element formats of Python's array module that are NumPy dtype codes too. */
    private static final String BUFFER_CODES = "bBhHiIlLqQfd";

    /**
     * A Python buffer (array.array, bytearray, memoryview): an array of its element type (the
     * array's typecode, the memoryview's one-character format, else uint8) and shape, copied in bulk
     * (NumPy reads the buffer protocol: {@code np.array(bytearray(b'ab'))} is uint8).
     */
    private NDArray buffer(Value v) {
        String code = v.hasMember("typecode") ? v.getMember("typecode").asString()
                : v.hasMember("format") ? v.getMember("format").asString() : "B";
        DType dt = DType.of(code.length() == 1 && BUFFER_CODES.indexOf(code.charAt(0)) >= 0 ? code : "B");
        byte[] bytes = new byte[(int) v.getBufferSize()];
        v.readBuffer(0, bytes, 0, bytes.length);
        NDArray a = Buffers.toArray(dt, ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN), bytes.length / dt.itemsize());
        Value shape = v.hasMember("shape") ? v.getMember("shape") : null;
        if (shape != null && shape.hasArrayElements() && shape.getArraySize() != 1) {
            int[] dims = new int[(int) shape.getArraySize()];
            for (int i = 0; i < dims.length; i++) {
                dims[i] = shape.getArrayElement(i).asInt();
            }
            a = a.reshape(dims);
        }
        return a;
    }

    /** A Python bytes value: its bytes (one bulk read when it exposes a buffer). */
    private static byte[] bytes(Value v) {
        if (v.hasBufferElements()) {
            byte[] out = new byte[(int) v.getBufferSize()];
            v.readBuffer(0, out, 0, out.length);
            return out;
        }
        byte[] out = new byte[(int) v.getArraySize()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) v.getArrayElement(i).asInt();
        }
        return out;
    }

    private Integer sliceBound(Value v) {
        Object o = convert(v);
        if (o == null) {
            return null;
        }
        if (!Conversions.isInteger(o) && !(o instanceof Boolean) && !(o instanceof NDArray)) {
            throw new TypeError("slice indices must be integers or None or have an __index__ method");
        }
        return Conversions.index(o);
    }

    /** A Python type used as a dtype: float → 'float64', int → 'int64', np.int32 → 'int32'... */
    private Object typeAsDType(Value type) {
        if (type.hasMember("_njvm_dtype") && scalarBase != null) {
            Value name = type.getMember("_njvm_dtype");
            if (name.isString()) {
                return dtypeNamed(name.asString());
            }
        }
        switch (type.getMetaQualifiedName()) {
            case "float": return DType.FLOAT64;
            case "int": return DType.INT64;
            case "bool": return DType.BOOL;
            case "complex": return DType.COMPLEX128;
            case "str": return DType.of("U");
            case "bytes": return DType.of("S");
            default:
                throw new TypeError("Cannot interpret '<class '" + type.getMetaQualifiedName() + "'>' as a data type");
        }
    }

    /** A dtype argument after {@link #convert}. */
    DType dtype(Object o) {
        return Conversions.dtype(o);
    }
}
