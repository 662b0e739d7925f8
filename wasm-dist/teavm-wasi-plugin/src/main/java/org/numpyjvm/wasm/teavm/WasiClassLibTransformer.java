package org.numpyjvm.wasm.teavm;

import java.util.ArrayList;
import org.teavm.model.AccessLevel;
import org.teavm.model.AnnotationHolder;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHierarchy;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ClassReader;
import org.teavm.model.ElementModifier;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReader;
import org.teavm.model.MethodReference;
import org.teavm.model.TryCatchBlock;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.emit.ValueEmitter;

/**
 * Rewrites JDK classes of TeaVM's class library (seen here under their JDK names) for WASI.
 *
 * <ul>
 *   <li>{@code java.lang.Math}: {@code sqrt/floor/ceil} stay native without their
 *       {@code teavmMath} import, so {@link WasmMathIntrinsic} emits wasm instructions; every
 *       other method that {@code WasiMath} provides with the same descriptor (the
 *       {@code teavmMath} imports {@code sin ... atan2, pow}, and the Java bodies of
 *       {@code expm1, log1p, log10, sinh, cosh, tanh, cbrt, hypot}) gets a body calling it.</li>
 *   <li>{@code java.lang.System}: {@code nanoTime} through WASI {@code clock_time_get} instead
 *       of the {@code teavm.nanoTime} import; {@code exit} (missing in TeaVM) added, through
 *       WASI {@code proc_exit}.</li>
 *   <li>{@code java.lang.Runtime}: {@code exit} (a no-op in TeaVM) and {@code halt} through
 *       {@code proc_exit}; {@code availableProcessors} (a browser call in TeaVM) returns 1.</li>
 *   <li>The main class: {@code main} is renamed and wrapped in {@code try/catch (Throwable)} that
 *       prints the throwable to stderr and exits 1 (TeaVM would trap silently).</li>
 * </ul>
 */
