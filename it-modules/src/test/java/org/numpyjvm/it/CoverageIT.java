package org.numpyjvm.it;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.numpyjvm.api.dynamic.Registry;

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
        CoverageReport report = new CoverageReport(
                new ObjectMapper().readTree(root.resolve("docs/numpy-public-names.json").toFile()),
                Registry.global().functions().keySet());
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

    private static String read(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}
