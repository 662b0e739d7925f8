package org.numpyjvm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aQute.bnd.header.Attrs;
import aQute.bnd.header.Parameters;
import org.junit.jupiter.api.Test;
import org.numpyjvm.it.LibraryJars.Jar;

/**
 * The root pom's bnd recipe on a provider that also consumes (the fixture bundle): the
 * manifest agrees with module-info by the same checks as the real jars, and the headers read as
 * the OSGi Service Loader Mediator specification asks.
 */
class BndRecipeIT {

    @Test
    void providerAndConsumerHeadersAgreeWithModuleInfo() throws Exception {
        Jar jar = LibraryJars.load(FixtureBundle.jar());
        BundleMetadataIT.check(jar);

        Parameters provide = new Parameters(jar.header("Provide-Capability"));
        Attrs cap = provide.get("osgi.serviceloader");
        assertEquals("org.numpyjvm.spi.FftProvider", cap.get("osgi.serviceloader"), jar.header("Provide-Capability"));

        String require = jar.header("Require-Capability");
        assertTrue(require.contains(
                "osgi.extender;filter:=\"(&(osgi.extender=osgi.serviceloader.registrar)(version>=1.0.0)(!(version>=2.0.0)))\";resolution:=optional"),
                require);
        assertTrue(require.contains(
                "osgi.extender;filter:=\"(&(osgi.extender=osgi.serviceloader.processor)(version>=1.0.0)(!(version>=2.0.0)))\";resolution:=optional"),
                require);
        assertTrue(require.contains(
                "osgi.serviceloader;filter:=\"(osgi.serviceloader=org.numpyjvm.spi.LinalgProvider)\";cardinality:=multiple;resolution:=optional"),
                require);
        assertEquals("org.numpyjvm.it.fixture.api;version=\"0.1.0\"", jar.header("Export-Package"));
        assertTrue(jar.header("Import-Package").contains("org.numpyjvm.spi;version=\"[0.1,1)\""), jar.header("Import-Package"));
    }
}
