package dev.windlass.sandbox.tls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * The files of a data directory's TLS material: {@code ca.crt}, {@code ca.key}, {@code apiserver.crt}
 * and {@code apiserver.key}, as Kubernetes names them. Keys are written owner-only ({@code 0600}),
 * certificates {@code 0644}; a directory it creates is owner-only ({@code 0700}).
 */
final class TlsDirectory {

    static final String CA_CERT = "ca.crt";
    static final String CA_KEY = "ca.key";
    static final String SERVER_CERT = "apiserver.crt";
    static final String SERVER_KEY = "apiserver.key";
    /** Far more than any PEM file of ours; a larger file is not ours. */
    private static final long MAX_FILE_BYTES = 64 * 1024;

    private final Path dir;

    TlsDirectory(Path dir) {
        this.dir = dir;
    }

    boolean hasAuthority() {
        return Files.exists(dir.resolve(CA_CERT)) || Files.exists(dir.resolve(CA_KEY));
    }

    X509Certificate caCertificate() {
        return Pem.readCertificate(name(CA_CERT), required(CA_CERT));
    }

    PrivateKey caKey() {
        return Pem.readPrivateKey(name(CA_KEY), required(CA_KEY));
    }

    /** The saved server certificate and key, when both files are there and readable. */
    Optional<ServerPair> server() {
        Optional<String> cert = optional(SERVER_CERT);
        Optional<String> key = optional(SERVER_KEY);
        if (cert.isEmpty() || key.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ServerPair(Pem.readCertificate(name(SERVER_CERT), cert.get()),
                    Pem.readPrivateKey(name(SERVER_KEY), key.get())));
        } catch (TlsException e) {
            return Optional.empty(); // a damaged server pair is simply issued again
        }
    }

    void save(X509Certificate ca, PrivateKey caKey, X509Certificate server, PrivateKey serverKey) {
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
                if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
                    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
                }
            }
            AtomicFile.writeOwnerOnly(dir.resolve(CA_KEY), ascii(Pem.privateKey(caKey)));
            AtomicFile.writeReadable(dir.resolve(CA_CERT), ascii(Pem.certificate(ca)));
            AtomicFile.writeOwnerOnly(dir.resolve(SERVER_KEY), ascii(Pem.privateKey(serverKey)));
            AtomicFile.writeReadable(dir.resolve(SERVER_CERT), ascii(Pem.certificate(server)));
        } catch (IOException e) {
            throw new TlsException("cannot write TLS material to " + dir + ": " + e
                    + "; check that the directory is writable", e);
        }
    }

    private String required(String file) {
        return optional(file).orElseThrow(() -> new TlsException(name(file) + " is missing, but "
                + (file.equals(CA_CERT) ? CA_KEY : CA_CERT) + " is there; restore it, or delete " + dir
                + " to create a new certificate authority (kubeconfigs that trust the old one must then be written again)"));
    }

    private Optional<String> optional(String file) {
        Path path = dir.resolve(file);
        try {
            if (Files.size(path) > MAX_FILE_BYTES) {
                throw new TlsException(name(file) + " is larger than " + MAX_FILE_BYTES
                        + " bytes, so it is not a PEM file of ours; delete it to create new TLS material");
            }
            return Optional.of(Files.readString(path, StandardCharsets.US_ASCII));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new TlsException("cannot read " + name(file) + ": " + e, e);
        }
    }

    private String name(String file) {
        return dir.resolve(file).toString();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** A server certificate with its private key. */
    record ServerPair(X509Certificate certificate, PrivateKey key) {
    }
}
