package dev.windlass.server;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where a running {@code windlass up} serves its local API and the token it requires. {@code windlass up}
 * writes it to {@link #defaultLocation()} ({@code $WINDLASS_HOME/endpoint.json}, {@code ~/.windlass}
 * by default) readable by the user only; {@code windlass app} reads it from there.
 *
 * @param url   base URL, {@code http://127.0.0.1:PORT}
 * @param token the bearer token; {@link #toString()} never shows it
 */
public record Endpoint(String url, String token) {

    /** The file name inside {@code $WINDLASS_HOME}. */
    public static final String FILE_NAME = "endpoint.json";
    private static final int MAX_FILE_BYTES = 64 * 1024;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

    public Endpoint {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(token, "token");
        url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        if (!validUrl(url)) {
            throw new IllegalArgumentException("'" + url + "' is not an http(s) URL like http://127.0.0.1:8080");
        }
        if (token.isBlank() || token.chars().anyMatch(c -> c <= ' ' || c >= 127)) {
            throw new IllegalArgumentException("the auth token must be non-empty printable ASCII without spaces");
        }
    }

    /** {@code $WINDLASS_HOME/endpoint.json} of this process, {@code ~/.windlass/endpoint.json} without it. */
    public static Path defaultLocation() {
        return defaultLocation(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** {@code WINDLASS_HOME} of {@code env} (when set and not blank), else {@code home/.windlass}, plus the file name. */
    public static Path defaultLocation(Map<String, String> env, Path home) {
        String windlassHome = env.get("WINDLASS_HOME");
        Path dir = windlassHome == null || windlassHome.isBlank() ? home.resolve(".windlass") : Path.of(windlassHome);
        return dir.resolve(FILE_NAME);
    }

    /**
     * Writes this endpoint to {@code file} atomically (a temporary file beside it, then a rename), readable
     * and writable by the owner only (mode 0600 where the file system has POSIX permissions). Missing
     * parent directories are created, owner-only.
     */
    public void write(Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_DIR)}
                    : new FileAttribute<?>[0]);
        }
        Path temp = posix ? Files.createTempFile(dir, ".endpoint-", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(dir, ".endpoint-", ".tmp");
        try {
            Files.writeString(temp, toJson(), StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Reads an endpoint file.
     *
     * @throws EndpointException when it is missing (windlass up is not running), unreadable or malformed;
     *                           the message names the file and says what to do
     */
    public static Endpoint read(Path file) throws EndpointException {
        String text;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new EndpointException(file + " is larger than " + MAX_FILE_BYTES + " bytes, so it is not an endpoint "
                        + "file; delete it and start 'windlass up' again");
            }
            text = new String(bytes, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new EndpointException("windlass up is not running: " + file + " does not exist (windlass up writes it "
                    + "when it starts); start it with 'windlass up', or pass --server URL and --auth-token TOKEN");
        } catch (IOException e) {
            throw new EndpointException("cannot read " + file + ": " + e.getMessage() + "; check that you may read it");
        }
        return parse(file, text);
    }

    /** Deletes {@code file} if it still holds this endpoint (a newer {@code windlass up} may have replaced it). */
    public void removeFrom(Path file) throws IOException {
        try {
            if (read(file).equals(this)) {
                Files.deleteIfExists(file);
            }
        } catch (EndpointException e) {
            // Missing or not ours: nothing to remove.
        }
    }

    @Override
    public String toString() {
        return "Endpoint[url=" + url + ", token=<redacted>]";
    }

    String toJson() {
        return ApiJson.write(MapNode.of("url", Node.of(url), "token", Node.of(token))) + "\n";
    }

    private static Endpoint parse(Path file, String text) throws EndpointException {
        String remedy = "; delete it and start 'windlass up' again";
        try {
            MapNode json = ApiJson.readObject(file.toString(), text, MAX_FILE_BYTES);
            String url = json.getText("url").orElseThrow(() -> new EndpointException(file + " has no \"url\"" + remedy));
            String token = json.getText("token").orElseThrow(() -> new EndpointException(file + " has no \"token\"" + remedy));
            return new Endpoint(url, token);
        } catch (ApiJson.BadJson e) {
            throw new EndpointException(file + " is not an endpoint file: " + e.getMessage() + remedy);
        } catch (IllegalArgumentException e) {
            throw new EndpointException(file + ": " + e.getMessage() + remedy);
        }
    }

    private static boolean validUrl(String text) {
        try {
            URI uri = new URI(text);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getQuery() == null && uri.getFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
