package org.numpyjvm.it;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.numpyjvm.api.dynamic.Registry;
import org.numpyjvm.python.NumpyPython;

/**
 * docs/coverage.md and the coverage block of README.md must match the registry of every library
 * jar on the class path; {@code -Dcoverage.write=true} rewrites them ({@link CoverageReport#COMMAND}).
 */
class CoverageIT {

    @Test
    void coverageTablesAreCurrent() throws IOException {
        String rootProp = System.getProperty("numpyjvm.it.root");
        if (rootProp == null) {
            fail("system property numpyjvm.it.root is not set: run through Maven");
        }
        Path root = Paths.get(rootProp).toAbsolutePath().normalize();
        JsonNode publicNames = new ObjectMapper().readTree(root.resolve("docs/numpy-public-names.json").toFile());
        CoverageReport report = new CoverageReport(publicNames, Registry.global().functions().keySet(),
                pythonNames(publicNames));
        Path md = root.resolve("docs/coverage.md");
        Path readme = root.resolve("README.md");
        String wantMd = report.markdown();
        String oldReadme = read(readme);
        String wantReadme = report.readme(oldReadme);
        if (Boolean.getBoolean("coverage.write")) {
            Files.write(md, wantMd.getBytes(StandardCharsets.UTF_8));
            Files.write(readme, wantReadme.getBytes(StandardCharsets.UTF_8));
            System.out.println("wrote " + md + " and the coverage block of " + readme);
            return;
        }
        List<String> stale = new ArrayList<>();
        if (!Files.exists(md) || !read(md).equals(wantMd)) {
            stale.add("docs/coverage.md");
        }
        if (!oldReadme.equals(wantReadme)) {
            stale.add("the coverage block of README.md");
        }
        if (!stale.isEmpty()) {
            fail(String.join(" and ", stale) + " out of date with the registry; regenerate with:\n  "
                    + CoverageReport.COMMAND);
        }
    }

    /**
     * The public names the Python package has ("numpy.linalg:inv"), asked of a sandboxed GraalPy
     * context: {@code getattr} on each namespace (an ImportError, as for submodules not present yet,
     * counts as absent); a namespace whose import fails has none.
     */
    static Set<String> pythonNames(JsonNode publicNames) {
        Map<String, List<String>> want = new LinkedHashMap<>();
        publicNames.get("namespaces").fields().forEachRemaining(ns -> {
            List<String> attrs = new ArrayList<>();
            ns.getValue().fieldNames().forEachRemaining(attrs::add);
            want.put(ns.getKey(), attrs);
        });
        try (NumpyPython py = NumpyPython.create()) {
            py.put("_want", new ObjectMapper().writeValueAsString(want));
            py.exec("import importlib, json\n"
                    + "_have = []\n"
                    + "for _ns, _attrs in json.loads(_want).items():\n"
                    + "    try:\n"
                    + "        _m = importlib.import_module(_ns)\n"
                    + "    except ImportError:\n"
                    + "        continue\n"
                    + "    for _a in _attrs:\n"
                    + "        try:\n"
                    + "            getattr(_m, _a)\n"
                    + "            _have.append(_ns + ':' + _a)\n"
                    + "        except (AttributeError, ImportError):\n"   // np.linalg: ImportError until present
                    + "            pass\n"
                    + "_have = '\\n'.join(_have)\n");
            String have = py.get("_have");
            return have.isEmpty() ? new TreeSet<>() : new TreeSet<>(Arrays.asList(have.split("\n")));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}
