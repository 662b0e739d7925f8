package org.numpyjvm.wasm;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.numpyjvm.api.Complex;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.FInfo;
import org.numpyjvm.api.IInfo;
import org.numpyjvm.api.Printing;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.dynamic.Registry;
import org.numpyjvm.api.NumpyException;

/**
 * The WASI guard rail's demo: exercises numpy-api and prints deterministic text, the same on
 * the JVM and in {@code numpy-jvm.wasm} (the integration test compares the two).
 *
 * <p>Arguments: none for the demo; {@code --throw MESSAGE} throws an uncaught
 * {@code ValueError} (the module must print it to stderr and exit 1); {@code --exit N} calls
 * {@code System.exit(N)} after printing one line.
 */
public final class GuardRailDemo {
    private GuardRailDemo() {
    }

    public static void main(String[] args) {
        if (args.length >= 2 && args[0].equals("--throw")) {
            throw new org.numpyjvm.api.ValueError(args[1]);
        }
        if (args.length >= 2 && args[0].equals("--exit")) {
            System.out.println("exiting with " + Integer.parseInt(args[1]));
            System.exit(Integer.parseInt(args[1]));
            return;
        }
        run(System.out, args.length);
        System.out.flush();
    }

    /** Everything the demo prints; {@code zero} is 0 (the argument count), unknown to the compilers. */
    public static void run(PrintStream out, int zero) {
        out.println("numpy-jvm guard rail demo");
        dtypes(out);
        errors(out);
        complex(out);
        arrays(out);
        arrayErrors(out);
        indexingAndTypes(out);
        printing(out);
        manipulation(out);
        dynamic(out);
        math(out);
        platform(out);
        division(out, zero);
        out.println("done");
    }

    private static final DType[] DTYPES = {
        DType.BOOL, DType.INT8, DType.UINT8, DType.INT16, DType.UINT16, DType.INT32, DType.UINT32,
        DType.INT64, DType.UINT64, DType.FLOAT16, DType.FLOAT32, DType.FLOAT64, DType.COMPLEX64,
        DType.COMPLEX128, DType.str(5), DType.bytes(3), DType.str(0),
    };

    private static void dtypes(PrintStream out) {
        out.println("== dtypes");
        for (DType d : DTYPES) {
            out.println(d.name() + " str=" + d.str() + " itemsize=" + d.itemsize() + " kind=" + d.kind()
                    + " char=" + d.ch() + " byteorder=" + d.byteorder() + " storage=" + d.storage()
                    + " slots=" + d.slots() + " repr=" + d.repr() + " toString=" + d);
        }
        DType big = DType.FLOAT64.withByteOrder('>');
        out.println("float64 big-endian: str=" + big.str() + " repr=" + big.repr() + " native=" + big.isNative()
                + " equals native=" + big.equals(DType.FLOAT64));
        out.println("int8 withByteOrder('>') is itself: " + (DType.INT8.withByteOrder('>') == DType.INT8));
        out.println("of(FLOAT32) == FLOAT32: " + (DType.of(DType.Code.FLOAT32) == DType.FLOAT32));
        out.println("complex128.realPart: " + DType.COMPLEX128.realPart());
    }

    private static void errors(PrintStream out) {
        out.println("== errors");
        try {
            DType.str(-1);
            out.println("no error?");
        } catch (NumpyException e) {
            out.println(e.pythonType() + ": " + e.getMessage());
        }
    }

    private static String describe(NDArray a) {
        return "shape=" + Arrays.toString(a.shape()) + " strides=" + Arrays.toString(a.strides())
                + " dtype=" + a.dtype() + " C=" + a.isCContiguous() + " F=" + a.isFContiguous()
                + " writeable=" + a.isWriteable() + " owns=" + a.ownsData();
    }

    private static void show(PrintStream out, String label, NDArray a) {
        out.println(label + ": " + describe(a));
        out.println("  repr: " + a);
        out.println("  str:  " + a.str());
    }

