package org.numpyjvm.python;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.FileSystem;
import org.graalvm.polyglot.io.IOAccess;
import org.graalvm.python.embedding.GraalPyResources;
import org.graalvm.python.embedding.VirtualFileSystem;
import org.numpyjvm.api.NDArray;

/**
 * A GraalPy context in which {@code import numpy} gives numpy-jvm, sandboxed by default.
 *
 * <pre>{@code
 * try (NumpyPython py = NumpyPython.create()) {
 *     py.put("x", Np.arange(6));
 *     py.exec("import numpy as np\ny = x.reshape(2, 3)");
 *     NDArray y = py.get("y");          // the same storage, no copy
 * }
 * }</pre>
 *
 * <p>The default context reaches only the {@link Bridge}'s exported methods (and Java arrays the
 * bridge returns): no host class lookup, no process creation, no host files or sockets (only
 * GraalPy's standard library and the {@code numpy} package, extracted from this jar through
 * GraalPy's virtual file system, are readable), no native access, no threads, no environment
 * variables. {@link #builder()} grants more. All contexts share one
 * {@link Engine} (compiled code and parsed sources are reused).
 */
public final class NumpyPython implements AutoCloseable {
    /** Where the package lies in the jar; not a valid Java package name, so JPMS does not hide it. */
    static final String VFS_ROOT = "GRAALPY-VFS/org.numpyjvm/python-graal";
    static final String BRIDGE_BINDING = "__numpy_jvm_bridge__";

    private static Engine sharedEngine;

    /** The engine all contexts of this class share. */
    public static synchronized Engine engine() {
        if (sharedEngine == null) {
            sharedEngine = Engine.newBuilder("python").option("engine.WarnInterpreterOnly", "false").build();
        }
        return sharedEngine;
    }

    private final Context context;
    private final Value globals;
    private final Value wrap;

    private NumpyPython(Context context) {
        this.context = context;
        this.globals = context.getBindings("python");
        context.eval("python", "import numpy");
        this.wrap = context.eval("python", "import numpy\nnumpy._from_java");
    }

    /** A sandboxed context. */
    public static NumpyPython create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Options of a context; the defaults are the sandbox. */
    public static final class Builder {
        private boolean hostAccessAll;
        private boolean hostIO;
        private boolean hostClassLookup;
        private boolean createProcess;
        private boolean nativeAccess;
        private boolean threads;
        private String[] argv = {"python"};
        private OutputStream out;
        private OutputStream err;
        private Consumer<Context.Builder> customizer;

        private Builder() {
        }

        /** Python may call any public member of host objects ({@link HostAccess#ALL}). */
        public Builder allowHostAccess(boolean flag) {
            hostAccessAll = flag;
            return this;
        }

        /** Python may read and write host files (beside the package in the jar). */
        public Builder allowHostIO(boolean flag) {
            hostIO = flag;
            return this;
        }

        /** {@code java.type(...)} may load any host class. */
        public Builder allowHostClassLookup(boolean flag) {
            hostClassLookup = flag;
            return this;
        }

        public Builder allowCreateProcess(boolean flag) {
            createProcess = flag;
            return this;
        }

        public Builder allowNativeAccess(boolean flag) {
            nativeAccess = flag;
            return this;
        }

        public Builder allowCreateThread(boolean flag) {
            threads = flag;
            return this;
        }

        /** {@code sys.argv} (the first item is the program name). */
        public Builder arguments(String... argv) {
            this.argv = argv.clone();
            return this;
        }

        public Builder out(OutputStream out) {
            this.out = out;
            return this;
        }

        public Builder err(OutputStream err) {
            this.err = err;
            return this;
        }

        /** Last word on the polyglot builder (options, more permissions). */
        public Builder customize(Consumer<Context.Builder> customizer) {
            this.customizer = customizer;
            return this;
        }

