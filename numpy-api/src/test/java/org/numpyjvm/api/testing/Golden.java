package org.numpyjvm.api.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Golden data produced by real NumPy: {@code tools/golden/gen_<topic>.py} writes
 * {@code numpy-api/src/test/resources/golden/<topic>.json}; tests read it here and never need
 * Python. Regenerate everything with {@code tools/golden/generate_all.sh}.
 */
public final class Golden {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Golden() {
    }

    /** The parsed JSON document {@code golden/<topic>.json} from the test class path. */
    public static JsonNode load(String topic) {
        String path = "/golden/" + topic + ".json";
        try (InputStream in = Golden.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing golden data " + path + ": run tools/golden/gen_" + topic + ".py");
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