    private static void arrays(PrintStream out) {
        out.println("== arrays");
        NDArray a = Np.arange(12).reshape(3, 4);
        show(out, "arange(12).reshape(3, 4)", a);
        NDArray s = a.get("1:3, ::2");
        show(out, "a[1:3, ::2]", s);
        out.println("  shares memory with a: " + Np.sharesMemory(a, s) + ", base is a: " + (s.base() == a));
        show(out, "a[::-1, 1]", a.get("::-1, 1"));
        show(out, "a[..., None, 2]", a.get("..., None, 2"));
        show(out, "a.T", a.T());
        show(out, "a.T.copy()", a.T().copy());
        show(out, "a[1:3, ::2].flatten()", s.flatten());
        NDArray b = Np.broadcastTo(Np.arange(3), 2, 3);
        show(out, "broadcast_to(arange(3), (2, 3))", b);
        out.println("  shape of broadcast_shapes((2, 1), (1, 3)): " + Arrays.toString(Np.broadcastShapes(new int[] {2, 1}, new int[] {1, 3})));
        show(out, "zeros((2, 3))", Np.zeros(2, 3));
        show(out, "zeros(int32, (2,))", Np.zeros(DType.INT32, 2));
        show(out, "ones(uint8, (2, 2))", Np.ones(DType.UINT8, 2, 2));
        show(out, "arange(0.0, 2.0, 0.5)", Np.arange(0.0, 2.0, 0.5));
        show(out, "array({{1, 2}, {3, 4}}).astype(float64)", Np.array(new long[][] {{1, 2}, {3, 4}}).astype(DType.FLOAT64));
        show(out, "array({1.5, -2.0, 0.25})", Np.array(new double[] {1.5, -2.0, 0.25}));
        NDArray d = Np.arange(9).reshape(3, 3).diagonal();
        show(out, "arange(9).reshape(3, 3).diagonal()", d);
        NDArray m = Np.zeros(3, 4);
        m.set("1, :", Np.arange(4));
        m.set(":, 3", 7);
        show(out, "zeros((3, 4)) with m[1, :] = arange(4), m[:, 3] = 7", m);
        out.println("  item(1, 2) = " + m.item(1, 2) + ", getLong(2, 3) = " + m.getLong(2, 3));
        NDArray c = Np.zeros(DType.COMPLEX128, 2);
        show(out, "zeros(complex128, (2,)).real", c.real());
        out.println("  tolist of arange(6).reshape(2, 3): " + Np.arange(6).reshape(2, 3).tolist());
    }

    private static void arrayErrors(PrintStream out) {
        out.println("== array errors");
        attempt(out, "arange(12).reshape(5)", () -> Np.arange(12).reshape(5));
        attempt(out, "broadcast_to(arange(3), (2, 4))", () -> Np.broadcastTo(Np.arange(3), 2, 4));
        attempt(out, "arange(3)[5]", () -> Np.arange(3).get("5"));
        attempt(out, "arange(3)[1, 2]", () -> Np.arange(3).get("1, 2"));
        attempt(out, "write to broadcast view", () -> Np.broadcastTo(Np.arange(3), 2, 3).set("0, 0", 1));
        attempt(out, "swapaxes(arange(3), 0, 3)", () -> Np.arange(3).swapaxes(0, 3));
    }

    private static void indexingAndTypes(PrintStream out) {
        out.println("== advanced indexing, types");
        NDArray a = Np.arange(10, 20);
        out.println("take(arange(10, 20), [7, 0, -1]) = " + Np.take(a, new long[] {7, 0, -1}));
        NDArray mask = Np.array(new boolean[] {true, false, true, false, false, true, false, false, false, true});
        out.println("extract(mask, a) = " + Np.extract(mask, a));
        out.println("where(mask, a, -1) = " + Np.where(mask, a, -1L));
        out.println("nonzero(mask) = " + Arrays.toString(Np.nonzero(mask)));
        NDArray m = Np.zeros(DType.INT32, 3, 3);
        Np.fillDiagonal(m, 5L);
        Np.put(m, new long[] {1, 2}, new long[] {8, 9});
        out.println("fill_diagonal + put on zeros((3, 3), int32) =\n" + m);
        out.println("promote_types(int8, uint8) = " + Np.promoteTypes(DType.INT8, DType.UINT8)
                + ", promote_types(int64, float32) = " + Np.promoteTypes(DType.INT64, DType.FLOAT32)
                + ", result_type(int16, complex64) = " + Np.resultType(DType.INT16, DType.COMPLEX64));
        out.println("can_cast(int64, int32) = " + Np.canCast(DType.INT64, DType.INT32)
                + ", same_kind = " + Np.canCast(DType.INT64, DType.INT32, "same_kind")
                + ", dtype('<U3') = " + Np.dtype("<U3").repr());
        IInfo i8 = Np.iinfo(DType.INT8);
        IInfo u64 = Np.iinfo(DType.UINT64);
        out.println("iinfo(int8) = [" + i8.min() + ", " + i8.max() + "], iinfo(uint64).max = " + u64.max());
        FInfo f64 = Np.finfo(DType.FLOAT64);
        out.println("finfo(float64): eps bits " + Long.toHexString(Double.doubleToLongBits(f64.eps()))
                + ", precision " + f64.precision() + ", maxexp " + f64.maxexp());
        out.println(Np.finfo(DType.FLOAT32));
        out.println(Np.iinfo(DType.INT16));
    }

