package org.numpyjvm.wasm.teavm;

import org.teavm.backend.wasm.TeaVMWasmHost;
import org.teavm.backend.wasm.WasmRuntimeType;
import org.teavm.vm.spi.TeaVMHost;
import org.teavm.vm.spi.TeaVMPlugin;

/**
 * Keeps a TeaVM {@code WEBASSEMBLY_WASI} module's imports to {@code wasi_snapshot_preview1}
 * and fills the class-library gaps numpy-jvm needs there.
 *
 * <ul>
 *   <li>{@link WasiClassLibTransformer}: rewrites {@code java.lang.Math} (host imports
 *       {@code teavmMath.*} and inaccurate Java bodies), {@code System.nanoTime},
 *       {@code System.exit}, {@code Runtime.exit/halt/availableProcessors}, and wraps the main
 *       class's {@code main} so an uncaught throwable is printed and exits 1;</li>
 *   <li>{@link WasmMathIntrinsic}: {@code Math.sqrt/floor/ceil} as {@code f64} instructions;</li>
 *   <li>{@link IntegerDivisionTransformer}: integer {@code /} and {@code %} throw
 *       {@code ArithmeticException} on a zero divisor (wasm would trap).</li>
 * </ul>
 *
 * <p>What the module finally imports is checked on the binary (wasm-dist's integration test):
 * at this level a native method with an {@code @Import} may still be an intrinsic
 * ({@code Double.isNaN}, ...), so the annotation alone says nothing.
 *
 * <p>Does nothing for other targets.
 */
public final class WasiGuardPlugin implements TeaVMPlugin {

    @Override
    public void install(TeaVMHost host) {
        TeaVMWasmHost wasmHost = host.getExtension(TeaVMWasmHost.class);
        if (wasmHost == null || wasmHost.getRuntimeType() != WasmRuntimeType.WASI) {
            return;
        }
        host.add(new WasiClassLibTransformer());
        host.add(new IntegerDivisionTransformer());
        wasmHost.add(context -> new WasmMathIntrinsic());
    }
}
