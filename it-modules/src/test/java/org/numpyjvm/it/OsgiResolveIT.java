package org.numpyjvm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.felix.framework.FrameworkFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * The library jars are bundles that an OSGi framework (Apache Felix) resolves and starts, with
 * no Service Loader Mediator installed: the optional {@code osgi.serviceloader} requirements must
 * not block resolution. The fixture provider bundle resolves too and wires its import of
 * {@code org.numpyjvm.spi} to the numpy-spi bundle. With Aries SPI Fly installed, numpy-spi's
 * {@code Providers} finds the fixture's provider inside the framework.
 */
class OsgiResolveIT {

    private Framework framework;

    @BeforeEach
    void start() throws BundleException {
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, Paths.get("target", "felix-cache").toAbsolutePath().toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        framework = new FrameworkFactory().newFramework(config);
        framework.start();
    }

    @AfterEach
    void stop() throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
    }

    @Test
    void bundlesResolveAndStartWithoutAMediator() throws Exception {
        List<Path> jars = new ArrayList<>(LibraryJars.osgiPaths());
        jars.add(FixtureBundle.jar());
        List<Bundle> bundles = new ArrayList<>();
        for (Path jar : jars) {
            bundles.add(framework.getBundleContext().installBundle(jar.toUri().toString()));
        }
        framework.adapt(FrameworkWiring.class).resolveBundles(bundles);
        for (Bundle b : bundles) {
            if (b.getState() != Bundle.RESOLVED) {
                try {
                    b.start(); // throws with the unresolved requirement
                } catch (BundleException e) {
                    throw new AssertionError(b.getSymbolicName() + " does not resolve: " + e.getMessage(), e);
                }
            }
            b.start();
            assertEquals(Bundle.ACTIVE, b.getState(), b.getSymbolicName());
        }

        Bundle fixture = bundles.get(bundles.size() - 1);
        assertEquals(FixtureBundle.MODULE, fixture.getSymbolicName());
        boolean wiredToSpi = false;
        for (BundleWire wire : fixture.adapt(BundleWiring.class).getRequiredWires("osgi.wiring.package")) {
            if ("org.numpyjvm.spi".equals(wire.getCapability().getAttributes().get("osgi.wiring.package"))) {
                assertEquals("org.numpyjvm.spi", wire.getProvider().getBundle().getSymbolicName());
                wiredToSpi = true;
            }
        }
        assertTrue(wiredToSpi, "the fixture's import of org.numpyjvm.spi is not wired to the numpy-spi bundle");

        // what the bundle exports is loadable through the framework; internal packages are not exported
        Bundle spi = find(bundles, "org.numpyjvm.spi");
        assertEquals("org.numpyjvm.spi.Providers", spi.loadClass("org.numpyjvm.spi.Providers").getName());
        assertEquals(spi, FrameworkUtil.getBundle(fixture.loadClass("org.numpyjvm.spi.Providers")),
                "the fixture sees numpy-spi's exported package from the numpy-spi bundle");
        // without a mediator, numpy-spi's ServiceLoader does not see other bundles' providers (and says so)
        Class<?> kindClass = spi.loadClass("org.numpyjvm.spi.ProviderKind");
        String described = (String) spi.loadClass("org.numpyjvm.spi.Providers").getMethod("describe", kindClass)
                .invoke(null, kindClass.getField("FFT").get(null));
        assertTrue(described.contains("none installed"), described);

        try {
            fixture.loadClass("org.numpyjvm.spi.internal.ProviderTable");
            throw new AssertionError("org.numpyjvm.spi.internal is visible to another bundle");
        } catch (ClassNotFoundException expected) {
            // not exported, so not importable
        }
    }

    @Test
    void withAriesSpiFlyProvidersReachNumpySpiInsideOsgi() throws Exception {
        // the mediator (and ASM) first, so it weaves numpy-spi's ServiceLoader.load calls when they load
        String mediator = System.getProperty("numpyjvm.it.mediator");
        assertTrue(mediator != null && !mediator.contains("${"), "numpyjvm.it.mediator not set: run through Maven");
        List<Bundle> infrastructure = new ArrayList<>();
        for (String jar : mediator.split(java.io.File.pathSeparator)) {
            infrastructure.add(framework.getBundleContext().installBundle(Paths.get(jar).toUri().toString()));
        }
        for (Bundle b : infrastructure) {
            if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                b.start();
            }
        }
        Bundle spi = framework.getBundleContext().installBundle(LibraryJars.path("org.numpyjvm.spi").toUri().toString());
        Bundle fixture = framework.getBundleContext().installBundle(FixtureBundle.jar().toUri().toString());
        spi.start();
        fixture.start();

        // numpy-spi's Providers, called inside the framework, finds the fixture's FftProvider
        Class<?> providers = spi.loadClass("org.numpyjvm.spi.Providers");
        Class<?> kindClass = spi.loadClass("org.numpyjvm.spi.ProviderKind");
        Object fft = kindClass.getField("FFT").get(null);
        String described = (String) providers.getMethod("describe", kindClass).invoke(null, fft);
        assertTrue(described.contains("fixture (priority -100, available, org.numpyjvm.it.fixture.internal.FixtureFft)"),
                described);
        assertTrue(described.endsWith("chosen: fixture by highest priority\n"), described);
    }

    private static Bundle find(List<Bundle> bundles, String name) {
        for (Bundle b : bundles) {
            if (name.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + name);
    }
}
