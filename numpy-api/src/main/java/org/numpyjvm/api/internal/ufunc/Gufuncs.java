package org.numpyjvm.api.internal.ufunc;

import java.util.ArrayList;
import java.util.List;
import org.numpyjvm.api.DType;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.Np;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.internal.core.Internals;
import org.numpyjvm.api.internal.core.Shapes;
import org.numpyjvm.api.internal.loops.Assign;

/**
 * Generalized ufuncs with a core signature: matmul {@code (n?,k),(k,m?)->(n?,m?)}, vecdot
 * {@code (n),(n)->()}, matvec {@code (m,n),(n)->(m)}, vecmat {@code (n),(n,m)->(m)}. NumPy's
 * core-dimension rules and messages (optional {@code ?} dimensions dropped for 1-d operands,
 * "Input operand 1 has a mismatch in its core dimension 0, ..."), loop dimensions broadcast.
 * All four reduce to one kernel c[n,m] = conj?(a)[n,k] b[k,m] on contiguous copies:
 * float64/float32 in their own type ({@link MatmulKernels}, i-k-j order, so each element is a
 * sequential sum over k: NumPy's BLAS may sum in another order, see docs/ufuncs.md), float16 in
 * float32 (as NumPy's non-BLAS half loop), integers and bool in int64 (wrapping, then cast back),
 * complex in double pairs.
 */
final class Gufuncs {
    private Gufuncs() {
    }

    /** One operand's core dimensions: names, optional flags. */
    private static final class Core {
        final String[] names;
        final boolean[] optional;

        Core(String[] names, boolean[] optional) {
            this.names = names;
            this.optional = optional;
        }
    }

    private static List<Core> parse(String sig) {
        List<Core> out = new ArrayList<>();
        String s = sig.replace("->", ",");
        int i = 0;
        while (i < s.length()) {
            int open = s.indexOf('(', i);
            if (open < 0) {
                break;
            }
            int close = s.indexOf(')', open);
            String body = s.substring(open + 1, close).trim();
            String[] parts = body.isEmpty() ? new String[0] : body.split(",");
            String[] names = new String[parts.length];
            boolean[] opt = new boolean[parts.length];
            for (int j = 0; j < parts.length; j++) {
                String p = parts[j].trim();
                opt[j] = p.endsWith("?");
                names[j] = opt[j] ? p.substring(0, p.length() - 1) : p;
            }
            out.add(new Core(names, opt));
            i = close + 1;
        }
        return out;
    }

