package org.numpyjvm.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders the coverage of NumPy's public names by the dynamic registry: docs/coverage.md and
 * the summary block of README.md. A name is implemented only when registered (functions,
 * ufuncs, classes and constants alike); submodules are not counted (each has its own section).
 */
final class CoverageReport {
    static final String COMMAND = "mvn -q -pl it-modules -am verify -Dcoverage.write=true";
    static final String START = "<!-- coverage:start -->";
    static final String END = "<!-- coverage:end -->";

    private final String numpyVersion;
    /** namespace ("numpy.linalg") to attribute to kind, in file order. */
    private final Map<String, Map<String, String>> names = new LinkedHashMap<>();
    private final Set<String> registered;

    CoverageReport(JsonNode publicNames, Set<String> registered) {
        this.numpyVersion = publicNames.get("numpy").asText();
        this.registered = new TreeSet<>(registered);
        Iterator<Map.Entry<String, JsonNode>> ns = publicNames.get("namespaces").fields();
        while (ns.hasNext()) {
            Map.Entry<String, JsonNode> e = ns.next();
            Map<String, String> m = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = e.getValue().fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> n = it.next();
                m.put(n.getKey(), n.getValue().asText());
            }
            names.put(e.getKey(), m);
        }
    }

    /** The registry's name of {@code attr} in {@code namespace}: "zeros", "linalg.inv". */
    static String registryName(String namespace, String attr) {
        return namespace.equals("numpy") ? attr : namespace.substring("numpy.".length()) + "." + attr;
    }

    private int[] counts(String namespace) {
        int done = 0;
        int total = 0;
        for (Map.Entry<String, String> e : names.get(namespace).entrySet()) {
            if (!e.getValue().equals("module")) {
                total++;
                if (registered.contains(registryName(namespace, e.getKey()))) {
                    done++;
                }
            }
        }
        return new int[] {done, total};
    }

    private static String percent(int done, int total) {
        return total == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * done / total);
    }

    /** The summary table (README block and top of coverage.md). */
    String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append("| Namespace | Implemented | Total | % |\n|---|---:|---:|---:|\n");
        int done = 0;
        int total = 0;
        for (String ns : names.keySet()) {
            int[] c = counts(ns);
            done += c[0];
            total += c[1];
            sb.append("| `").append(ns).append("` | ").append(c[0]).append(" | ").append(c[1]).append(" | ")
                    .append(percent(c[0], c[1])).append(" |\n");
        }
        sb.append("| **all** | **").append(done).append("** | **").append(total).append("** | **")
                .append(percent(done, total)).append("** |\n");
        return sb.toString();
    }

    /**
     * Registered names that are not public names of NumPy (a warning section); private names
     * (a last part starting with {@code _}, e.g. the ufunc methods' {@code _ufunc_reduce}) are
     * helpers of the Python package, not offered as NumPy names, and left out.
     */
    List<String> unknown() {
        List<String> out = new ArrayList<>();
        for (String r : registered) {
            int dot = r.lastIndexOf('.');
            if (r.startsWith("_", dot + 1)) {
                continue;
            }
            String ns = dot < 0 ? "numpy" : "numpy." + r.substring(0, dot);
            Map<String, String> m = names.get(ns);
            if (m == null || !m.containsKey(r.substring(dot + 1))) {
                out.add(r);
            }
        }
        return out;
    }

    /** docs/coverage.md. */
    String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("# NumPy API coverage\n\n")
                .append("Generated: do not edit. Regenerate with `").append(COMMAND).append("`.\n\n")
                .append("Compares the dynamic call layer's global registry (every `NamespaceProvider` of the library jars on ")
                .append("the class path of `it-modules`) with the public names of NumPy ").append(numpyVersion)
                .append(" (`docs/numpy-public-names.json`, written by `tools/golden/gen_numpy_names.py`). The Python ")
                .append("package and the WASI script runner call NumPy only through this registry, so a name that is ")
                .append("not registered does not exist for them.\n\n")
                .append("A name counts as implemented only when it is registered: functions, ufuncs, classes and ")
                .append("constants alike (ufuncs such as `add` are not implemented until they are registered). ")
                .append("Submodules are listed but not counted; each has its own section.\n\n");
        sb.append("## Summary\n\n").append(summary()).append('\n');
        List<String> unknown = unknown();
        sb.append("## Registered but not in NumPy\n\n");
        if (unknown.isEmpty()) {
            sb.append("None.\n\n");
        } else {
            sb.append("**Warning:** these registered names are not public names of NumPy ").append(numpyVersion)
                    .append(":\n\n");
            for (String u : unknown) {
                sb.append("- `").append(u).append("`\n");
            }
            sb.append('\n');
        }
        for (Map.Entry<String, Map<String, String>> ns : names.entrySet()) {
            int[] c = counts(ns.getKey());
            sb.append("## `").append(ns.getKey()).append("`\n\n").append(c[0]).append(" of ").append(c[1])
                    .append(" implemented.\n\n| Name | Kind | Implemented |\n|---|---|:---:|\n");
            for (Map.Entry<String, String> e : ns.getValue().entrySet()) {
                boolean module = e.getValue().equals("module");
                boolean done = registered.contains(registryName(ns.getKey(), e.getKey()));
                sb.append("| `").append(e.getKey()).append("` | ").append(e.getValue()).append(" | ")
                        .append(module ? "(not counted)" : done ? "✓" : "").append(" |\n");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** README.md with the block between the markers replaced by the summary. */
    String readme(String readme) {
        int s = readme.indexOf(START);
        int e = readme.indexOf(END);
        if (s < 0 || e < s) {
            throw new IllegalStateException("README.md lacks the markers " + START + " and " + END);
        }
        return readme.substring(0, s + START.length()) + "\n" + summary() + readme.substring(e);
    }
}
