package org.numpyjvm.wasm.teavm;

import org.teavm.ast.InvocationExpr;
import org.teavm.backend.wasm.intrinsics.WasmIntrinsic;
import org.teavm.backend.wasm.intrinsics.WasmIntrinsicManager;
import org.teavm.backend.wasm.model.expression.WasmExpression;
import org.teavm.backend.wasm.model.expression.WasmFloatType;
import org.teavm.backend.wasm.model.expression.WasmFloatUnary;
import org.teavm.backend.wasm.model.expression.WasmFloatUnaryOperation;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;

/**
 * {@code Math.sqrt}, {@code Math.floor}, {@code Math.ceil} (descriptor {@code (D)D}) as the
 * wasm instructions {@code f64.sqrt}, {@code f64.floor}, {@code f64.ceil}: exact (IEEE 754
 * correctly rounded / exact), as Java requires.
 */
final class WasmMathIntrinsic implements WasmIntrinsic {
    static final String MATH = "java.lang.Math";

    static WasmFloatUnaryOperation operation(String name) {
        switch (name) {
            case "sqrt":
                return WasmFloatUnaryOperation.SQRT;
            case "floor":
                return WasmFloatUnaryOperation.FLOOR;
            case "ceil":
                return WasmFloatUnaryOperation.CEIL;
            default:
                return null;
        }
    }

    static boolean isDoubleUnary(MethodReference method) {
        ValueType[] sig = method.getSignature();
        return sig.length == 2 && sig[0] == ValueType.DOUBLE && sig[1] == ValueType.DOUBLE;
    }

    @Override
    public boolean isApplicable(MethodReference method) {
        return method.getClassName().equals(MATH) && operation(method.getName()) != null
                && isDoubleUnary(method);
    }

    @Override
    public WasmExpression apply(InvocationExpr invocation, WasmIntrinsicManager manager) {
        WasmExpression operand = manager.generate(invocation.getArguments().get(0));
        return new WasmFloatUnary(WasmFloatType.FLOAT64, operation(invocation.getMethod().getName()), operand);
    }
}
