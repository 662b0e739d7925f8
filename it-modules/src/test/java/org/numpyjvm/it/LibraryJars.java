package org.numpyjvm.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The library jars under test: the org.numpyjvm dependencies of it-modules, as built by the
 * reactor (system property {@code numpyjvm.it.jars}, set by maven-dependency-plugin).
 */
final class LibraryJars {

    /** One jar: its path, its module descriptor (from module-info.class) and its manifest. */
    static final class Jar {
        final Path path;
        final ModuleDescriptor descriptor;
        final Manifest manifest;

        Jar(Path path, ModuleDescriptor descriptor, Manifest manifest) {
            this.path = path;
            this.descriptor = descriptor;
            this.manifest = manifest;
        }

        String header(String name) {
            return manifest.getMainAttributes().getValue(name);
        }

        /** Whether the jar holds this entry (a META-INF/services file, say). */
        boolean has(String entry) {
            try (JarFile jar = new JarFile(path.toFile())) {
                return jar.getEntry(entry) != null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String read(String entry) {
            try (JarFile jar = new JarFile(path.toFile()); InputStream in = jar.getInputStream(jar.getEntry(entry))) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return path.getFileName().toString();
        }
    }

    private LibraryJars() {
    }

    static List<Path> paths() {
        String value = System.getProperty("numpyjvm.it.jars");
        if (value == null || value.isBlank() || value.contains("${")) {
            fail("system property numpyjvm.it.jars is not set: run through Maven (mvn verify from the root)");
        }
        List<Path> paths = new ArrayList<>();
        for (String entry : value.split(File.pathSeparator)) {
            Path p = Paths.get(entry);
            assertTrue(entry.endsWith(".jar") && Files.isRegularFile(p),
                    "not a built jar: " + entry + " (run `mvn verify` from the root so the library jars are packaged)");
            paths.add(p);
        }
        assertFalse(paths.isEmpty(), "no library jars");
        return paths;
    }

    /**
     * The third-party jars the library jars need on a module path (GraalPy's for python-graal):
     * system property {@code numpyjvm.it.deps}, possibly empty. They are not checked, only resolved.
     */
    static List<Path> dependencyPaths() {
        String value = System.getProperty("numpyjvm.it.deps");
        List<Path> paths = new ArrayList<>();
        if (value == null || value.contains("${")) {
            return paths;
        }
        for (String entry : value.split(File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                paths.add(Paths.get(entry));
            }
        }
        return paths;
    }

    /** The library jars and their third-party dependencies: a complete module path. */
    static Path[] modulePath() {
        List<Path> all = new ArrayList<>(paths());
        all.addAll(dependencyPaths());
        return all.toArray(new Path[0]);
    }

    /**
     * The library jars an OSGi framework can resolve: all but the modules named in system property
     * {@code numpyjvm.it.notInOsgi} (see it-modules/pom.xml for why each is there).
     */
    static List<Path> osgiPaths() {
        String value = System.getProperty("numpyjvm.it.notInOsgi", "");
        Set<String> excluded = new TreeSet<>();
        for (String name : value.split(",")) {
            if (!name.isBlank() && !name.contains("${")) {
                excluded.add(name.trim());
            }
        }
        List<Path> out = new ArrayList<>();
        for (Jar jar : jars()) {
            if (!excluded.contains(jar.descriptor.name())) {
                out.add(jar.path);
            }
        }
        return out;
    }

    static List<Jar> jars() {
        List<Jar> jars = new ArrayList<>();
        for (Path p : paths()) {
            jars.add(load(p));
        }
        return jars;
    }

    /** The jar at {@code p}, which must be a named module with a manifest. */
    static Jar load(Path p) {
        Set<ModuleReference> refs = ModuleFinder.of(p).findAll();
        assertTrue(refs.size() == 1, p + ": expected one module, found " + refs.size());
        ModuleDescriptor d = refs.iterator().next().descriptor();
        assertFalse(d.isAutomatic(), p + " has no module-info.class (it would be an automatic module)");
        try (JarFile jar = new JarFile(p.toFile())) {
            Manifest mf = jar.getManifest();
            assertTrue(mf != null, p + " has no META-INF/MANIFEST.MF");
            return new Jar(p, d, mf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The jar of module {@code name} among the library jars. */
    static Path path(String name) {
        for (Jar jar : jars()) {
            if (jar.descriptor.name().equals(name)) {
                return jar.path;
            }
        }
        throw new AssertionError("no library jar for module " + name);
    }

    /** The packages a descriptor exports to everyone. */
    static Set<String> unqualifiedExports(ModuleDescriptor d) {
        return d.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The module names declared by {@code <folder>/src/main/java/module-info.java} in the
     * repository (property {@code numpyjvm.it.root}): every one must be among the tested jars.
     */
    static Set<String> modulesInRepository() {
        String root = System.getProperty("numpyjvm.it.root");
        if (root == null || root.contains("${")) {
            fail("system property numpyjvm.it.root is not set: run through Maven");
        }
        Pattern module = Pattern.compile("^\\s*(?:open\\s+)?module\\s+([\\w.]+)\\s*\\{", Pattern.MULTILINE);
        Set<String> names = new TreeSet<>();
        try (Stream<Path> folders = Files.list(Paths.get(root))) {
            for (Path folder : (Iterable<Path>) folders::iterator) {
                Path info = folder.resolve("src/main/java/module-info.java");
                if (Files.isRegularFile(info)) {
                    String text = Files.readString(info).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
                    Matcher m = module.matcher(text);
                    assertTrue(m.find(), "no module declaration in " + info);
                    names.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
