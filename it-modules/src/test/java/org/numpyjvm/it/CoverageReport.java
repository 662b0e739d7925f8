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
 * Renders the coverage of NumPy's public names: docs/coverage.md and the summary block of
 * README.md. Two columns: the dynamic registry (what Java's dynamic callers and the WASI runner
 * see: functions, ufuncs, classes and constants alike) and the Python package on GraalPy (the
 * registry's names plus what the package defines itself: ndarray, the scalar types, constants,
 * numpy.testing...). Submodules are not counted (each has its own section).
 */
final class CoverageReport {
    static final String COMMAND = "mvn -q -pl it-modules -am verify -Dcoverage.write=true";
    static final String START = "<!-- coverage:start -->";
    static final String END = "<!-- coverage:end -->";

    private final String numpyVersion;
    /** namespace ("numpy.linalg") to attribute to kind, in file order. */
    private final Map<String, Map<String, String>> names = new LinkedHashMap<>();
    private final Set<String> registered;
    /** Names the Python package has, as "namespace:attr". */
    private final Set<String> python;

    CoverageReport(JsonNode publicNames, Set<String> registered, Set<String> python) {
        this.numpyVersion = publicNames.get("numpy").asText();
        this.registered = new TreeSet<>(registered);
        this.python = new TreeSet<>(python);
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

    /** The Python column's key of {@code attr} in {@code namespace}. */
    static String pythonName(String namespace, String attr) {
        return namespace + ":" + attr;
    }

    /** {registered, in Python, total} for one namespace. */
    private int[] counts(String namespace) {
        int[] c = new int[3];
        for (Map.Entry<String, String> e : names.get(namespace).entrySet()) {
            if (!e.getValue().equals("module")) {
                c[2]++;
                if (registered.contains(registryName(namespace, e.getKey()))) {
                    c[0]++;
                }
                if (python.contains(pythonName(namespace, e.getKey()))) {
                    c[1]++;
                }
            }
        }
        return c;
    }

    private static String percent(int done, int total) {
        return total == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * done / total);
    }

    /** The summary table (README block and top of coverage.md). */
    String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append("| Namespace | Registry | % | Python | % | Total |\n|---|---:|---:|---:|---:|---:|\n");
        int[] all = new int[3];
        for (String ns : names.keySet()) {
            int[] c = counts(ns);
            for (int i = 0; i < 3; i++) {
                all[i] += c[i];
            }
            sb.append(row("`" + ns + "`", c, ""));
        }
        sb.append(row("**all**", all, "**"));
        return sb.toString();
    }

    private static String row(String label, int[] c, String bold) {
        return "| " + label + " | " + bold + c[0] + bold + " | " + bold + percent(c[0], c[2]) + bold + " | "
                + bold + c[1] + bold + " | " + bold + percent(c[1], c[2]) + bold + " | " + bold + c[2] + bold
                + " |\n";
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
                .append("the class path of `it-modules`) and the Python package (`numpy` on GraalPy, from python-graal) ")
                .append("with the public names of NumPy ").append(numpyVersion)
                .append(" (`docs/numpy-public-names.json`, written by `tools/golden/gen_numpy_names.py`).\n\n")
                .append("**Registry**: registered in the dynamic layer (functions, ufuncs, classes and constants alike), ")
                .append("so Java's dynamic callers and the WASI script runner have it. **Python**: `hasattr` of the ")
                .append("namespace in the Python package is true (the registry's names plus what the package defines ")
                .append("itself: `ndarray`, the scalar types, constants, `numpy.testing`, ...). A namespace whose ")
                .append("import raises ImportError has nothing. Submodules are listed but not counted; each has ")
                .append("its own section.\n\n");
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
            sb.append("## `").append(ns.getKey()).append("`\n\n").append(c[0]).append(" of ").append(c[2])
                    .append(" registered, ").append(c[1]).append(" in Python.\n\n")
                    .append("| Name | Kind | Registry | Python |\n|---|---|:---:|:---:|\n");
            for (Map.Entry<String, String> e : ns.getValue().entrySet()) {
                boolean module = e.getValue().equals("module");
                boolean done = registered.contains(registryName(ns.getKey(), e.getKey()));
                boolean py = python.contains(pythonName(ns.getKey(), e.getKey()));
                sb.append("| `").append(e.getKey()).append("` | ").append(e.getValue()).append(" | ")
                        .append(module ? "(not counted)" : done ? "✓" : "").append(" | ")
                        .append(module ? "" : py ? "✓" : "").append(" |\n");
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
