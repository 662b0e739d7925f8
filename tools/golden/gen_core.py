#!/usr/bin/env python3
"""Golden data for the ndarray core: views, strides, flags, memory sharing, broadcasting.

Each case starts from a base array (dtype, shape, values = arange(size) cast to dtype, or
complex arange + 1j*arange) and applies a chain of operations; NumPy's result is recorded:
shape, byte strides, flags, dtype, flat values, whether it shares memory with the base, or the
exception type and message. Writes numpy-api/src/test/resources/golden/core.json.
"""
import json
import pathlib

import numpy as np

OUT = pathlib.Path(__file__).resolve().parents[2] / "numpy-api/src/test/resources/golden/core.json"


def base(dtype, shape):
    n = int(np.prod(shape))
    if np.dtype(dtype).kind == "c":
        a = (np.arange(n) + 1j * np.arange(n)[::-1]).astype(dtype)
    else:
        a = np.arange(n).astype(dtype)
    return a.reshape(shape)


def parse_index(s):
    return eval("np.s_[" + s + "]", {"np": np})


def apply(a, op):
    name, args = op[0], op[1:]
    if name == "reshape":
        return a.reshape(args[0])
    if name == "reshapeF":
        return a.reshape(args[0], order="F")
    if name == "T":
        return a.T
    if name == "transpose":
        return a.transpose(args[0])
    if name == "swapaxes":
        return a.swapaxes(args[0], args[1])
    if name == "moveaxis":
        return np.moveaxis(a, args[0], args[1])
    if name == "ravel":
        return a.ravel()
    if name == "flatten":
        return a.flatten()
    if name == "get":
        return a[parse_index(args[0])]
    if name == "broadcast_to":
        return np.broadcast_to(a, args[0])
    if name == "diagonal":
        return a.diagonal(args[0], args[1], args[2])
    if name == "real":
        return a.real
    if name == "imag":
        return a.imag
    if name == "view":
        return a.view(args[0])
    if name == "copy":
        return a.copy(order=args[0])
    if name == "astype":
        return a.astype(args[0])
    raise ValueError(name)


def jsonable(v):
    if isinstance(v, complex):
        return [v.real, v.imag]
    if isinstance(v, float) and v != v:
        return "nan"
    return v


def case(dtype, shape, ops):
    a = base(dtype, shape)
    rec = {"dtype": dtype, "shape": list(shape), "ops": ops,
           "expr": "base(%r, %r) then %r" % (dtype, shape, ops)}
    try:
        r = a
        for op in ops:
            r = apply(r, op)
        rec["result"] = {
            "shape": list(r.shape),
            "strides": list(r.strides),
            "dtype": r.dtype.str,
            "c": bool(r.flags.c_contiguous),
            "f": bool(r.flags.f_contiguous),
            "writeable": bool(r.flags.writeable),
            "shares": bool(np.shares_memory(a, r)),
            "values": [jsonable(x) for x in r.ravel().tolist()],
        }
    except Exception as e:  # noqa: BLE001 - the exception is the expected result
        rec["error"] = {"type": type(e).__name__, "message": str(e)}
    return rec


