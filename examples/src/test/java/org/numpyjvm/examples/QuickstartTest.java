package org.numpyjvm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickstartTest {

    @Test
    void printsWhatNumpyPrints() throws IOException {
        String expected;
        try (InputStream in = QuickstartTest.class.getResourceAsStream("/quickstart.txt")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(expected, Quickstart.run());
    }
}
