package org.numpyjvm.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.numpyjvm.spi.testproviders.Greeter;
import org.numpyjvm.spi.testproviders.Lonely;
import org.numpyjvm.spi.testproviders.Twin;

/**
 * Discovery through META-INF/services (src/test/resources) and the choice order: explicit call >
 * system property > environment variable > priority. Properties and environment are injected
 * maps, so nothing global is mutated.
 */
class ProviderRegistryTest {

    static final ProviderKind<Greeter> GREETER =
            ProviderKind.of("greeter", Greeter.class, () -> ServiceLoader.load(Greeter.class));
    static final ProviderKind<Twin> TWIN = ProviderKind.of("twin", Twin.class, () -> ServiceLoader.load(Twin.class));
    static final ProviderKind<Lonely> LONELY =
            ProviderKind.of("lonely", Lonely.class, () -> ServiceLoader.load(Lonely.class));

    final Map<String, String> props = new HashMap<>();
    final Map<String, String> env = new HashMap<>();
    final ProviderRegistry registry = new ProviderRegistry(props::get, env::get);

    @Test
    void highestPriorityAvailableWins() {
        // gamma has priority 9 but is unavailable; beta (5) beats alpha (1)
        assertEquals("beta", registry.get(GREETER).id());
        assertEquals("hello from beta", registry.get(GREETER).greet());
    }

    @Test
    void candidatesAreAvailableOnesByPriority() {
        assertEquals(List.of("beta", "alpha"), ids(registry.candidates(GREETER)));
        env.put("NUMPYJVM_GREETER", "alpha");
        assertEquals(List.of("alpha", "beta"), ids(registry.candidates(GREETER)));
    }

    @Test
    void environmentVariableChooses() {
        env.put("NUMPYJVM_GREETER", "alpha");
        assertEquals("alpha", registry.get(GREETER).id());
    }

    @Test
    void systemPropertyBeatsEnvironment() {
        env.put("NUMPYJVM_GREETER", "beta");
        props.put("numpyjvm.greeter", "alpha");
        assertEquals("alpha", registry.get(GREETER).id());
    }

    @Test
    void explicitCallBeatsPropertyAndEnvironment() {
        env.put("NUMPYJVM_GREETER", "beta");
        props.put("numpyjvm.greeter", "beta");
        registry.use(GREETER, "alpha");
        assertEquals("alpha", registry.get(GREETER).id());
        registry.use(GREETER, null);
        assertEquals("beta", registry.get(GREETER).id());
    }

    @Test
    void emptyValuesCountAsUnset() {
        props.put("numpyjvm.greeter", "");
        env.put("NUMPYJVM_GREETER", "");
        assertEquals("beta", registry.get(GREETER).id());
    }

    @Test
    void missingNamedProviderIsAnErrorNamingWhatIsInstalled() {
        props.put("numpyjvm.greeter", "delta");
        ProviderException e = assertThrows(ProviderException.class, () -> registry.get(GREETER));
        assertTrue(e.getMessage().startsWith("system property numpyjvm.greeter=delta: no greeter provider with id 'delta'"),
                e.getMessage());
        assertTrue(e.getMessage().contains("installed: alpha (priority 1, available"), e.getMessage());
        assertTrue(e.getMessage().contains("gamma (priority 9, not available"), e.getMessage());
    }

    @Test
    void unavailableNamedProviderIsAnError() {
        env.put("NUMPYJVM_GREETER", "gamma");
        ProviderException e = assertThrows(ProviderException.class, () -> registry.get(GREETER));
        assertTrue(e.getMessage().startsWith(
                "environment variable NUMPYJVM_GREETER=gamma: greeter provider 'gamma' is installed but not available here"),
                e.getMessage());
    }

    @Test
    void explicitCallFailsAtOnceForAMissingProvider() {
        ProviderException e = assertThrows(ProviderException.class, () -> registry.use(GREETER, "delta"));
        assertTrue(e.getMessage().startsWith("Providers.use(greeter, \"delta\"): no greeter provider with id 'delta'"),
                e.getMessage());
        assertThrows(ProviderException.class, () -> registry.use(GREETER, "gamma"));
        assertEquals("beta", registry.get(GREETER).id(), "a failed use() changes nothing");
    }

    @Test
    void duplicateIdsAreRejected() {
        ProviderException e = assertThrows(ProviderException.class, () -> registry.get(TWIN));
        assertEquals("duplicate twin provider id 'same': org.numpyjvm.spi.testproviders.Twin$One and "
                + "org.numpyjvm.spi.testproviders.Twin$Two; provider ids must be unique, "
                + "remove one of them from the class path or module path", e.getMessage());
    }

    @Test
    void noProviderIsAnError() {
        ProviderException e = assertThrows(ProviderException.class, () -> registry.get(LONELY));
        assertEquals("no lonely provider is available; installed: none (a provider is a jar on the class path "
                + "or module path that provides org.numpyjvm.spi.testproviders.Lonely)", e.getMessage());
        assertTrue(registry.candidates(LONELY).isEmpty());
    }