    private static void printing(PrintStream out) {
        out.println("== printing");
        out.println(Np.arange(0.0, 1.0, 0.1));
        out.println(Np.array(new double[] {1e-10, 1.5, 1e10}));
        out.println(Np.array(new double[] {Double.NaN, Double.POSITIVE_INFINITY, -0.0, 1.0 / 3}));
        out.println(Np.array(new float[] {0.1f, 2.5f, -3.75f}));
        out.println(Np.ones(DType.COMPLEX128, 2));
        out.println(Np.arange(2000).reshape(2, 1000));
        out.println(Np.arange(24).reshape(2, 3, 4).str());
        out.println(Np.linspace(0, 1, 5));
        out.println(Np.logspace(0, 3, 4));
        out.println(Np.geomspace(1, 1000, 4));
        out.println(Np.eye(3));
        out.println(Np.fullLike(Np.arange(4), 9));
        out.println(Np.asfortranarray(Np.arange(6).reshape(2, 3)).isFContiguous());
        out.println(Printing.formatFloatPositional(0.1) + " " + Printing.formatFloatPositional(1e22) + " "
                + Printing.formatFloatScientific(123456.789) + " " + Printing.formatFloatScientific(5e-324));
    }

    private static void manipulation(PrintStream out) {
        out.println("== manipulation");
        NDArray a = Np.arange(6).reshape(2, 3);
        NDArray b = Np.arange(6, 12).reshape(2, 3);
        out.println("concatenate(axis 0) =\n" + Np.concatenate(a, b));
        out.println("stack(axis 1) shape = " + Arrays.toString(Np.stack(new NDArray[] {a, b}, 1).shape()));
        out.println("hstack =\n" + Np.hstack(a, b));
        out.println("split(arange(6), 3) = " + Arrays.toString(Np.split(Np.arange(6), 3)));
        out.println("tile(arange(3), 2) = " + Np.tile(Np.arange(3), 2) + ", repeat(arange(3), 2) = " + Np.repeat(Np.arange(3), 2));
        out.println("flip(a) =\n" + Np.flip(a) + "\nroll(arange(5), 2) = " + Np.roll(Np.arange(5), 2));
        out.println("rot90(a) =\n" + Np.rot90(a));
        out.println("expand_dims(a, 0).shape = " + Arrays.toString(Np.expandDims(a, 0).shape())
                + ", squeeze(zeros((1, 3, 1))).shape = " + Arrays.toString(Np.squeeze(Np.zeros(1, 3, 1)).shape()));
        out.println("casts: " + Np.array(new double[] {1.5, -2.7, 100.0}).astype(DType.INT8) + " "
                + Np.array(new long[] {300, -1}).astype(DType.UINT8) + " "
                + Np.array(new double[] {0.1, 1e-7, 2.0}).astype(DType.str(12)) + " "
                + Np.array(new long[] {0, 2}).astype(DType.BOOL));
        attempt(out, "concatenate((2, 3), (3,))", () -> Np.concatenate(a, Np.arange(3)));
    }

