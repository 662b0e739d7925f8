package org.numpyjvm.api.internal.manipulation;

import java.util.ArrayList;
import java.util.List;
import org.numpyjvm.api.NDArray;
import org.numpyjvm.api.ValueError;
import org.numpyjvm.api.internal.creation.FromObject;

/**
 * {@code np.block}: nested lists of arrays assembled block-wise. A nested level is a
 * {@link List} or an {@code Object[]} (Java has no tuple, so both stand for Python lists); a
 * leaf is an NDArray or anything {@code np.asarray} takes. NumPy's depth checks and messages.
 */
public final class Block {
    private Block() {
    }

    private static boolean isList(Object o) {
        return o instanceof List || o instanceof Object[];
    }

    private static List<?> items(Object o) {
        return o instanceof List ? (List<?>) o : java.util.Arrays.asList((Object[]) o);
    }

    private static String format(List<Integer> index) {
        StringBuilder sb = new StringBuilder("arrays");
        for (Integer i : index) {
            if (i != null) {
                sb.append('[').append(i).append(']');
            }
        }
        return sb.toString();
    }

    /** Result of the depth check: the first bottom index and the largest leaf ndim. */
    private static final class Depth {
        List<Integer> index;
        int maxNdim;
    }

    private static Depth check(Object arrays, List<Integer> parent) {
        Depth r = new Depth();
        if (isList(arrays)) {
            List<?> l = items(arrays);
            if (l.isEmpty()) {
                r.index = new ArrayList<>(parent);
                r.index.add(null);
                return r;
            }
            Depth first = null;
            for (int i = 0; i < l.size(); i++) {
                List<Integer> p = new ArrayList<>(parent);
                p.add(i);
                Depth d = check(l.get(i), p);
                if (first == null) {
                    first = d;
                    continue;
                }
                first.maxNdim = Math.max(first.maxNdim, d.maxNdim);
                if (d.index.size() != first.index.size()) {
                    throw new ValueError("List depths are mismatched. First element was at depth " + first.index.size()
                            + ", but there is an element at depth " + d.index.size() + " (" + format(d.index) + ")");
                }
                if (d.index.get(d.index.size() - 1) == null) {
                    first.index = d.index;
                }
            }
            return first;
        }
        r.index = new ArrayList<>(parent);
        r.maxNdim = FromObject.asarray(arrays, null).ndim();
        return r;
    }

    /** {@code np.block(arrays)}. */
    public static NDArray block(Object arrays) {
        Depth d = check(arrays, new ArrayList<>());
        int listNdim = d.index.size();
        if (listNdim > 0 && d.index.get(listNdim - 1) == null) {
            throw new ValueError("List at " + format(d.index) + " cannot be empty");
        }
        int resultNdim = Math.max(d.maxNdim, listNdim);
        NDArray r = build(arrays, listNdim, resultNdim, 0);
        return listNdim == 0 ? r.copy() : r;
    }

    private static NDArray build(Object arrays, int maxDepth, int resultNdim, int depth) {
        if (depth < maxDepth) {
            List<?> l = items(arrays);
            NDArray[] parts = new NDArray[l.size()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = build(l.get(i), maxDepth, resultNdim, depth + 1);
            }
            return Joining.concatenate(parts, -(maxDepth - depth));
        }
        NDArray a = FromObject.asarray(arrays, null);
        if (a.ndim() >= resultNdim) {
            return a;
        }
        int[] shape = new int[resultNdim];
        java.util.Arrays.fill(shape, 1);
        int[] old = a.shape();
        System.arraycopy(old, 0, shape, resultNdim - old.length, old.length);
        return a.reshape(shape);
    }
}