    @Test
    void listingShowsEverythingFoundIncludingBrokenProviders() {
        List<ProviderInfo> found = registry.found(GREETER);
        assertEquals(4, found.size(), found.toString());
        List<String> ids = new ArrayList<>();
        for (ProviderInfo info : found) {
            ids.add(info.id());
        }
        assertTrue(ids.containsAll(List.of("alpha", "beta", "gamma")), ids.toString());
        ProviderInfo broken = found.stream().filter(i -> i.id() == null).findFirst().orElseThrow();
        assertFalse(broken.available());
        assertTrue(broken.problem().contains("BrokenGreeter"), broken.problem());
        ProviderInfo gamma = found.stream().filter(i -> "gamma".equals(i.id())).findFirst().orElseThrow();
        assertEquals(9, gamma.priority());
        assertFalse(gamma.available());
        assertEquals("org.numpyjvm.spi.testproviders.GammaGreeter", gamma.className());
        assertNull(gamma.problem());
    }

    @Test
    void describeSaysWhatIsChosenAndWhy() {
        String text = registry.describe(GREETER);
        assertTrue(text.startsWith("greeter providers (org.numpyjvm.spi.testproviders.Greeter):\n"), text);
        assertTrue(text.contains("  beta (priority 5, available, org.numpyjvm.spi.testproviders.BetaGreeter)\n"), text);
        assertTrue(text.endsWith("  chosen: beta by highest priority\n"), text);
        props.put("numpyjvm.greeter", "alpha");
        assertTrue(registry.describe(GREETER).endsWith("  chosen: alpha by system property numpyjvm.greeter=alpha\n"));
        assertTrue(registry.describe(TWIN).contains("discovery failed: duplicate twin provider id 'same'"));
        assertTrue(registry.describe(LONELY).contains("  none installed\n"));
    }

    @Test
    void discoveryRunsOnceUntilReload() {
        int[] loads = {0};
        ProviderKind<Greeter> counted = ProviderKind.of("greeter", Greeter.class, () -> {
            loads[0]++;
            return ServiceLoader.load(Greeter.class);
        });
        registry.get(counted);
        registry.get(counted);
        registry.found(counted);
        assertEquals(1, loads[0]);
        registry.reload(counted);
        registry.get(counted);
        assertEquals(2, loads[0]);
    }

    @Test
    void aKindNameBelongsToOneServiceType() {
        registry.get(GREETER);
        ProviderKind<Lonely> clash = ProviderKind.of("greeter", Lonely.class, () -> ServiceLoader.load(Lonely.class));
        assertThrows(IllegalArgumentException.class, () -> registry.get(clash));
    }

    @Test
    void kindNamesAndSelectionKeys() {
        assertEquals("numpyjvm.linalg", ProviderKind.LINALG.propertyName());
        assertEquals("NUMPYJVM_LINALG", ProviderKind.LINALG.environmentName());
        assertEquals("NUMPYJVM_RANDOM", ProviderKind.RANDOM.environmentName());
        assertEquals("NUMPYJVM_FFT", ProviderKind.FFT.environmentName());
        ProviderKind<Greeter> k = ProviderKind.of("my_kind2", Greeter.class, List::of);
        assertEquals("NUMPYJVM_MY_KIND2", k.environmentName());
        for (String bad : new String[] {"", "Linalg", "2d", "lin-alg", "lin alg"}) {
            assertThrows(IllegalArgumentException.class, () -> ProviderKind.of(bad, Greeter.class, List::of), bad);
        }
    }

    @Test
    void providersThatThrowAreListedNotFatal() {
        Greeter throwsOnId = () -> {
            throw new IllegalStateException("no id");
        };
        Greeter throwsOnAvailable = new Greeter() {
            @Override
            public String id() {
                return "flaky";
            }

            @Override
            public boolean isAvailable() {
                throw new IllegalStateException("cannot tell");
            }
        };
        Greeter ok = () -> "ok";
        ProviderKind<Greeter> kind =
                ProviderKind.of("inmemory", Greeter.class, () -> List.of(throwsOnId, throwsOnAvailable, ok));
        assertEquals("ok", registry.get(kind).id());
        assertEquals(3, registry.found(kind).size());
        assertEquals(List.of("ok"), ids(registry.candidates(kind)));
    }

    @Test
    void theBuiltInKindsHaveNoProvidersInThisModule() {
        // numpy-spi ships contracts only; the system registry must say so clearly
        ProviderException e = assertThrows(ProviderException.class, () -> Providers.get(ProviderKind.LINALG));
        assertTrue(e.getMessage().startsWith("no linalg provider is available; installed: none"), e.getMessage());
        assertTrue(Providers.found(ProviderKind.FFT).isEmpty());
        assertTrue(Providers.describe(ProviderKind.RANDOM).contains("none installed"));
    }

    private static List<String> ids(List<? extends Provider> providers) {
        List<String> ids = new ArrayList<>();
        for (Provider p : providers) {
            ids.add(p.id());
        }
        return ids;
    }
}
