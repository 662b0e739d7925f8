package org.numpyjvm.python.launcher;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * The launcher daemon's wire format (a Unix domain socket, one connection per run).
 *
 * <p>The client opens with {@link #MAGIC}, a kind ({@link #RUN} or {@link #STOP}) and, for a run,
 * the strings of {@code argv} (what follows the launcher's name), the environment ({@code NAME=value})
 * and the current directory. After that both sides send frames: a type byte, a length and that many
 * bytes. Server to client: {@link #OUT}, {@link #ERR}, {@link #READ} (the program wants up to
 * {@code length} bytes of stdin; no payload), {@link #EXIT} (the status, in place of the length; last
 * frame). Client to server: {@link #IN} (stdin bytes; length 0 = end of file), {@link #INTERRUPT}
 * (Ctrl-C; no payload).
 */
final class Frames {
    static final int MAGIC = 0x4e4a5044; // "NJPD"
    static final int RUN = 1;
    static final int STOP = 2;

    static final byte OUT = 'O';
    static final byte ERR = 'E';
    static final byte READ = 'R';
    static final byte EXIT = 'X';
    static final byte IN = 'I';
    static final byte INTERRUPT = 'C';

    private Frames() {
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > (64 << 20)) {
            throw new IOException("bad string length " + n);
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    static void writeStrings(DataOutputStream out, String[] strings) throws IOException {
        out.writeInt(strings.length);
        for (String s : strings) {
            writeString(out, s);
        }
    }

    static String[] readStrings(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1 << 20) {
            throw new IOException("bad count " + n);
        }
        String[] r = new String[n];
        for (int i = 0; i < n; i++) {
            r[i] = readString(in);
        }
        return r;
    }

    /** One frame; callers share {@code out} between threads, so it is written under its lock. */
    static void writeFrame(DataOutputStream out, byte type, int length, byte[] b, int off) throws IOException {
        // an interrupted thread (Truffle interrupts a cancelled run's threads) would close the channel
        boolean interrupted = Thread.interrupted();
        try {
            synchronized (out) {
                out.writeByte(type);
                out.writeInt(length);
                if (b != null && length > 0) {
                    out.write(b, off, length);
                }
                out.flush();
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The next frame's type, or -1 at the end of the stream. */
    static int readType(DataInputStream in) throws IOException {
        try {
            return in.readUnsignedByte();
        } catch (EOFException e) {
            return -1;
        }
    }

    /**
     * The channel's input, buffered. (Not Channels.newInputStream: its reads and writes share a lock,
     * and here one thread reads while another writes.)
     */
    static InputStream in(SocketChannel ch) {
        return new java.io.BufferedInputStream(new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return len == 0 ? 0 : ch.read(ByteBuffer.wrap(b, off, len));
            }
        }, 1 << 16);
    }

    /** The channel's output, buffered; {@link #writeFrame} flushes every frame. */
    static OutputStream out(SocketChannel ch) {
        return new java.io.BufferedOutputStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                ByteBuffer buf = ByteBuffer.wrap(b, off, len);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
            }
        }, 1 << 16);
    }
}