final class WasiClassLibTransformer implements ClassHolderTransformer {
    static final String RUNTIME = "org.numpyjvm.wasm.teavm.runtime.WasiRuntime";
    static final String MATH_IMPL = "org.numpyjvm.wasm.teavm.runtime.WasiMath";
    static final String IMPORT = "org.teavm.interop.Import";
    static final String TEAVM_MATH_MODULE = "teavmMath";
    static final String GUARDED_MAIN = "main$wasiGuarded";
    private static final ValueType STRING_ARRAY = ValueType.arrayOf(ValueType.object("java.lang.String"));

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        ClassHierarchy hierarchy = context.getHierarchy();
        switch (cls.getName()) {
            case "java.lang.Math":
                transformMath(cls, hierarchy);
                break;
            case "java.lang.System":
                transformSystem(cls, hierarchy);
                break;
            case "java.lang.Runtime":
                transformRuntime(cls, hierarchy);
                break;
            default:
                break;
        }
        if (cls.getName().equals(context.getEntryPoint())) {
            wrapMain(cls, hierarchy);
        }
    }

    private void transformMath(ClassHolder cls, ClassHierarchy hierarchy) {
        ClassReader impl = hierarchy.getClassSource().get(MATH_IMPL);
        for (MethodHolder method : new ArrayList<>(cls.getMethods())) {
            if (!method.hasModifier(ElementModifier.STATIC)) {
                continue;
            }
            MethodReference ref = method.getReference();
            if (WasmMathIntrinsic.operation(method.getName()) != null && WasmMathIntrinsic.isDoubleUnary(ref)) {
                // calls become f64.sqrt/floor/ceil; with the intrinsic the function itself is never emitted
                method.getAnnotations().remove(IMPORT);
                method.setProgram(null);
                method.getModifiers().add(ElementModifier.NATIVE);
                continue;
            }
            String target = method.getName();
            AnnotationHolder imp = method.getAnnotations().get(IMPORT);
            if (imp != null && imp.getValue("module") != null
                    && TEAVM_MATH_MODULE.equals(imp.getValue("module").getString())
                    && imp.getValue("name") != null) {
                target = imp.getValue("name").getString(); // e.g. powImpl imports "pow"
            }
            MethodReader replacement = impl == null ? null
                    : impl.getMethod(new MethodDescriptor(target, method.getSignature()));
            if (replacement != null && replacement.hasModifier(ElementModifier.STATIC)) {
                delegate(method, replacement.getReference(), hierarchy);
            }
        }
    }

    private void transformSystem(ClassHolder cls, ClassHierarchy hierarchy) {
        MethodHolder nanoTime = cls.getMethod(new MethodDescriptor("nanoTime", ValueType.LONG));
        if (nanoTime != null) {
            delegate(nanoTime, new MethodReference(RUNTIME, "nanoTime", ValueType.LONG), hierarchy);
        }
        MethodHolder exit = method(cls, "exit", true, ValueType.INTEGER, ValueType.VOID);
        delegate(exit, exitRef(), hierarchy);
    }

    private void transformRuntime(ClassHolder cls, ClassHierarchy hierarchy) {
        delegate(method(cls, "exit", false, ValueType.INTEGER, ValueType.VOID), exitRef(), hierarchy);
        delegate(method(cls, "halt", false, ValueType.INTEGER, ValueType.VOID), exitRef(), hierarchy);
        MethodHolder cpus = cls.getMethod(new MethodDescriptor("availableProcessors", ValueType.INTEGER));
        if (cpus != null) {
            delegate(cpus, new MethodReference(RUNTIME, "availableProcessors", ValueType.INTEGER), hierarchy);
        }
    }

    private static MethodReference exitRef() {
        return new MethodReference(RUNTIME, "exit", ValueType.INTEGER, ValueType.VOID);
    }

    /** The public method of that signature, added when the class library lacks it. */
    private static MethodHolder method(ClassHolder cls, String name, boolean isStatic, ValueType... signature) {
        MethodDescriptor desc = new MethodDescriptor(name, signature);
        MethodHolder method = cls.getMethod(desc);
        if (method == null) {
            method = new MethodHolder(desc);
            method.setLevel(AccessLevel.PUBLIC);
            if (isStatic) {
                method.getModifiers().add(ElementModifier.STATIC);
            }
            cls.addMethod(method);
        }
        return method;
    }

    /** Replaces the body with a call to a static method taking the same parameters. */
    private static void delegate(MethodHolder method, MethodReference target, ClassHierarchy hierarchy) {
        method.getModifiers().remove(ElementModifier.NATIVE);
        method.getAnnotations().remove(IMPORT);
        // the class library marks some methods as available on other targets only
        method.getAnnotations().remove("org.teavm.interop.SupportedOn");
        method.getAnnotations().remove("org.teavm.interop.UnsupportedOn");
        ProgramEmitter pe = ProgramEmitter.create(method, hierarchy);
        ValueEmitter[] args = new ValueEmitter[method.parameterCount()];
        for (int i = 0; i < args.length; ++i) {
            args[i] = pe.var(i + 1, method.parameterType(i)); // variable 0 is 'this' (or unused)
        }
        ValueEmitter result = pe.invoke(target, args);
        if (method.getResultType() == ValueType.VOID) {
            pe.exit();
        } else {
            result.returnValue();
        }
    }

    /**
     * {@code main(args)} becomes {@code try { main$wasiGuarded(args); } catch (Throwable t)
     * { WasiRuntime.uncaught(t); }}, with the original body moved to {@code main$wasiGuarded}.
     */
    private static void wrapMain(ClassHolder cls, ClassHierarchy hierarchy) {
        MethodHolder main = cls.getMethod(new MethodDescriptor("main", STRING_ARRAY, ValueType.VOID));
        if (main == null || !main.hasModifier(ElementModifier.STATIC) || !main.hasProgram()
                || cls.getMethod(new MethodDescriptor(GUARDED_MAIN, STRING_ARRAY, ValueType.VOID)) != null) {
            return;
        }
        MethodHolder guarded = new MethodHolder(new MethodDescriptor(GUARDED_MAIN, STRING_ARRAY, ValueType.VOID));
        guarded.setLevel(AccessLevel.PUBLIC);
        guarded.getModifiers().add(ElementModifier.STATIC);
        guarded.setProgram(main.getProgram());
        cls.addMethod(guarded);

        ProgramEmitter pe = ProgramEmitter.create(main, hierarchy);
        ValueEmitter args = pe.var(1, STRING_ARRAY);
        BasicBlock body = pe.prepareBlock();
        BasicBlock handler = pe.prepareBlock();
        pe.jump(body);

        pe.enter(body);
        pe.invoke(guarded.getReference(), args);
        pe.exit();
        TryCatchBlock tryCatch = new TryCatchBlock();
        tryCatch.setExceptionType("java.lang.Throwable");
        tryCatch.setHandler(handler);
        body.getTryCatchBlocks().add(tryCatch);

        pe.enter(handler);
        ValueEmitter thrown = pe.newVar(ValueType.object("java.lang.Throwable"));
        handler.setExceptionVariable(thrown.getVariable());
        pe.invoke(new MethodReference(RUNTIME, "uncaught", ValueType.object("java.lang.Throwable"), ValueType.VOID),
                thrown);
        pe.exit();
    }
}
