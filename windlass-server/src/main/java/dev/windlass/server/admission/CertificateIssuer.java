package dev.windlass.server.admission;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Issues the two certificates of a webhook, as Gatekeeper's cert-controller does: a self-signed CA
 * (RSA 2048, CN {@code windlass-ca}, O {@code windlass}, key usages digitalSignature, keyEncipherment
 * and keyCertSign) and a serving certificate it signs (CN the first DNS name, all names as SANs,
 * extended key usage serverAuth). Both are SHA-256 with RSA, valid from one hour before now.
 */
final class CertificateIssuer {

    static final String CA_NAME = "windlass-ca";
    static final String CA_ORGANIZATION = "windlass";
    private static final int KEY_BITS = 2048;
    private static final String SHA256_WITH_RSA = "1.2.840.113549.1.1.11";
    private static final String COMMON_NAME = "2.5.4.3";
    private static final String ORGANIZATION = "2.5.4.10";
    private static final String SUBJECT_KEY_ID = "2.5.29.14";
    private static final String KEY_USAGE = "2.5.29.15";
    private static final String SUBJECT_ALT_NAME = "2.5.29.17";
    private static final String BASIC_CONSTRAINTS = "2.5.29.19";
    private static final String AUTHORITY_KEY_ID = "2.5.29.35";
    private static final String EXT_KEY_USAGE = "2.5.29.37";
    private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
    /** digitalSignature, keyEncipherment, keyCertSign: bits 0, 2 and 5, so the last 2 bits are unused. */
    private static final byte[] CA_KEY_USAGE = {(byte) 0xa4};
    /** digitalSignature and keyEncipherment: bits 0 and 2, so the last 5 bits are unused. */
    private static final byte[] SERVING_KEY_USAGE = {(byte) 0xa0};

    private final SecureRandom random;

    CertificateIssuer(SecureRandom random) {
        this.random = random;
    }

    KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(KEY_BITS, random);
        return generator.generateKeyPair();
    }

    /** A self-signed CA certificate for {@code key}. */
    X509Certificate issueCa(KeyPair key, Instant notBefore, Instant notAfter) throws GeneralSecurityException {
        byte[] name = name(CA_NAME, CA_ORGANIZATION);
        byte[] extensions = Der.sequence(
                extension(BASIC_CONSTRAINTS, true, Der.sequence(Der.bool(true))),
                extension(KEY_USAGE, true, Der.bitString(CA_KEY_USAGE, 2)),
                extension(SUBJECT_KEY_ID, false, Der.octetString(keyId(key.getPublic()))));
        return sign(name, name, key.getPublic(), notBefore, notAfter, extensions, key.getPrivate());
    }

    /** A serving certificate for {@code hosts} (DNS names and IP literals), signed by the CA. */
    X509Certificate issueServing(PublicKey subjectKey, List<String> hosts, X509Certificate ca, PrivateKey caKey,
                                 Instant notBefore, Instant notAfter) throws GeneralSecurityException {
        byte[] extensions = Der.sequence(
                extension(BASIC_CONSTRAINTS, true, Der.sequence()),
                extension(KEY_USAGE, true, Der.bitString(SERVING_KEY_USAGE, 5)),
                extension(EXT_KEY_USAGE, false, Der.sequence(Der.oid(SERVER_AUTH))),
                extension(SUBJECT_ALT_NAME, false, subjectAltNames(hosts)),
                extension(AUTHORITY_KEY_ID, false, Der.sequence(Der.implicitPrimitive(0, keyId(ca.getPublicKey())))));
        byte[] issuer = ca.getSubjectX500Principal().getEncoded();
        return sign(issuer, name(hosts.get(0), null), subjectKey, notBefore, notAfter, extensions, caKey);
    }

    private X509Certificate sign(byte[] issuer, byte[] subject, PublicKey subjectKey, Instant notBefore, Instant notAfter,
                                 byte[] extensions, PrivateKey signer) throws GeneralSecurityException {
        byte[] algorithm = Der.sequence(Der.oid(SHA256_WITH_RSA), Der.nullValue());
        byte[] tbs = Der.sequence(
                Der.explicit(0, Der.integer(2)),
                Der.integer(new BigInteger(127, random).add(BigInteger.ONE)),
                algorithm,
                issuer,
                Der.sequence(Der.time(notBefore), Der.time(notAfter)),
                subject,
                subjectKey.getEncoded(),
                Der.explicit(3, extensions));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(signer, random);
        signature.update(tbs);
        byte[] certificate = Der.sequence(tbs, algorithm, Der.bitString(signature.sign()));
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        return (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(certificate));
    }

    private static byte[] name(String commonName, String organization) {
        List<byte[]> rdns = new ArrayList<>();
        if (organization != null) {
            rdns.add(Der.set(Der.sequence(Der.oid(ORGANIZATION), Der.utf8(organization))));
        }
        rdns.add(Der.set(Der.sequence(Der.oid(COMMON_NAME), Der.utf8(commonName))));
        return Der.sequence(rdns.toArray(byte[][]::new));
    }

    private static byte[] extension(String oid, boolean critical, byte[] value) {
        return critical ? Der.sequence(Der.oid(oid), Der.bool(true), Der.octetString(value))
                : Der.sequence(Der.oid(oid), Der.octetString(value));
    }

    /** DNS names as {@code [2] dNSName}, IP literals as {@code [7] iPAddress}. */
    private static byte[] subjectAltNames(List<String> hosts) throws GeneralSecurityException {
        List<byte[]> names = new ArrayList<>();
        for (String host : hosts) {
            if (WebhookHosts.isIpLiteral(host)) {
                names.add(Der.implicitPrimitive(7, address(host)));
            } else {
                names.add(Der.implicitPrimitive(2, host.getBytes(StandardCharsets.US_ASCII)));
            }
        }
        return Der.sequence(names.toArray(byte[][]::new));
    }

    private static byte[] address(String literal) throws GeneralSecurityException {
        try {
            return InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException e) {
            throw new GeneralSecurityException("'" + literal + "' is not an IP address", e);
        }
    }

    /** RFC 5280's method 1 key identifier: SHA-1 of the subjectPublicKey bits, as Go's x509 computes it. */
    private static byte[] keyId(PublicKey key) throws GeneralSecurityException {
        byte[] spki = key.getEncoded();
        byte[] bits = Der.subjectPublicKeyBits(spki);
        return MessageDigest.getInstance("SHA-1").digest(bits);
    }
}
