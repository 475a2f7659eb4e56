package dev.windlass.sandbox.tls;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * PEM text for certificates ({@code CERTIFICATE}) and private keys. Keys are written as PKCS#8
 * ({@code PRIVATE KEY}); reading also accepts the SEC 1 form ({@code EC PRIVATE KEY}) that openssl
 * and kubeadm write. A file's name is passed along only for messages.
 */
final class Pem {

    private static final Base64.Encoder BASE64 = Base64.getMimeEncoder(64, new byte[] {'\n'});

    private Pem() {
    }

    static String certificate(X509Certificate certificate) {
        try {
            return block("CERTIFICATE", certificate.getEncoded());
        } catch (CertificateException e) {
            throw new TlsException("cannot encode certificate " + certificate.getSubjectX500Principal(), e);
        }
    }

    static String privateKey(PrivateKey key) {
        return block("PRIVATE KEY", key.getEncoded());
    }

    /** The first certificate in {@code text}. */
    static X509Certificate readCertificate(String file, String text) {
        Object object = firstObject(file, text);
        if (!(object instanceof X509CertificateHolder holder)) {
            throw new TlsException(file + ": expected a PEM CERTIFICATE block, found "
                    + describe(object) + "; delete the file to create new TLS material");
        }
        try {
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (CertificateException e) {
            throw new TlsException(file + ": the certificate cannot be decoded: " + e.getMessage(), e);
        }
    }

    /** The first private key in {@code text}, PKCS#8 or SEC 1. */
    static PrivateKey readPrivateKey(String file, String text) {
        Object object = firstObject(file, text);
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
        try {
            if (object instanceof PrivateKeyInfo info) {
                return converter.getPrivateKey(info);
            }
            if (object instanceof PEMKeyPair pair) {
                return converter.getPrivateKey(pair.getPrivateKeyInfo());
            }
        } catch (IOException e) {
            throw new TlsException(file + ": the private key cannot be decoded: " + e.getMessage(), e);
        }
        throw new TlsException(file + ": expected an unencrypted PEM PRIVATE KEY or EC PRIVATE KEY block, found "
                + describe(object) + "; delete the file to create new TLS material");
    }

    private static Object firstObject(String file, String text) {
        try (PEMParser parser = new PEMParser(new StringReader(text))) {
            return parser.readObject();
        } catch (IOException | RuntimeException e) {
            throw new TlsException(file + ": not valid PEM: " + e.getMessage(), e);
        }
    }

    private static String describe(Object object) {
        return object == null ? "no PEM block" : object.getClass().getSimpleName();
    }

    private static String block(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + new String(BASE64.encode(der), StandardCharsets.US_ASCII)
                + "\n-----END " + type + "-----\n";
    }
}