    static NDArray call(UfuncDef f, Object[] inputs, NDArray out, Object where, DType dtype, String casting) {
        if (where != null && !Boolean.TRUE.equals(where)) {
            throw new TypeError(f.name + "() got an unexpected keyword argument 'where'");
        }
        if (casting == null) {
            casting = "same_kind";
        }
        List<Core> cores = parse(f.signature);
        Object[] ops = new Object[f.nin];
        for (int i = 0; i < f.nin; i++) {
            ops[i] = UfuncExec.operand(inputs[i]);
        }
        DType[] in = TypeResolution.operandTypes(f, ops);
        DType[] loop = TypeResolution.resolve(f, in, dtype, casting);
        NDArray[] arrs = new NDArray[f.nin];
        for (int i = 0; i < f.nin; i++) {
            arrs[i] = ops[i] instanceof NDArray ? (NDArray) ops[i] : Np.array(ops[i], loop[i]);
        }
        NDArray[] given = arrs.clone();
        // core dimensions: which optional ones are absent, sizes
        List<String> dimNames = new ArrayList<>();
        List<Integer> dimSizes = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        int[][] loopShapes = new int[f.nin][];
        for (int i = 0; i < f.nin; i++) {
            Core c = cores.get(i);
            int[] sh = arrs[i].shape();
            int required = 0;
            for (boolean o : c.optional) {
                required += o ? 0 : 1;
            }
            int ncore = c.names.length;
            if (sh.length < ncore) {
                if (sh.length < required) {
                    throw new ValueError(f.name + ": Input operand " + i + " does not have enough dimensions (has " + sh.length
                            + ", gufunc core with signature " + f.signature + " requires " + required + ")");
                }
                // drop optional dimensions (NumPy: all of the operand's optional ones)
                for (int j = 0; j < ncore; j++) {
                    if (c.optional[j]) {
                        dropped.add(c.names[j]);
                    }
                }
                ncore = required;
            }
            int pos = sh.length - ncore;
            int jj = 0;
            for (int j = 0; j < c.names.length; j++) {
                if (dropped.contains(c.names[j]) && c.optional[j]) {
                    continue;
                }
                int size = sh[pos + jj];
                int k = dimNames.indexOf(c.names[j]);
                if (k < 0) {
                    dimNames.add(c.names[j]);
                    dimSizes.add(size);
                } else if (dimSizes.get(k) != size) {
                    throw new ValueError(f.name + ": Input operand " + i + " has a mismatch in its core dimension " + jj
                            + ", with gufunc signature " + f.signature + " (size " + size + " is different from "
                            + dimSizes.get(k) + ")");
                }
                jj++;
            }
            loopShapes[i] = java.util.Arrays.copyOf(sh, pos);
        }
        Core oc = cores.get(f.nin);
        List<Integer> outCore = new ArrayList<>();
        for (int j = 0; j < oc.names.length; j++) {
            if (oc.optional[j] && dropped.contains(oc.names[j])) {
                continue;
            }
            outCore.add(dimSizes.get(dimNames.indexOf(oc.names[j])));
        }
        int[] batch;
        try {
            batch = Shapes.broadcastShapes(loopShapes);
        } catch (ValueError e) {
            StringBuilder sb = new StringBuilder("operands could not be broadcast together with remapped shapes "
                    + "[original->remapped]: ");
            for (int i = 0; i < f.nin; i++) {
                int[] sh = arrs[i].shape();
                StringBuilder r = new StringBuilder("(");
                for (int j = 0; j < sh.length; j++) {
                    r.append(j < loopShapes[i].length ? Integer.toString(sh[j]) : "newaxis").append(j + 1 < sh.length ? "," : "");
                }
                sb.append(Shapes.tupleStringCompact(sh)).append("->").append(r).append(sh.length == 1 ? ",)" : ")").append(' ');
            }
            StringBuilder req = new StringBuilder("(");
            for (int j = 0; j < outCore.size(); j++) {
                req.append(outCore.get(j)).append(j + 1 < outCore.size() ? "," : "");
            }
            sb.append(" and requested shape ").append(req).append(outCore.size() == 1 ? ",)" : ")");
            throw new ValueError(sb.toString());
        }
        int[] outShape = java.util.Arrays.copyOf(batch, batch.length + outCore.size());
        for (int j = 0; j < outCore.size(); j++) {
            outShape[batch.length + j] = outCore.get(j);
        }
        DType lout = loop[f.nin];
        if (out != null) {
            TypeResolution.checkOutput(f, lout, out.dtype(), casting);
            int[] os = out.shape();
            int oCore = outCore.size();
            if (os.length < oCore) {
                throw new ValueError(f.name + ": Output operand 0 does not have enough dimensions (has " + os.length
                        + ", gufunc core with signature " + f.signature + " requires " + oCore + ")");
            }
            for (int j = 0; j < oCore; j++) {
                int size = os[os.length - oCore + j];
                if (size != outCore.get(j)) {
                    throw new ValueError(f.name + ": Output operand 0 has a mismatch in its core dimension " + j
                            + ", with gufunc signature " + f.signature + " (size " + size + " is different from "
                            + outCore.get(j) + ")");
                }
            }
            if (!java.util.Arrays.equals(os, outShape)) {
                throw new ValueError("non-broadcastable output operand with shape " + Shapes.tupleString(os)
                        + " doesn't match the broadcast shape " + Shapes.tupleString(outShape));
            }
            if (!out.isWriteable()) {
                throw new ValueError("output array is read-only");
            }
        }
        for (int i = 0; i < f.nin; i++) {
            if (!DType.canCast(given[i].dtype(), loop[i], casting)) {
                throw new TypeError("Cannot cast ufunc '" + f.name + "' input " + i + " from " + given[i].dtype().repr()
                        + " to " + loop[i].repr() + " with casting rule '" + casting + "'");
            }
            if (!arrs[i].dtype().equals(loop[i])) {
                arrs[i] = arrs[i].astype(loop[i]);
            }
        }
        int n = dim(f.name, 0, dimNames, dimSizes, dropped);
        int k = dim(f.name, 1, dimNames, dimSizes, dropped);
        int m = dim(f.name, 2, dimNames, dimSizes, dropped);
        int[] loopNd = {loopShapes[0].length, loopShapes[1].length};
        NDArray r = compute(f.name, arrs, loopNd, loop[0], batch, n, k, m).astype(lout).reshape(outShape);
        if (out == null) {
            return r;
        }
        Assign.copyInto(out, r);
        return out;
    }

