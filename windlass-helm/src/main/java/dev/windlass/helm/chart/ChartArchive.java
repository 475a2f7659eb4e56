package dev.windlass.helm.chart;

import dev.windlass.helm.HelmException;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Helm's {@code archive.LoadArchiveFiles}: the files of a gzipped chart tarball with the top
 * directory stripped, after its path safety checks (absolute paths, {@code ..}, drive letters) and
 * size limits, a UTF-8 byte-order mark dropped from each file. Streams, so a decompression bomb is
 * refused once the limit is reached, never inflated whole.
 */
final class ChartArchive {

    /** Helm's {@code MaxDecompressedChartSize}: 100 MiB of files in all. */
    static final long MAX_DECOMPRESSED_CHART_SIZE = 100L * 1024 * 1024;
    /** Helm's {@code MaxDecompressedFileSize}: 5 MiB per file. */
    static final long MAX_DECOMPRESSED_FILE_SIZE = 5L * 1024 * 1024;

    private static final Pattern DRIVE_PATH = Pattern.compile("^[a-zA-Z]:/.*", Pattern.DOTALL);
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ChartArchive() {
    }

    /** The archive's files in archive order. */
    static List<ChartFile> files(byte[] archive) throws HelmException {
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(archive))) {
            return read(new TarReader(gzip));
        } catch (ZipException e) {
            throw new HelmException("gzip: invalid header", e);
        } catch (EOFException e) {
            throw new HelmException(archive.length == 0 ? "EOF" : "unexpected EOF", e);
        } catch (IOException e) {
            throw new HelmException(e.getMessage(), e);
        }
    }

    private static List<ChartFile> read(TarReader tar) throws IOException, HelmException {
        List<ChartFile> files = new ArrayList<>();
        long remaining = MAX_DECOMPRESSED_CHART_SIZE;
        for (Optional<TarReader.Header> next = tar.next(); next.isPresent(); next = tar.next()) {
            TarReader.Header header = next.get();
            if (header.isDirectory() || header.type() == 'g') {
                continue;
            }
            String name = checkedName(header.name());
            if (header.size() > remaining) {
                throw tooLarge();
            }
            if (header.size() > MAX_DECOMPRESSED_FILE_SIZE) {
                throw new HelmException("decompressed chart file \"" + header.name()
                        + "\" is larger than the maximum file size " + MAX_DECOMPRESSED_FILE_SIZE);
            }
            byte[] data = tar.read(remaining);
            remaining -= data.length;
            if (data.length < header.size() || remaining <= 0) {
                throw tooLarge();
            }
            files.add(new ChartFile(name, stripBom(data)));
        }
        if (files.isEmpty()) {
            throw new HelmException("no files in chart archive");
        }
        return files;
    }

    /** The name with the chart's top directory removed, or Helm's refusal. */
    static String checkedName(String entry) throws HelmException {
        String delimiter = entry.indexOf('\\') >= 0 ? "\\" : "/";
        String[] parts = entry.split(Pattern.quote(delimiter), -1);
        String joined = String.join(delimiter, Arrays.asList(parts).subList(1, parts.length));
        String name = joined.replace(delimiter, "/");
        if (name.startsWith("/")) {
            throw new HelmException("chart illegally contains absolute paths");
        }
        name = GoPaths.clean(name);
        if (name.equals(".")) {
            throw new HelmException("chart illegally contains content outside the base directory: "
                    + GoPaths.quote(entry));
        }
        if (name.startsWith("..")) {
            throw new HelmException("chart illegally references parent directory");
        }
        if (DRIVE_PATH.matcher(name).matches()) {
            throw new HelmException("chart contains illegally named files");
        }
        if (parts[0].equals("Chart.yaml")) {
            throw new HelmException("chart yaml not in base directory");
        }
        return name;
    }

    private static HelmException tooLarge() {
        return new HelmException("decompressed chart is larger than the maximum size " + MAX_DECOMPRESSED_CHART_SIZE);
    }

    static byte[] stripBom(byte[] data) {
        if (data.length >= 3 && data[0] == BOM[0] && data[1] == BOM[1] && data[2] == BOM[2]) {
            return Arrays.copyOfRange(data, 3, data.length);
        }
        return data;
    }

    /** Helm's {@code EnsureArchive} check, for an archive named {@code source}. */
    static void ensureArchive(String source, byte[] data) throws HelmException {
        if (data.length >= 3 && (data[0] & 0xff) == 0x1f && (data[1] & 0xff) == 0x8b && data[2] == 8) {
            return;
        }
        if (source.endsWith(".yml") || source.endsWith(".yaml")) {
            throw new HelmException("file '" + source + "' seems to be a YAML file, but expected a gzipped archive");
        }
        throw new HelmException("file '" + source + "' does not appear to be a gzipped archive; got '"
                + contentType(data) + "'");
    }

    private static String contentType(byte[] data) {
        int n = Math.min(data.length, 512);
        for (int i = 0; i < n; i++) {
            int b = data[i] & 0xff;
            if (b <= 0x08 || b == 0x0B || (b >= 0x0E && b <= 0x1A) || (b >= 0x1C && b <= 0x1F)) {
                return "application/octet-stream";
            }
        }
        String head = new String(data, 0, n, StandardCharsets.UTF_8).stripLeading();
        if (head.startsWith("PK\u0003\u0004")) {
            return "application/zip";
        }
        return "text/plain; charset=utf-8";
    }
}
