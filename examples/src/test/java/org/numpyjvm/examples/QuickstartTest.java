package org.numpyjvm.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuickstartTest {

    @Test
    void printsDtypesAndANumpyError() {
        String text = Quickstart.run();
        assertTrue(text.contains("dtype('float64')     <f8     8         f\n"), text);
        assertTrue(text.contains("dtype('<U5')         <U5     20        U\n"), text);
        assertTrue(text.contains("complex64 parts: dtype('float32')\n"), text);
        assertTrue(text.contains("ValueError: String length must be non-negative\n"), text);
    }
}
