package org.numpyjvm.api.internal.dynamic;

import org.numpyjvm.api.dynamic.Registry;
import org.numpyjvm.api.internal.logic.Closeness;
import org.numpyjvm.api.internal.logic.Equality;

/** Logic functions in the dynamic layer: isclose, allclose, array_equal, array_equiv (and _contains). */
final class LogicFunctions {
    private LogicFunctions() {
    }

    static void register(Registry.Builder r) {
        r.def("isclose", "(a, b, rtol=1e-05, atol=1e-08, equal_nan=False)",
                a -> Closeness.isclose(a.raw("a"), a.raw("b"), a.raw("rtol"), a.raw("atol"), a.bool("equal_nan")));
        r.def("allclose", "(a, b, rtol=1e-05, atol=1e-08, equal_nan=False)",
                a -> Closeness.allclose(a.raw("a"), a.raw("b"), a.raw("rtol"), a.raw("atol"), a.bool("equal_nan")));
        r.def("array_equal", "(a1, a2, equal_nan=False)",
                a -> Equality.arrayEqual(a.raw("a1"), a.raw("a2"), a.bool("equal_nan")));
        r.def("array_equiv", "(a1, a2)", a -> Equality.arrayEquiv(a.raw("a1"), a.raw("a2")));
        // ndarray.__contains__ in one call (not a NumPy function: hidden from numpy's namespace by its underscore)
        r.def("_contains", "(a, x)", a -> Equality.contains(a.raw("a"), a.raw("x")));
    }
}
