package org.numpyjvm.benchmarks;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Copy, strided copy, astype and broadcast assignment of numpy-jvm arrays, each next to a
 * baseline of plain Java doing the same work ({@code System.arraycopy}, {@code Arrays.fill} or a
 * loop over primitive arrays, allocation included where the operation allocates). Benchmarks
 * named {@code x} and {@code xBaseline} form a pair: the ratio of their times is the overhead.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-Xmn3g", "-XX:+UseParallelGC"})
public class CopyCastBenchmark {
    private static final int COLS = 1000;

    @Param({"1000000", "10000000"})
    public int n;

    NDArray f8;
    NDArray i8;
    NDArray i4;
    NDArray f8Every2;
    NDArray f8Matrix;
    NDArray target;
    NDArray row;
    double[] f8Raw;
    long[] i8Raw;
    int[] i4Raw;
    double[] targetRaw;
    double[] rowRaw;

    @Setup(Level.Trial)
    public void setUp() {
        f8Raw = new double[n];
        i8Raw = new long[n];
        i4Raw = new int[n];
        for (int k = 0; k < n; k++) {
            f8Raw[k] = k * 0.37 - 1000.5;
            i8Raw[k] = k * 7L - 3;
            i4Raw[k] = k - 17;
        }
        f8 = Np.array(f8Raw);
        i8 = Np.array(i8Raw);
        i4 = Np.array(i4Raw);
        f8Every2 = f8.get("::2");
        f8Matrix = f8.reshape(n / COLS, COLS);
        target = Np.zeros(DType.FLOAT64, n / COLS, COLS);
        targetRaw = new double[n];
        rowRaw = new double[COLS];
        for (int k = 0; k < COLS; k++) {
            rowRaw[k] = k * 0.5;
        }
        row = Np.array(rowRaw);
    }

    // ------------------------------------------------------------ contiguous copy

    @Benchmark
    public NDArray copy() {
        return f8.copy();
    }

    @Benchmark
    public double[] copyBaseline() {
        double[] d = new double[n];
        System.arraycopy(f8Raw, 0, d, 0, n);
        return d;
    }

    // ------------------------------------------------------------ strided copies

    @Benchmark
    public NDArray copyEvery2() {
        return f8Every2.copy();
    }

    @Benchmark
    public double[] copyEvery2Baseline() {
        int m = (n + 1) / 2;
        double[] s = f8Raw;
        double[] d = new double[m];
        for (int k = 0; k < m; k++) {
            d[k] = s[2 * k];
        }
        return d;
    }

    @Benchmark
    public NDArray copyTransposed() {
        return f8Matrix.T().copy();
    }

    @Benchmark
    public double[] copyTransposedBaseline() {
        int rows = n / COLS;
        double[] s = f8Raw;
        double[] d = new double[n];
        for (int j = 0; j < COLS; j++) {
            for (int i = 0; i < rows; i++) {
                d[j * rows + i] = s[i * COLS + j];
            }
        }
        return d;
    }

    // ------------------------------------------------------------ astype

    @Benchmark
    public NDArray astypeF8toF4() {
        return f8.astype(DType.FLOAT32);
    }

    @Benchmark
    public float[] astypeF8toF4Baseline() {
        double[] s = f8Raw;
        float[] d = new float[n];
        for (int k = 0; k < n; k++) {
            d[k] = (float) s[k];
        }
        return d;
    }

    @Benchmark
    public NDArray astypeI8toF8() {
        return i8.astype(DType.FLOAT64);
    }

    @Benchmark
    public double[] astypeI8toF8Baseline() {
        long[] s = i8Raw;
        double[] d = new double[n];
        for (int k = 0; k < n; k++) {
            d[k] = s[k];
        }
        return d;
    }

    @Benchmark
    public NDArray astypeF8toI8() {
        return f8.astype(DType.INT64);
    }

    @Benchmark
    public long[] astypeF8toI8Baseline() {
        double[] s = f8Raw;
        long[] d = new long[n];
        for (int k = 0; k < n; k++) {
            d[k] = (long) s[k];
        }
        return d;
    }

    @Benchmark
    public NDArray astypeI4toF8() {
        return i4.astype(DType.FLOAT64);
    }

    @Benchmark
    public double[] astypeI4toF8Baseline() {
        int[] s = i4Raw;
        double[] d = new double[n];
        for (int k = 0; k < n; k++) {
            d[k] = s[k];
        }
        return d;
    }

    // ------------------------------------------------------------ broadcast assignment

    @Benchmark
    public NDArray assignRow() {
        return target.set("...", row);
    }

    @Benchmark
    public double[] assignRowBaseline() {
        double[] d = targetRaw;
        for (int off = 0; off < n; off += COLS) {
            System.arraycopy(rowRaw, 0, d, off, COLS);
        }
        return d;
    }

    @Benchmark
    public NDArray fillScalar() {
        return target.set("...", 1.5);
    }

    @Benchmark
    public double[] fillScalarBaseline() {
        Arrays.fill(targetRaw, 1.5);
        return targetRaw;
    }
}