        public NumpyPython build() {
            HostAccess access = hostAccessAll ? HostAccess.ALL
                    : HostAccess.newBuilder().allowAccessAnnotatedBy(HostAccess.Export.class).allowArrayAccess(true).build();
            Path pkg = packageDirectory();
            IOAccess io = hostIO ? IOAccess.ALL : IOAccess.newBuilder().fileSystem(sandboxFileSystem(pkg)).build();
            Context.Builder b = Context.newBuilder("python")
                    .engine(hostAccessAll ? openEngine() : engine())
                    .allowAllAccess(false)
                    .allowExperimentalOptions(true)
                    .allowHostAccess(access)
                    .allowHostClassLookup(hostClassLookup ? name -> true : name -> false)
                    .allowIO(io)
                    .allowCreateProcess(createProcess)
                    .allowNativeAccess(nativeAccess)
                    .allowCreateThread(threads)
                    .allowEnvironmentAccess(EnvironmentAccess.NONE)
                    .allowPolyglotAccess(PolyglotAccess.newBuilder().allowBindingsAccess("python").build())
                    .option("python.PythonPath", pkg.toString())
                    .option("python.PosixModuleBackend", "java")
                    .option("python.DontWriteBytecodeFlag", "true")
                    .arguments("python", argv);
            if (out != null) {
                b.out(out);
            }
            if (err != null) {
                b.err(err);
            }
            if (customizer != null) {
                customizer.accept(b);
            }
            Context context = b.build();
            context.getPolyglotBindings().putMember(BRIDGE_BINDING, Bridge.create());
            return new NumpyPython(context);
        }
    }

    private static Engine openEngine;

    /** The engine of contexts with {@link HostAccess#ALL} (an engine has one host access configuration). */
    private static synchronized Engine openEngine() {
        if (openEngine == null) {
            openEngine = Engine.newBuilder("python").option("engine.WarnInterpreterOnly", "false").build();
        }
        return openEngine;
    }

    private static Path packageDir;

    /**
     * The jar's Python package (GraalPy's virtual file system, indexed by fileslist.txt) extracted
     * once per JVM to a temporary folder: GraalPy's VirtualFileSystem without host IO also hides
     * GraalPy's own standard library, so the sandbox serves these files read-only itself.
     */
    static synchronized Path packageDirectory() {
        if (packageDir == null) {
            try {
                Path dir = Files.createTempDirectory("numpy-jvm-python");
                VirtualFileSystem vfs = VirtualFileSystem.newBuilder().resourceDirectory(VFS_ROOT)
                        .resourceLoadingClass(NumpyPython.class).allowHostIO(VirtualFileSystem.HostIO.NONE).build();
                GraalPyResources.extractVirtualFileSystemResources(vfs, dir);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
                packageDir = dir.resolve("src").toRealPath();
            } catch (IOException e) {
                throw new UncheckedIOException("numpy-jvm: cannot extract the numpy package", e);
            }
        }
        return packageDir;
    }

    private static void deleteTree(Path dir) {
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // best effort at exit
        }
    }

    /**
     * Read-only access to the package folder and to GraalPy's home and internal resources (its
     * standard library); every other path is denied.
     */
    private static FileSystem sandboxFileSystem(Path pkg) {
        return FileSystem.allowInternalResourceAccess(FileSystem.allowLanguageHomeAccess(new SandboxFileSystem(pkg)));
    }

    /** The polyglot context (for what this class does not wrap). */
    public Context context() {
        return context;
    }

    /** Evaluates an expression; NDArray results come back as NDArray (see {@link #toJava}). */
    public Object eval(String expression) {
        return toJava(context.eval(Source.create("python", expression)));
    }

    /** Runs statements in the {@code __main__} namespace. */
    public void exec(String code) {
        context.eval(Source.create("python", code));
    }

    /** Binds a global of {@code __main__}: an NDArray becomes a {@code numpy.ndarray} on the same storage. */
    public NumpyPython put(String name, Object value) {
        globals.putMember(name, value instanceof NDArray ? wrap.execute(value) : value);
        return this;
    }

    /** A global of {@code __main__} as a Java value ({@link #toJava}). */
    @SuppressWarnings("unchecked")
    public <T> T get(String name) {
        return (T) toJava(globals.getMember(name));
    }

    /** A global as the polyglot value. */
    public Value value(String name) {
        return globals.getMember(name);
    }

    /**
     * A Python value as Java: numpy.ndarray → its NDArray (no copy), None → null, bool/int/float/str
     * → Boolean/Long/Double/String, host objects as themselves; anything else the {@link Value}.
     */
    public Object toJava(Value v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isHostObject()) {
            return v.asHostObject();
        }
        if (v.hasMember("_a") && v.getMember("_a").isHostObject() && v.getMember("_a").asHostObject() instanceof NDArray) {
            return v.getMember("_a").asHostObject();
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isString()) {
            return v.asString();
        }
        if (v.isNumber()) {
            return v.fitsInLong() && !v.getMetaObject().getMetaSimpleName().contains("float") ? (Object) v.asLong()
                    : v.fitsInDouble() ? (Object) v.asDouble() : v;
        }
        return v;
    }

    @Override
    public void close() {
        context.close();
    }
}
