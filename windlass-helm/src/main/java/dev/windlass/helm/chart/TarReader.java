package dev.windlass.helm.chart;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A minimal reader of tar streams (ustar, GNU long names, PAX {@code path}/{@code size} records),
 * enough for chart archives. Like Go's {@code archive/tar}, it folds GNU and PAX extension entries
 * into the header that follows, returns global PAX headers as entries, and treats one zero block
 * as the end. Errors use Go's words ({@code archive/tar: invalid tar header}, {@code unexpected EOF}).
 */
final class TarReader {

    /** One entry's header. */
    record Header(String name, char type, long size) {
        boolean isDirectory() {
            return type == '5' || name.endsWith("/");
        }
    }

    static final String INVALID_HEADER = "archive/tar: invalid tar header";
    private static final int BLOCK = 512;

    private final InputStream in;
    private long remaining;
    private long padding;

    TarReader(InputStream in) {
        this.in = in;
    }

    /** The next entry's header, or empty at the end of the archive. */
    Optional<Header> next() throws IOException {
        skip(remaining + padding);
        remaining = 0;
        padding = 0;
        String longName = null;
        String paxPath = null;
        Long paxSize = null;
        while (true) {
            byte[] block = readBlock();
            if (block == null || isZero(block)) {
                return Optional.empty();
            }
            Header raw = parse(block);
            long size = raw.size();
            if (raw.type() == 'L' || raw.type() == 'x' || raw.type() == 'K') {
                byte[] body = readBody(size);
                if (raw.type() == 'L') {
                    longName = cString(body, 0, body.length);
                } else if (raw.type() == 'x') {
                    String text = new String(body, StandardCharsets.UTF_8);
                    paxPath = paxRecord(text, "path");
                    String s = paxRecord(text, "size");
                    paxSize = s == null ? null : parseSize(s);
                }
                continue;
            }
            String name = paxPath != null ? paxPath : longName != null ? longName : raw.name();
            long effective = paxSize != null ? paxSize : size;
            remaining = effective;
            padding = (BLOCK - effective % BLOCK) % BLOCK;
            return Optional.of(new Header(name, raw.type(), effective));
        }
    }

    /** Reads up to {@code max} bytes of the current entry's data. */
    byte[] read(long max) throws IOException {
        int n = (int) Math.min(remaining, max);
        byte[] data = in.readNBytes(n);
        if (data.length < n) {
            throw new EOFException("unexpected EOF");
        }
        remaining -= n;
        return data;
    }

    private byte[] readBody(long size) throws IOException {
        if (size > 1 << 20) {
            throw new IOException(INVALID_HEADER);
        }
        byte[] body = in.readNBytes((int) size);
        if (body.length < size) {
            throw new EOFException("unexpected EOF");
        }
        skip((BLOCK - size % BLOCK) % BLOCK);
        return body;
    }

    private byte[] readBlock() throws IOException {
        byte[] block = in.readNBytes(BLOCK);
        if (block.length == 0) {
            return null;
        }
        if (block.length < BLOCK) {
            throw new EOFException("unexpected EOF");
        }
        return block;
    }

    private void skip(long n) throws IOException {
        long left = n;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("unexpected EOF");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    private static Header parse(byte[] b) throws IOException {
        if (!checksumOk(b)) {
            throw new IOException(INVALID_HEADER);
        }
        String name = cString(b, 0, 100);
        String magic = new String(b, 257, 6, StandardCharsets.ISO_8859_1);
        if ("ustar\0".equals(magic)) {
            String prefix = cString(b, 345, 155);
            if (!prefix.isEmpty()) {
                name = prefix + "/" + name;
            }
        }
        char type = (char) (b[156] == 0 ? '0' : b[156] & 0xff);
        return new Header(name, type, numeric(b, 124, 12));
    }

    private static boolean checksumOk(byte[] b) throws IOException {
        long stored = numeric(b, 148, 8);
        long unsigned = 0;
        long signed = 0;
        for (int i = 0; i < BLOCK; i++) {
            int v = i >= 148 && i < 156 ? ' ' : b[i];
            unsigned += v & 0xff;
            signed += i >= 148 && i < 156 ? ' ' : b[i];
        }
        return stored == unsigned || stored == signed;
    }

    private static long numeric(byte[] b, int off, int len) throws IOException {
        if ((b[off] & 0x80) != 0) {
            long v = b[off] & 0x7f;
            for (int i = 1; i < len; i++) {
                v = (v << 8) | (b[off + i] & 0xff);
            }
            return v;
        }
        String s = cString(b, off, len).trim();
        if (s.isEmpty()) {
            return 0;
        }
        try {
            return Long.parseLong(s, 8);
        } catch (NumberFormatException e) {
            throw new IOException(INVALID_HEADER);
        }
    }

    private static long parseSize(String s) throws IOException {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new IOException(INVALID_HEADER);
        }
    }

    private static String paxRecord(String text, String key) {
        String found = null;
        for (String line : text.split("\n")) {
            int space = line.indexOf(' ');
            int eq = line.indexOf('=');
            if (space > 0 && eq > space && line.substring(space + 1, eq).equals(key)) {
                found = line.substring(eq + 1);
            }
        }
        return found;
    }

    private static String cString(byte[] b, int off, int len) {
        int end = off;
        while (end < off + len && b[end] != 0) {
            end++;
        }
        return new String(b, off, end - off, StandardCharsets.UTF_8);
    }

    private static boolean isZero(byte[] block) {
        for (byte x : block) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }
}