    /** n (0), k (1), m (2) of the kernel c[n,m] = a[n,k] b[k,m] for each gufunc. */
    private static int dim(String name, int which, List<String> names, List<Integer> sizes, List<String> dropped) {
        String d;
        switch (name) {
            case "matmul": d = which == 0 ? "n" : which == 1 ? "k" : "m"; break;
            case "vecdot": d = which == 1 ? "n" : null; break;
            case "matvec": d = which == 0 ? "m" : which == 1 ? "n" : null; break;
            default: d = which == 1 ? "n" : which == 2 ? "m" : null; break; // vecmat
        }
        if (d == null || dropped.contains(d)) {
            return 1;
        }
        return sizes.get(names.indexOf(d));
    }

    /** The kernel over all batches; returns an array of the compute dtype with shape batch + (n, m). */
    private static NDArray compute(String name, NDArray[] arrs, int[] loopNd, DType dt, int[] batch, int n, int k, int m) {
        DType ct;
        if (dt.isComplex()) {
            ct = DType.COMPLEX128;
        } else if (dt.code() == DType.Code.FLOAT64) {
            ct = DType.FLOAT64;
        } else if (dt.isFloat()) {
            ct = DType.FLOAT32;
        } else {
            ct = DType.INT64;
        }
        int nb = 1;
        for (int b : batch) {
            nb *= b;
        }
        // a as (batch, n, k), b as (batch, k, m), contiguous in the compute dtype
        boolean conj = name.equals("vecdot") || name.equals("vecmat");
        NDArray a = block(arrs[0], loopNd[0], batch, n, k, ct);
        NDArray b = block(arrs[1], loopNd[1], batch, k, m, ct);
        int[] cshape = java.util.Arrays.copyOf(batch, batch.length + 2);
        cshape[batch.length] = n;
        cshape[batch.length + 1] = m;
        NDArray c = Internals.allocate(ct, cshape);
        Object ad = Internals.data(a);
        Object bd = Internals.data(b);
        Object cd = Internals.data(c);
        int ao = Internals.offset(a);
        int bo = Internals.offset(b);
        for (int t = 0; t < nb; t++) {
            int ax = ao + t * n * k;
            int bx = bo + t * k * m;
            int cx = t * n * m;
            switch (ct.code()) {
                case FLOAT64: MatmulKernels.mm((double[]) ad, ax, (double[]) bd, bx, (double[]) cd, cx, n, k, m); break;
                case FLOAT32: MatmulKernels.mm((float[]) ad, ax, (float[]) bd, bx, (float[]) cd, cx, n, k, m); break;
                case INT64: MatmulKernels.mm((long[]) ad, ax, (long[]) bd, bx, (long[]) cd, cx, n, k, m); break;
                default: complexMm((double[]) ad, 2 * ax, (double[]) bd, 2 * bx, (double[]) cd, 2 * cx, n, k, m, conj); break;
            }
        }
        if (dt.isBool()) {
            return c.astype(DType.BOOL, "unsafe");
        }
        return c;
    }

    /** Operand x (loop dimensions, then its 1 or 2 core dimensions) as a contiguous (batch, rows, cols) array of dtype ct. */
    private static NDArray block(NDArray x, int loopNd, int[] batch, int rows, int cols, DType ct) {
        int[] sh = x.shape();
        int coreNd = sh.length - loopNd;
        int[] bshape = java.util.Arrays.copyOf(batch, batch.length + coreNd);
        System.arraycopy(sh, loopNd, bshape, batch.length, coreNd);
        int[] full = java.util.Arrays.copyOf(batch, batch.length + 2);
        full[batch.length] = rows;
        full[batch.length + 1] = cols;
        return Np.ascontiguousarray(Np.broadcastTo(x, bshape), ct).reshape(full);
    }

    private static void complexMm(double[] a, int ao, double[] b, int bo, double[] c, int co, int n, int k, int m, boolean conj) {
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < k; p++) {
                double xr = a[ao + 2 * (i * k + p)];
                double xi = conj ? -a[ao + 2 * (i * k + p) + 1] : a[ao + 2 * (i * k + p) + 1];
                int bp = bo + 2 * p * m;
                int ci = co + 2 * i * m;
                for (int j = 0; j < m; j++) {
                    double yr = b[bp + 2 * j];
                    double yi = b[bp + 2 * j + 1];
                    c[ci + 2 * j] += xr * yr - xi * yi;
                    c[ci + 2 * j + 1] += xr * yi + xi * yr;
                }
            }
        }
    }
}