def main():
    cases = []
    for dt in ["float64", "int32", "uint8", "bool", "complex128", "float32", "int64", "float16", "int16", "complex64"]:
        cases.append(case(dt, (2, 3, 4), [["get", "1:, ::-1, 1::2"]]))
        cases.append(case(dt, (2, 3, 4), [["T"], ["reshape", [24]]]))
        cases.append(case(dt, (6, 4), [["get", "::2"], ["reshape", [3, 2, 2]]]))
    ops_list = [
        [["reshape", [4, 6]]], [["reshape", [-1, 3]]], [["reshape", [2, -1, 2]]], [["reshape", [5, 5]]],
        [["reshape", [-1, -1]]], [["reshapeF", [4, 6]]], [["T"]], [["T"], ["reshape", [24]]],
        [["T"], ["reshapeF", [24]]], [["transpose", [1, 0, 2]]], [["transpose", [1, 0]]], [["transpose", [0, 0, 1]]],
        [["swapaxes", 0, 2]], [["swapaxes", -1, 3]], [["moveaxis", [0], [2]]], [["moveaxis", [0, 1], [-1, -2]]],
        [["ravel"]], [["T"], ["ravel"]], [["flatten"]], [["get", "1"]], [["get", "-1, 2"]], [["get", "..., 1"]],
        [["get", "None, ..., None"]], [["get", "1, None, ::-2"]], [["get", "5"]], [["get", "0, 0, 0, 0"]],
        [["get", "..., ..."]], [["get", ":, 1:3, ::-1"]], [["get", "::-1, ::-1, ::-1"]], [["get", "10:20"]],
        [["get", "-100:100:3"]], [["get", "::-1"], ["T"], ["reshape", [-1]]], [["get", ":, :, 0"], ["T"]],
        [["get", "0"], ["diagonal", 0, 0, 1]], [["diagonal", 1, 1, 2]], [["diagonal", -1, 2, 0]],
        [["diagonal", 5, 1, 2]], [["diagonal", 0, 1, 1]], [["broadcast_to", [3, 2, 3, 4]]],
        [["get", "0, :1, :"], ["broadcast_to", [3, 4]]], [["broadcast_to", [2, 4]]], [["copy", "F"]],
        [["copy", "C"], ["T"]], [["get", ":, 1"], ["copy", "K"]], [["T"], ["copy", "K"]],
        [["get", "0:0"]], [["get", "0:0"], ["reshape", [0, 5]]], [["get", "0:0"], ["reshape", [-1]]],
        [["get", "..., 1:2"], ["reshape", [2, 3]]], [["get", ":, ::2"], ["reshape", [12]]],
        [["get", ":, ::2"], ["reshape", [2, 6]]], [["get", ":, :, ::2"], ["reshape", [2, 3, 2]]],
        [["get", ":, :, ::2"], ["reshape", [6, 2]]],
    ]
    for ops in ops_list:
        cases.append(case("float64", (2, 3, 4), ops))
    for ops in [[["real"]], [["imag"]], [["view", "float64"]], [["get", "::2"], ["real"]], [["T"], ["imag"]],
                [["real"], ["get", "1"]], [["view", "complex128"]], [["get", ":, ::2"], ["view", "float64"]]]:
        cases.append(case("complex128", (3, 4), ops))
    for ops in [[["view", "uint64"]], [["view", "float64"], ["view", "complex128"]], [["imag"]]]:
        cases.append(case("int64" if ops[0][1:] == ["uint64"] else "float64", (3, 4), ops))
    cases.append(case("int8", (3, 4), [["view", "uint8"]]))
    cases.append(case("uint8", (3, 4), [["view", "bool"]]))
    cases.append(case("float16", (3, 4), [["view", "int16"]]))
    cases.append(case("complex64", (2, 2), [["view", "float32"]]))
    cases.append(case("float64", (), [["reshape", [1, 1]]]))
    cases.append(case("float64", (), [["get", "None"]]))
    cases.append(case("float64", (), [["get", "..."]]))
    cases.append(case("float64", (), [["broadcast_to", [2, 2]]]))
    cases.append(case("float64", (1,), [["reshape", []]]))
    cases.append(case("float64", (0, 3), [["T"], ["reshape", [3, 0]]]))
    cases.append(case("float64", (0, 3), [["reshape", [-1, 0]]]))
    cases.append(case("float64", (4, 1, 3), [["get", ":, 0"], ["reshape", [12]]]))
    cases.append(case("float64", (4, 1, 3), [["reshape", [2, 2, 3]]]))
    cases.append(case("float64", (5,), [["get", "[0]"]]) if False else case("float64", (5,), [["get", "::-2"]]))

    # broadcast_shapes
    bcast = []
    for shapes in [[[2, 3], [3]], [[1, 3], [4, 1]], [[5, 1, 3], [4, 3]], [[2], [3]], [[], [2, 2]], [[0], [1]],
                   [[0], [2]], [[2, 1, 4], [3, 1], [1, 4]], [[3, 2], [2, 3]], [[8, 1, 6, 1], [7, 1, 5]]]:
        try:
            bcast.append({"shapes": shapes, "result": list(np.broadcast_shapes(*[tuple(s) for s in shapes]))})
        except Exception as e:  # noqa: BLE001
            bcast.append({"shapes": shapes, "error": {"type": type(e).__name__, "message": str(e)}})
    # broadcast_to errors
    bto = []
    for src, dst in [([3], [2, 3]), ([3], [2, 4]), ([2, 1], [2, 5]), ([2, 1], [5]), ([], [0]), ([1], [-1])]:
        try:
            r = np.broadcast_to(np.zeros(src), dst)
            bto.append({"src": src, "dst": dst, "result": list(r.shape), "strides": list(r.strides)})
        except Exception as e:  # noqa: BLE001
            bto.append({"src": src, "dst": dst, "error": {"type": type(e).__name__, "message": str(e)}})
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({"cases": cases, "broadcast_shapes": bcast, "broadcast_to": bto}, indent=1))
    print("wrote", OUT, len(cases), "cases")


if __name__ == "__main__":
    main()
