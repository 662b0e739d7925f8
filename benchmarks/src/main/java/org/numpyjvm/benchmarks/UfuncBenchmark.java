package org.numpyjvm.benchmarks;

import java.util.concurrent.TimeUnit;
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
 * Ufunc calls on float64 arrays of n elements (n = 5: the per-call cost; n = 1e6: the loops),
 * each next to a plain-Java baseline doing the same work on primitive arrays, allocation
 * included ({@code x} and {@code xBaseline} form a pair, as in {@link CopyCastBenchmark}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-Xmn3g", "-XX:+UseParallelGC"})
public class UfuncBenchmark {
    @Param({"5", "1000000"})
    public int n;

    NDArray a;
    NDArray b;
    double[] aRaw;
    double[] bRaw;

    @Setup(Level.Trial)
    public void setUp() {
        aRaw = new double[n];
        bRaw = new double[n];
        for (int k = 0; k < n; k++) {
            aRaw[k] = k * 0.37 - 1000.5;
            bRaw[k] = k * 0.11 + 3;
        }
        a = Np.array(aRaw);
        b = Np.array(bRaw);
    }

    @Benchmark
    public NDArray add() {
        return Np.add(a, b);
    }

    @Benchmark
    public double[] addBaseline() {
        double[] o = new double[n];
        for (int k = 0; k < n; k++) {
            o[k] = aRaw[k] + bRaw[k];
        }
        return o;
    }

    @Benchmark
    public NDArray multiplyScalar() {
        return Np.multiply(a, 2.0);
    }

    @Benchmark
    public double[] multiplyScalarBaseline() {
        double[] o = new double[n];
        for (int k = 0; k < n; k++) {
            o[k] = aRaw[k] * 2.0;
        }
        return o;
    }

    @Benchmark
    public NDArray greaterScalar() {
        return Np.greater(a, 0.0);
    }

    @Benchmark
    public byte[] greaterScalarBaseline() {
        byte[] o = new byte[n];
        for (int k = 0; k < n; k++) {
            o[k] = (byte) (aRaw[k] > 0.0 ? 1 : 0);
        }
        return o;
    }

    @Benchmark
    public NDArray sum() {
        return Np.sum(a);
    }

    @Benchmark
    public double sumBaseline() {
        double s = 0;
        for (int k = 0; k < n; k++) {
            s += aRaw[k];
        }
        return s;
    }
}
