package dev.windlass.helm.repo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Builds small chart archives ({@code <name>/Chart.yaml} in a gzipped tar) for tests. */
public final class TestCharts {

    private TestCharts() {
    }

    /** A chart archive for {@code name} at {@code version}. */
    public static byte[] archive(String name, String version) {
        String chartYaml = "apiVersion: v2\nname: " + name + "\nversion: " + version + "\n";
        try {
            ByteArrayOutputStream tar = new ByteArrayOutputStream();
            entry(tar, name + "/Chart.yaml", chartYaml.getBytes(StandardCharsets.UTF_8));
            tar.write(new byte[1024]);
            ByteArrayOutputStream gz = new ByteArrayOutputStream();
            try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
                out.write(tar.toByteArray());
            }
            return gz.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void entry(ByteArrayOutputStream tar, String path, byte[] data) throws IOException {
        byte[] header = new byte[512];
        put(header, 0, path);
        put(header, 100, "0000644\0");
        put(header, 108, "0000000\0");
        put(header, 116, "0000000\0");
        put(header, 124, String.format("%011o\0", data.length));
        put(header, 136, "00000000000\0");
        header[156] = '0';
        put(header, 257, "ustar\0");
        put(header, 263, "00");
        for (int i = 148; i < 156; i++) {
            header[i] = ' ';
        }
        int sum = 0;
        for (byte b : header) {
            sum += b & 0xff;
        }
        put(header, 148, String.format("%06o\0 ", sum));
        tar.write(header);
        tar.write(data);
        tar.write(new byte[(512 - data.length % 512) % 512]);
    }

    private static void put(byte[] header, int at, String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, header, at, b.length);
    }
}