    private static Map<String, Object> kw(Object... pairs) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    /** The dynamic call layer (what the WASI script runner will call), found through ServiceLoader. */
    private static void dynamic(PrintStream out) {
        out.println("== dynamic call layer");
        Registry r = Registry.global();
        out.println("functions: " + r.functions().keySet());
        Object a = r.call("arange", new Object[] {12L}, kw());
        Object m = r.call("reshape", new Object[] {a}, kw("shape", List.of(3L, 4L)));
        out.println("reshape(arange(12), shape=[3, 4]) = " + m);
        out.println("zeros([2, 2], dtype='int32') = " + r.call("zeros", new Object[] {List.of(2L, 2L)}, kw("dtype", "int32")));
        out.println("full(3, 7, dtype='uint8') = " + r.call("full", new Object[] {3L, 7L}, kw("dtype", "uint8")));
        out.println("arange(1, 10, 4) = " + r.call("arange", new Object[] {1L, 10L, 4L}, kw()));
        out.println("broadcast_shapes((2, 1), (3,)) = " + r.call("broadcast_shapes",
                new Object[] {List.of(2L, 1L), List.of(3L)}, kw()));
        out.println("swapaxes(m, 0, 1) = " + r.call("swapaxes", new Object[] {m, 0L, 1L}, kw()));
        Object f = r.call("array", new Object[] {List.of(1.0, 1e10, Double.NaN, Double.POSITIVE_INFINITY)}, kw("dtype", "float32"));
        Object g = r.call("array", new Object[] {List.of(1.0 + 1e-9, 1.00001e10, Double.NaN, Double.POSITIVE_INFINITY)}, kw());
        out.println("isclose(f, g) = " + r.call("isclose", new Object[] {f, g}, kw()));
        out.println("isclose(f, g, rtol=0, equal_nan=True) = " + r.call("isclose", new Object[] {f, g},
                kw("rtol", 0L, "equal_nan", true)));
        out.println("allclose(f, g, equal_nan=True) = " + r.call("allclose", new Object[] {f, g}, kw("equal_nan", true)));
        out.println("array_equal(['a', 'b'], ['a', 'b']) = " + r.call("array_equal",
                new Object[] {List.of("a", "b"), List.of("a", "b")}, kw()));
        out.println("array_equiv([1, 2], [[1, 2], [1, 2]]) = " + r.call("array_equiv",
                new Object[] {List.of(1L, 2L), List.of(List.of(1L, 2L), List.of(1L, 2L))}, kw()));
        attempt(out, "np.isclose([1, 2, 3], [1, 2])", () -> r.call("isclose", new Object[] {List.of(1L, 2L, 3L),
            List.of(1L, 2L)}, kw()));
        attempt(out, "np.nonexistent()", () -> r.call("nonexistent", new Object[0], kw()));
        attempt(out, "np.zeros(2, bogus=1)", () -> r.call("zeros", new Object[] {2L}, kw("bogus", 1L)));
        attempt(out, "np.reshape()", () -> r.call("reshape", new Object[0], kw()));
        attempt(out, "np.reshape(arange(12), shape=[5])", () -> r.call("reshape", new Object[] {a}, kw("shape", List.of(5L))));
    }

    private interface Action {
        Object run();
    }

    private static void attempt(PrintStream out, String what, Action action) {
        try {
            Object r = action.run();
            out.println(what + " -> no error: " + r);
        } catch (NumpyException e) {
            out.println(what + " -> " + e.pythonType() + ": " + e.getMessage());
        } catch (ArithmeticException e) {
            out.println(what + " -> ArithmeticException: " + e.getMessage());
        }
    }

    private static void complex(PrintStream out) {
        out.println("== complex");
        Complex c = Complex.of(1.5, -2.0);
        out.println(c + " re=" + c.re() + " im=" + c.im() + " equals=" + c.equals(Complex.of(1.5, -2.0)));
        out.println(Complex.of(0.0, 0.25));
    }

    /** Values printed as integers after scaling, so the JVM's and TeaVM's double printing cannot differ. */
    private static String fixed(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        long scaled = Math.round(x * 1e9);
        String sign = scaled < 0 ? "-" : "";
        long abs = Math.abs(scaled);
        String frac = Long.toString(abs % 1_000_000_000L);
        while (frac.length() < 9) {
            frac = "0" + frac;
        }
        return sign + abs / 1_000_000_000L + "." + frac;
    }

