package org.numpyjvm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aQute.bnd.header.Attrs;
import aQute.bnd.header.Parameters;
import aQute.bnd.osgi.Processor;
import java.lang.module.ModuleDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.numpyjvm.it.LibraryJars.Jar;

/**
 * Each library jar's OSGi manifest (from bnd-maven-plugin) agrees with its module-info.class:
 * Bundle-SymbolicName = module name; Export-Package = unqualified exports, versioned;
 * {@code uses} = optional {@code osgi.serviceloader} requirements (plus the optional processor
 * extender); {@code provides} = {@code osgi.serviceloader} capabilities (plus the optional
 * registrar extender) and a matching META-INF/services file.
 */
class BundleMetadataIT {

    private static final String SERVICELOADER = "osgi.serviceloader";
    private static final String EXTENDER = "osgi.extender";

    @Test
    void everyModuleOfTheRepositoryIsChecked() {
        Set<String> tested = new TreeSet<>();
        for (Jar jar : LibraryJars.jars()) {
            tested.add(jar.descriptor.name());
        }
        Set<String> declared = LibraryJars.modulesInRepository();
        assertTrue(declared.contains("org.numpyjvm.spi") && declared.contains("org.numpyjvm.api"), declared.toString());
        assertTrue(tested.containsAll(declared),
                "modules with a module-info.java but no dependency line in it-modules/pom.xml: "
                        + minus(declared, tested));
    }

    @TestFactory
    Stream<DynamicTest> manifestAgreesWithModuleInfo() {
        return LibraryJars.jars().stream().map(jar -> DynamicTest.dynamicTest(jar.toString(), () -> check(jar)));
    }

    /** All the agreement checks on one jar (also used on the fixture bundle of {@link BndRecipeIT}). */
    static void check(Jar jar) {
        ModuleDescriptor d = jar.descriptor;
        String where = jar + " (" + d.name() + "): ";

        assertEquals("2", jar.header("Bundle-ManifestVersion"), where + "Bundle-ManifestVersion");
        Parameters bsn = new Parameters(jar.header("Bundle-SymbolicName"));
        assertEquals(Set.of(d.name()), bsn.keySet(), where + "Bundle-SymbolicName must be the module name");
        assertNotNull(jar.header("Bundle-Version"), where + "Bundle-Version");

        // Export-Package = exactly the unqualified exports, each with a version
        Parameters exports = new Parameters(jar.header("Export-Package"));
        Set<String> exported = new TreeSet<>();
        for (Map.Entry<String, Attrs> e : exports.entrySet()) {
            String pkg = Processor.removeDuplicateMarker(e.getKey());
            exported.add(pkg);
            assertNotNull(e.getValue().getVersion(), where + "Export-Package " + pkg + " has no version");
        }
        assertEquals(LibraryJars.unqualifiedExports(d), exported,
                where + "Export-Package must equal module-info's unqualified exports");
        for (String pkg : exported) {
            assertFalse(pkg.contains(".internal"), where + "exports an internal package " + pkg);
        }

        // uses <-> optional osgi.serviceloader requirements
        Parameters requires = new Parameters(jar.header("Require-Capability"));
        Set<String> required = new TreeSet<>();
        List<String> extenders = new ArrayList<>();
        for (Map.Entry<String, Attrs> e : requires.entrySet()) {
            String ns = Processor.removeDuplicateMarker(e.getKey());
            String filter = e.getValue().get("filter:");
            if (ns.equals(SERVICELOADER)) {
                required.add(filterValue(where, filter, SERVICELOADER));
                assertEquals("optional", e.getValue().get("resolution:"),
                        where + "osgi.serviceloader requirement must be resolution:=optional: " + filter);
                assertEquals("multiple", e.getValue().get("cardinality:"), where + "cardinality:=multiple: " + filter);
            } else if (ns.equals(EXTENDER)) {
                extenders.add(filterValue(where, filter, EXTENDER));
                assertEquals("optional", e.getValue().get("resolution:"),
                        where + "the Service Loader Mediator extender requirement must be optional: " + filter);
            }
        }
        assertEquals(new TreeSet<>(d.uses()), required,
                where + "module-info `uses` must equal the osgi.serviceloader requirements "
                        + "(set numpyjvm.osgi.uses in the module's pom)");
        assertEquals(!d.uses().isEmpty(), extenders.contains("osgi.serviceloader.processor"),
                where + "a consumer (uses) requires the osgi.serviceloader.processor extender, optionally");

        // provides <-> osgi.serviceloader capabilities and META-INF/services
        Parameters provides = new Parameters(jar.header("Provide-Capability"));
        Set<String> provided = new TreeSet<>();
        for (Map.Entry<String, Attrs> e : provides.entrySet()) {
            if (Processor.removeDuplicateMarker(e.getKey()).equals(SERVICELOADER)) {
                provided.add(e.getValue().get(SERVICELOADER));
            }
        }
        Set<String> services = new TreeSet<>();
        for (ModuleDescriptor.Provides p : d.provides()) {
            services.add(p.service());
            String file = "META-INF/services/" + p.service();
            assertTrue(jar.has(file), where + "provides " + p.service() + " but has no " + file
                    + " (register providers twice: module-info and META-INF/services)");
            Set<String> listed = new TreeSet<>();
            for (String line : jar.read(file).split("\n")) {
                String name = line.replaceAll("#.*", "").trim();
                if (!name.isEmpty()) {
                    listed.add(name);
                }
            }
            assertEquals(new TreeSet<>(p.providers()), listed, where + file + " must list the module-info providers");
        }
        assertEquals(services, provided,
                where + "module-info `provides` must equal the osgi.serviceloader capabilities "
                        + "(set numpyjvm.osgi.provides in the module's pom)");
        assertEquals(!services.isEmpty(), extenders.contains("osgi.serviceloader.registrar"),
                where + "a provider requires the osgi.serviceloader.registrar extender, optionally");
    }

    /** The value of {@code (key=value)} in an LDAP filter. */
    private static String filterValue(String where, String filter, String key) {
        assertNotNull(filter, where + key + " requirement without a filter");
        String marker = "(" + key + "=";
        int i = filter.indexOf(marker);
        assertTrue(i >= 0, where + "filter without " + marker + ": " + filter);
        int end = filter.indexOf(')', i);
        return filter.substring(i + marker.length(), end);
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> r = new TreeSet<>(a);
        r.removeAll(b);
        return r;
    }
}
