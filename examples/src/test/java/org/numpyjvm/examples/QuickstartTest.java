package org.numpyjvm.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuickstartTest {

    @Test
    void printsDtypesAndANumpyError() {
        String text = Quickstart.run();
        String words = text.replaceAll("[ \\t]+", " ");
        assertTrue(words.contains("dtype('float64') <f8 8 f\n"), text);
        assertTrue(words.contains("dtype('<U5') <U5 20 U\n"), text);
        assertTrue(words.contains("complex64 parts: dtype('float32')\n"), text);
        assertTrue(words.contains("ValueError: String length must be non-negative\n"), text);
    }
}
