package org.numpyjvm.wasm.teavm;

import java.util.ArrayList;
import java.util.List;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.instructions.BinaryInstruction;
import org.teavm.model.instructions.BinaryOperation;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.NumericOperandType;

/**
 * Gives {@code int} and {@code long} {@code /} and {@code %} Java's semantics in the wasm module:
 * each becomes a call to {@code WasiDivision} (which TeaVM inlines), throwing
 * {@code ArithmeticException("/ by zero")} and wrapping {@code MIN_VALUE / -1} where the wasm
 * instructions would trap and kill the module.
 *
 * <p>Applied to application classes and to {@code java.lang.Math}/{@code StrictMath}
 * ({@code floorDiv}, {@code floorMod}, ...); not to the rest of the class library or TeaVM's
 * runtime, whose low-level code must not call methods that can throw.
 */
final class IntegerDivisionTransformer implements ClassHolderTransformer {
    static final String DIVISION = "org.numpyjvm.wasm.teavm.runtime.WasiDivision";

    static boolean applies(String className) {
        if (className.equals("java.lang.Math") || className.equals("java.lang.StrictMath")) {
            return true;
        }
        return !(className.equals(DIVISION) || className.startsWith("java.") || className.startsWith("javax.")
                || className.startsWith("jdk.") || className.startsWith("sun.") || className.startsWith("org.teavm."));
    }

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!applies(cls.getName())) {
            return;
        }
        for (MethodHolder method : cls.getMethods()) {
            if (method.hasProgram()) {
                transform(method.getProgram());
            }
        }
    }

    private static void transform(Program program) {
        for (int i = 0; i < program.basicBlockCount(); i++) {
            BasicBlock block = program.basicBlockAt(i);
            if (block == null) {
                continue;
            }
            List<BinaryInstruction> divisions = new ArrayList<>();
            for (Instruction insn : block) {
                if (insn instanceof BinaryInstruction) {
                    BinaryInstruction bin = (BinaryInstruction) insn;
                    BinaryOperation op = bin.getOperation();
                    NumericOperandType type = bin.getOperandType();
                    if ((op == BinaryOperation.DIVIDE || op == BinaryOperation.MODULO)
                            && (type == NumericOperandType.INT || type == NumericOperandType.LONG)) {
                        divisions.add(bin);
                    }
                }
            }
            for (BinaryInstruction bin : divisions) {
                ValueType t = bin.getOperandType() == NumericOperandType.INT ? ValueType.INTEGER : ValueType.LONG;
                String name = bin.getOperation() == BinaryOperation.DIVIDE ? "div" : "rem";
                InvokeInstruction call = new InvokeInstruction();
                call.setType(InvocationType.SPECIAL);
                call.setMethod(new MethodReference(DIVISION, name, t, t, t));
                call.setArguments(bin.getFirstOperand(), bin.getSecondOperand());
                call.setReceiver(bin.getReceiver());
                call.setLocation(bin.getLocation());
                bin.replace(call);
            }
        }
    }
}
