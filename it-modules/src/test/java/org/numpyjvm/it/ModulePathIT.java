package org.numpyjvm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.numpyjvm.it.LibraryJars.Jar;

/**
 * The library jars are real named modules: they resolve together on a module path (with
 * service binding), export exactly their API packages, and the {@code java} launcher agrees.
 */
class ModulePathIT {

    @Test
    void jarsResolveAsNamedModules() {
        List<Jar> jars = LibraryJars.jars();
        Set<String> names = jars.stream().map(j -> j.descriptor.name()).collect(Collectors.toCollection(TreeSet::new));
        ModuleFinder finder = ModuleFinder.of(LibraryJars.modulePath());
        Configuration cf = ModuleLayer.boot().configuration().resolveAndBind(finder, ModuleFinder.of(), names);
        Set<String> resolved = cf.modules().stream().map(ResolvedModule::name).collect(Collectors.toSet());
        assertTrue(resolved.containsAll(names), "resolved " + resolved + ", wanted " + names);

        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getSystemClassLoader());
        Module unnamed = ModulePathIT.class.getModule();
        for (Jar jar : jars) {
            ModuleDescriptor d = jar.descriptor;
            Module module = layer.findModule(d.name()).orElseThrow();
            assertTrue(module.isNamed());
            Set<String> exports = LibraryJars.unqualifiedExports(d);
            for (String pkg : d.packages()) {
                assertEquals(exports.contains(pkg), module.isExported(pkg),
                        d.name() + ": package " + pkg + " exported? module-info says " + exports.contains(pkg));
                assertEquals(exports.contains(pkg), module.isExported(pkg, unnamed), d.name() + ": " + pkg);
                if (pkg.contains(".internal")) {
                    assertFalse(module.isExported(pkg), d.name() + " exports its internal package " + pkg);
                }
            }
        }
    }

    @Test
    void internalPackagesAreNotAccessible() throws Exception {
        // org.numpyjvm.spi.internal exists today; any module's .internal packages are checked the same way
        List<Jar> jars = LibraryJars.jars();
        ModuleFinder finder = ModuleFinder.of(LibraryJars.modulePath());
        Set<String> names = jars.stream().map(j -> j.descriptor.name()).collect(Collectors.toSet());
        Configuration cf = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), names);
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getSystemClassLoader());
        Module spi = layer.findModule("org.numpyjvm.spi").orElseThrow();
        assertTrue(spi.getPackages().contains("org.numpyjvm.spi.internal"));
        Class<?> table = Class.forName(spi, "org.numpyjvm.spi.internal.ProviderTable");
        Class<?> api = Class.forName(spi, "org.numpyjvm.spi.Providers");
        Module me = ModulePathIT.class.getModule();
        assertFalse(table.getModule().isExported(table.getPackageName(), me));
        assertTrue(api.getModule().isExported(api.getPackageName(), me));
        // reflective access from outside fails for the internal class, works for the API class
        assertThrowsIllegalAccess(() -> table.getMethod("discover", String.class, Iterable.class).invoke(null, "x", List.of()));
        api.getMethod("found", Class.forName(spi, "org.numpyjvm.spi.ProviderKind"));
    }

    @Test
    void javaLauncherDescribesTheModules() throws Exception {
        String modulePath = Arrays.stream(LibraryJars.modulePath()).map(Path::toString).collect(Collectors.joining(File.pathSeparator));
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Output validate = run(java, "--module-path", modulePath, "--validate-modules");
        assertEquals(0, validate.exit, "java --validate-modules failed:\n" + validate.text);
        for (Jar jar : LibraryJars.jars()) {
            ModuleDescriptor d = jar.descriptor;
            Output out = run(java, "--module-path", modulePath, "--describe-module", d.name());
            assertEquals(0, out.exit, out.text);
            Set<String> exports = new TreeSet<>();
            Set<String> contains = new TreeSet<>();
            for (String line : out.text.split("\\R")) {
                String[] words = line.trim().split("\\s+");
                if (words.length == 2 && words[0].equals("exports")) {
                    exports.add(words[1]);
                } else if (words.length >= 2 && words[0].equals("contains")) {
                    contains.add(words[1]);
                } else if (words.length >= 3 && words[0].equals("qualified") && words[1].equals("exports")) {
                    contains.add(words[2]); // "qualified exports <pkg> to <module>": hidden from every other module
                }
            }
            assertEquals(LibraryJars.unqualifiedExports(d), exports, d.name() + ":\n" + out.text);
            Set<String> hidden = new TreeSet<>(d.packages());
            hidden.removeAll(exports);
            assertEquals(hidden, contains, d.name() + " non-exported packages:\n" + out.text);
        }
    }

    @Test
    void providersAreFoundOnTheModulePathAndOnTheClassPath() throws Exception {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        String jars = String.join(File.pathSeparator, LibraryJars.path("org.numpyjvm.spi").toString(),
                FixtureBundle.jar().toString());
        String main = "org.numpyjvm.it.fixture.api.Main";

        // module path: found through numpy-spi's `uses` and the fixture's `provides`
        Output modular = run(java, "--module-path", jars, "-m", FixtureBundle.MODULE + "/" + main);
        assertEquals(0, modular.exit, modular.text);
        assertTrue(modular.text.contains("  fixture (priority -100, available, org.numpyjvm.it.fixture.internal.FixtureFft)\n"),
                modular.text);
        assertTrue(modular.text.endsWith("get: fixture\n"), modular.text);

        // class path: found through META-INF/services
        Output classic = run(java, "-cp", jars, main);
        assertEquals(0, classic.exit, classic.text);
        assertTrue(classic.text.endsWith("get: fixture\n"), classic.text);

        // a system property naming a missing provider is an error naming what is installed
        Output missing = run(java, "-Dnumpyjvm.fft=pocketfft", "--module-path", jars, "-m", FixtureBundle.MODULE + "/" + main);
        assertTrue(missing.text.contains("error: system property numpyjvm.fft=pocketfft: no fft provider with id 'pocketfft' "
                + "is installed; installed: fixture (priority -100"), missing.text);
    }

    private interface Call {
        void run() throws Exception;
    }

    private static void assertThrowsIllegalAccess(Call call) throws Exception {
        try {
            call.run();
        } catch (IllegalAccessException expected) {
            return;
        }
        throw new AssertionError("expected IllegalAccessException");
    }

    private static final class Output {
        final int exit;
        final String text;

        Output(int exit, String text) {
            this.exit = exit;
            this.text = text;
        }
    }

    private static Output run(String... command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(command));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getOutputStream().close();
        byte[] bytes = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "timed out: " + cmd);
        return new Output(p.exitValue(), new String(bytes, StandardCharsets.UTF_8));
    }
}
