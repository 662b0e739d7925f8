package org.numpyjvm.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * HotSpot never JIT-compiles a method with more than 8000 bytes of bytecode
 * ({@code -XX:-DontCompileHugeMethods} is off by default): such a method runs interpreted forever.
 * Every method of numpy-api's classes, generated ones included, must stay below the limit.
 * Reads the Code attributes of the class files in numpy-api's output folder.
 */
class MethodSizeTest {
    static final int HUGE = 8000;

    @Test
    void noMethodIsTooLargeToCompile() throws Exception {
        Path classes = Paths.get(NDArray.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(Files.isDirectory(classes), "expected a classes folder: " + classes);
        List<String> huge = new ArrayList<>();
        int[] count = {0};
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                count[0]++;
                for (String m : hugeMethods(Files.readAllBytes(p))) {
                    huge.add(classes.relativize(p) + " " + m);
                }
            }
        }
        assertTrue(count[0] > 100, "too few class files found in " + classes);
        assertTrue(huge.isEmpty(), "methods over " + HUGE + " bytes of bytecode (never JIT-compiled): " + huge);
    }

    /** The methods whose code is over {@link #HUGE} bytes, as "name descriptor (size)". */
    static List<String> hugeMethods(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        in.readInt(); // magic
        in.readUnsignedShort();
        in.readUnsignedShort();
        int n = in.readUnsignedShort();
        String[] utf8 = new String[n];
        for (int i = 1; i < n; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1: utf8[i] = in.readUTF(); break;
                case 3: case 4: in.readInt(); break;
                case 5: case 6: in.readLong(); i++; break;
                case 7: case 8: case 16: case 19: case 20: in.readUnsignedShort(); break;
                case 9: case 10: case 11: case 12: case 17: case 18: in.readInt(); break;
                case 15: in.readUnsignedByte(); in.readUnsignedShort(); break;
                default: throw new IOException("unknown constant pool tag " + tag);
            }
        }
        in.readUnsignedShort(); // access
        in.readUnsignedShort(); // this
        in.readUnsignedShort(); // super
        in.skipBytes(2 * in.readUnsignedShort()); // interfaces
        int fields = in.readUnsignedShort();
        for (int i = 0; i < fields; i++) {
            in.skipBytes(6);
            skipAttributes(in);
        }
        List<String> out = new ArrayList<>();
        int methods = in.readUnsignedShort();
        for (int i = 0; i < methods; i++) {
            in.readUnsignedShort();
            String name = utf8[in.readUnsignedShort()];
            String desc = utf8[in.readUnsignedShort()];
            int attrs = in.readUnsignedShort();
            for (int a = 0; a < attrs; a++) {
                String an = utf8[in.readUnsignedShort()];
                int len = in.readInt();
                if (an.equals("Code")) {
                    in.readUnsignedShort(); // max_stack
                    in.readUnsignedShort(); // max_locals
                    int code = in.readInt();
                    if (code > HUGE) {
                        out.add(name + desc + " (" + code + " bytes)");
                    }
                    in.skipBytes(len - 8);
                } else {
                    in.skipBytes(len);
                }
            }
        }
        return out;
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int n = in.readUnsignedShort();
        for (int i = 0; i < n; i++) {
            in.readUnsignedShort();
            in.skipBytes(in.readInt());
        }
    }
}