    private static void math(PrintStream out) {
        out.println("== math");
        out.println("sqrt(2)=" + fixed(Math.sqrt(2)) + " sqrt(-1)=" + fixed(Math.sqrt(-1))
                + " floor(-2.5)=" + fixed(Math.floor(-2.5)) + " ceil(-2.5)=" + fixed(Math.ceil(-2.5))
                + " exact sqrt(1e16)=" + (Math.sqrt(1e16) == 1e8));
        out.println("sin(1)=" + fixed(Math.sin(1)) + " cos(1)=" + fixed(Math.cos(1)) + " tan(1)=" + fixed(Math.tan(1)));
        out.println("asin(0.5)=" + fixed(Math.asin(0.5)) + " acos(0.5)=" + fixed(Math.acos(0.5))
                + " atan(2)=" + fixed(Math.atan(2)) + " atan2(-1,-1)=" + fixed(Math.atan2(-1, -1)));
        out.println("exp(1)=" + fixed(Math.exp(1)) + " log(10)=" + fixed(Math.log(10))
                + " log10(2)=" + fixed(Math.log10(2)) + " pow(2,0.5)=" + fixed(Math.pow(2, 0.5))
                + " pow(-8,1/3)=" + fixed(Math.pow(-8, 1.0 / 3)));
        out.println("expm1(1e-10)*1e10=" + fixed(Math.expm1(1e-10) * 1e10) + " log1p(1e-10)*1e10="
                + fixed(Math.log1p(1e-10) * 1e10) + " sinh(1)=" + fixed(Math.sinh(1)) + " cosh(1)="
                + fixed(Math.cosh(1)) + " tanh(0.5)=" + fixed(Math.tanh(0.5)) + " cbrt(27)=" + fixed(Math.cbrt(27))
                + " hypot(3,4)=" + fixed(Math.hypot(3, 4)));
        // the fdlibm functions are bit-identical to the JVM's StrictMath, so their bits must match
        double[] xs = {-745.1, -20.5, -1.0e-9, 0.3, 0.7, 1.0, 3.0, 22.5, 700.0};
        StringBuilder bits = new StringBuilder("StrictMath bits:");
        for (double x : xs) {
            bits.append(' ').append(Long.toHexString(Double.doubleToLongBits(StrictMath.exp(x))))
                    .append(',').append(Long.toHexString(Double.doubleToLongBits(StrictMath.expm1(x))))
                    .append(',').append(Long.toHexString(Double.doubleToLongBits(StrictMath.log(Math.abs(x)))))
                    .append(',').append(Long.toHexString(Double.doubleToLongBits(StrictMath.log10(Math.abs(x)))))
                    .append(',').append(Long.toHexString(Double.doubleToLongBits(StrictMath.log1p(x))))
                    .append(',').append(Long.toHexString(Double.doubleToLongBits(StrictMath.sinh(x))))
                    .append(',').append(Long.toHexString(Double.doubleToLongBits(StrictMath.cosh(x))))
                    .append(',').append(Long.toHexString(Double.doubleToLongBits(StrictMath.tanh(x))))
                    .append(',').append(Long.toHexString(Double.doubleToLongBits(StrictMath.atan(x))))
                    .append(',').append(Long.toHexString(Double.doubleToLongBits(StrictMath.atan2(x, 0.75))))
                    .append(',').append(Long.toHexString(Double.doubleToLongBits(StrictMath.pow(Math.abs(x), 1.37))))
                    .append(',').append(Long.toHexString(Double.doubleToLongBits(StrictMath.pow(1.0001, x * 9.5))));
        }
        out.println(bits);
        out.println("StrictMath.sin(1)=" + fixed(StrictMath.sin(1)) + " exp(-inf)=" + fixed(Math.exp(Double.NEGATIVE_INFINITY))
                + " log(0)=" + fixed(Math.log(0)));
    }

    /** Java's integer division semantics (wasm's div/rem instructions trap on these). */
    private static void division(PrintStream out, int zero) {
        out.println("== integer division");
        int minusOne = zero - 1;
        long zeroL = zero;
        out.println("MIN_VALUE / -1 = " + (Integer.MIN_VALUE / minusOne) + ", MIN_VALUE % -1 = " + (Integer.MIN_VALUE % minusOne)
                + ", Long.MIN_VALUE / -1 = " + (Long.MIN_VALUE / (zeroL - 1)) + ", -7 / 2 = " + (-7 / (zero + 2))
                + ", -7 % 2 = " + (-7 % (zero + 2)) + ", floorDiv(-7, 2) = " + Math.floorDiv(-7, zero + 2)
                + ", floorMod(-7L, 2L) = " + Math.floorMod(-7L, zeroL + 2));
        attempt(out, "7 / 0", () -> 7 / zero);
        attempt(out, "7 % 0", () -> 7 % zero);
        attempt(out, "7L / 0L", () -> 7L / zeroL);
        attempt(out, "7L % 0L", () -> 7L % zeroL);
        attempt(out, "Math.floorDiv(7, 0)", () -> Math.floorDiv(7, zero));
        attempt(out, "Math.floorMod(7L, 0L)", () -> Math.floorMod(7L, zeroL));
    }

    private static void platform(PrintStream out) {
        out.println("== platform");
        long t0 = System.nanoTime();
        long t1 = System.nanoTime();
        out.println("nanoTime monotonic: " + (t1 >= t0 && t0 != 0));
        out.println("availableProcessors >= 1: " + (Runtime.getRuntime().availableProcessors() >= 1));
    }
}
