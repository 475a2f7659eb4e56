package dev.windlass.server.admission;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.List;

/** Reading and writing PEM certificate and key files, every read bounded. */
final class CertificateFiles {

    private static final int MAX_BYTES = 1 << 20;
    private static final String RSA_ENCRYPTION = "1.2.840.113549.1.1.1";

    private CertificateFiles() {
    }

    /** The certificates of a PEM file, leaf first; fails when there are none. */
    static List<X509Certificate> readCertificates(Path file) throws WebhookTlsException {
        List<X509Certificate> certificates = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (Pem.Block block : Pem.decode(read(file))) {
                if (block.type().equals("CERTIFICATE")) {
                    certificates.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(block.der())));
                }
            }
        } catch (GeneralSecurityException e) {
            throw new WebhookTlsException(file + ": not a valid X.509 certificate (" + e.getMessage()
                    + "); give a PEM file with -----BEGIN CERTIFICATE----- blocks", e);
        }
        if (certificates.isEmpty()) {
            throw new WebhookTlsException(file + " holds no -----BEGIN CERTIFICATE----- block; give a PEM certificate file");
        }
        return List.copyOf(certificates);
    }

    /** The private key of a PEM file: PKCS#8 ({@code PRIVATE KEY}, RSA or EC) or PKCS#1 ({@code RSA PRIVATE KEY}). */
    static PrivateKey readPrivateKey(Path file) throws WebhookTlsException {
        for (Pem.Block block : Pem.decode(read(file))) {
            try {
                if (block.type().equals("PRIVATE KEY")) {
                    return pkcs8(block.der());
                }
                if (block.type().equals("RSA PRIVATE KEY")) {
                    return pkcs8(wrapPkcs1(block.der()));
                }
            } catch (GeneralSecurityException e) {
                throw new WebhookTlsException(file + ": the private key cannot be read (" + e.getMessage()
                        + "); give an unencrypted PKCS#8 or PKCS#1 PEM key", e);
            }
        }
        throw new WebhookTlsException(file + " holds no unencrypted -----BEGIN PRIVATE KEY----- or -----BEGIN RSA PRIVATE "
                + "KEY----- block; convert the key with 'openssl pkcs8 -topk8 -nocrypt -in KEY -out KEY.pem'");
    }

    static void writeCertificates(Path file, List<X509Certificate> certificates) throws WebhookTlsException {
        StringBuilder text = new StringBuilder();
        try {
            for (X509Certificate certificate : certificates) {
                text.append(Pem.encode("CERTIFICATE", certificate.getEncoded()));
            }
        } catch (GeneralSecurityException e) {
            throw new WebhookTlsException("cannot encode the certificate for " + file + ": " + e.getMessage(), e);
        }
        write(file, text.toString(), false);
    }

    /** Writes a PKCS#8 PEM key, readable by the owner only where the file system has POSIX permissions. */
    static void writePrivateKey(Path file, PrivateKey key) throws WebhookTlsException {
        write(file, Pem.encode("PRIVATE KEY", key.getEncoded()), true);
    }

    private static PrivateKey pkcs8(byte[] der) throws GeneralSecurityException {
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(spec);
        } catch (GeneralSecurityException e) {
            return KeyFactory.getInstance("EC").generatePrivate(spec);
        }
    }

    /** A PKCS#1 RSAPrivateKey inside a PKCS#8 PrivateKeyInfo, which the JDK's KeyFactory reads. */
    static byte[] wrapPkcs1(byte[] pkcs1) {
        return Der.sequence(Der.integer(0), Der.sequence(Der.oid(RSA_ENCRYPTION), Der.nullValue()),
                Der.octetString(pkcs1));
    }

    private static String read(Path file) throws WebhookTlsException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new WebhookTlsException(file + " is larger than " + MAX_BYTES + " bytes, so it is not a PEM file");
            }
            return new String(bytes, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            throw new WebhookTlsException(file + " does not exist; check the path", e);
        } catch (IOException e) {
            throw new WebhookTlsException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path file, String text, boolean secret) throws WebhookTlsException {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temp = Files.createTempFile(parent, "." + file.getFileName(), ".tmp");
            try {
                if (secret && FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
                }
                Files.writeString(temp, text, StandardCharsets.US_ASCII);
                Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new WebhookTlsException("cannot write " + file + ": " + e.getMessage()
                    + "; check that the certificate directory is writable", e);
        }
    }
}
