package org.numpyjvm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aQute.bnd.osgi.Builder;
import aQute.bnd.osgi.Jar;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A provider bundle made at test time with the root pom's own bnd recipe, so the
 * {@code provides} half of the recipe is tested before the first real provider module exists.
 * Module {@code org.numpyjvm.it.fixture} exports {@code org.numpyjvm.it.fixture.api}, provides
 * {@code FftProvider} from a non-exported package (registered twice: module-info and
 * META-INF/services) and uses {@code LinalgProvider}. Its {@code api.Main} prints
 * {@code Providers.describe(ProviderKind.FFT)} and the chosen FFT provider.
 */
final class FixtureBundle {

    static final String MODULE = "org.numpyjvm.it.fixture";

    private static Path built;

    private FixtureBundle() {
    }

    /** Builds (once per JVM) and returns the fixture jar. */
    static synchronized Path jar() throws Exception {
        Path dir = Paths.get("target", "fixture-bundle");
        Path out = dir.resolve("fixture.jar");
        if (built != null) {
            return built;
        }
        if (Files.exists(dir)) {
            try (var old = Files.walk(dir)) {
                old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Path src = dir.resolve("src");
        Path classes = dir.resolve("classes");
        write(src.resolve("module-info.java"), "module " + MODULE + " {\n"
                + "    requires org.numpyjvm.spi;\n"
                + "    exports org.numpyjvm.it.fixture.api;\n"
                + "    uses org.numpyjvm.spi.LinalgProvider;\n"
                + "    provides org.numpyjvm.spi.FftProvider with org.numpyjvm.it.fixture.internal.FixtureFft;\n"
                + "}\n");
        write(src.resolve("org/numpyjvm/it/fixture/api/Fixture.java"),
                "package org.numpyjvm.it.fixture.api;\npublic final class Fixture { public static String name() { return \"fixture\"; } }\n");
        write(src.resolve("org/numpyjvm/it/fixture/api/Main.java"),
                "package org.numpyjvm.it.fixture.api;\n"
                        + "import org.numpyjvm.spi.*;\n"
                        + "public final class Main {\n"
                        + "    public static void main(String[] args) {\n"
                        + "        System.out.print(Providers.describe(ProviderKind.FFT));\n"
                        + "        try {\n"
                        + "            System.out.println(\"get: \" + Providers.get(ProviderKind.FFT).id());\n"
                        + "        } catch (ProviderException e) {\n"
                        + "            System.out.println(\"error: \" + e.getMessage());\n"
                        + "        }\n"
                        + "    }\n}\n");
        write(src.resolve("org/numpyjvm/it/fixture/internal/FixtureFft.java"),
                "package org.numpyjvm.it.fixture.internal;\n"
                        + "public final class FixtureFft implements org.numpyjvm.spi.FftProvider {\n"
                        + "    @Override public String id() { return \"fixture\"; }\n"
                        + "    @Override public int priority() { return -100; }\n}\n");
        write(classes.resolve("META-INF/services/org.numpyjvm.spi.FftProvider"),
                "org.numpyjvm.it.fixture.internal.FixtureFft\n");

        Path spi = LibraryJars.path("org.numpyjvm.spi");
        List<String> args = new ArrayList<>(List.of("--release", "17", "-d", classes.toString(), "--module-path", spi.toString()));
        try (var files = Files.walk(src)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, javac.run(null, null, null, args.toArray(new String[0])), "fixture compilation failed");

        Path recipe = dir.resolve("recipe.bnd");
        write(recipe, rootRecipe());
        try (Builder b = new Builder()) {
            b.setBase(dir.toFile());
            b.setProperties(recipe.toFile());
            b.setProperty("Bundle-Version", "0.1.0");
            b.setProperty("numpyjvm.module", MODULE);
            b.setProperty("numpyjvm.osgi.exports", "org.numpyjvm.it.fixture.api");
            b.setProperty("numpyjvm.osgi.uses", "org.numpyjvm.spi.LinalgProvider");
            b.setProperty("numpyjvm.osgi.provides", "org.numpyjvm.spi.FftProvider");
            b.setJar(new Jar(classes.toFile()));
            b.addClasspath(spi.toFile());
            Jar jar = b.build();
            assertTrue(b.isOk(), "bnd: " + b.getErrors());
            jar.write(out.toFile());
        }
        built = out;
        return out;
    }

    /** The {@code <bnd>} text of bnd-maven-plugin in the root pom's pluginManagement. */
    static String rootRecipe() throws Exception {
        String root = System.getProperty("numpyjvm.it.root", "..");
        File pom = Paths.get(root, "pom.xml").toFile();
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom);
        NodeList plugins = doc.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            NodeList artifact = plugin.getElementsByTagName("artifactId");
            NodeList bnd = plugin.getElementsByTagName("bnd");
            if (artifact.getLength() > 0 && artifact.item(0).getTextContent().equals("bnd-maven-plugin")
                    && bnd.getLength() > 0) {
                return bnd.item(0).getTextContent();
            }
        }
        throw new AssertionError("no bnd-maven-plugin <bnd> recipe in " + pom);
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
