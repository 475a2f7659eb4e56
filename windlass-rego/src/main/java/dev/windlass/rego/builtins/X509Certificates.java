package dev.windlass.rego.builtins;

import dev.windlass.rego.value.ArrayValue;
import dev.windlass.rego.value.BoolValue;
import dev.windlass.rego.value.NullValue;
import dev.windlass.rego.value.NumberValue;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
  * {@code crypto.x509.parse_certificates}: PEM (or base64 of PEM or DER) certificates as objects
  * with the field names of Go's {@code x509.Certificate} JSON. Covered: Raw, RawTBSCertificate,
  * RawSubjectPublicKeyInfo, RawSubject, RawIssuer, Signature, SignatureAlgorithm,
  * PublicKeyAlgorithm, PublicKey (RSA N/E, ECDSA X/Y), Version, SerialNumber, Issuer, Subject
  * (pkix.Name with Names), NotBefore, NotAfter, KeyUsage, ExtKeyUsage, BasicConstraintsValid,
  * IsCA, MaxPathLen, MaxPathLenZero, DNSNames, EmailAddresses, IPAddresses, URIStrings. Not
  * covered: Extensions, key ids, name constraints, CRL/OCSP URLs, policies, URIs.
  */
final class X509Certificates {
    private static final Map<String, Integer> SIGNATURE_ALGORITHMS = Map.ofEntries(
            Map.entry("1.2.840.113549.1.1.2", 1), Map.entry("1.2.840.113549.1.1.4", 2),
            Map.entry("1.2.840.113549.1.1.5", 3), Map.entry("1.2.840.113549.1.1.11", 4),
            Map.entry("1.2.840.113549.1.1.12", 5), Map.entry("1.2.840.113549.1.1.13", 6),
            Map.entry("1.2.840.10040.4.3", 7), Map.entry("2.16.840.1.101.3.4.3.2", 8),
            Map.entry("1.2.840.10045.4.1", 9), Map.entry("1.2.840.10045.4.3.2", 10),
            Map.entry("1.2.840.10045.4.3.3", 11), Map.entry("1.2.840.10045.4.3.4", 12),
            Map.entry("1.2.840.113549.1.1.10", 13), Map.entry("1.3.101.112", 16));
    private static final List<String> EXT_KEY_USAGES = List.of("2.5.29.37.0", "1.3.6.1.5.5.7.3.1",
            "1.3.6.1.5.5.7.3.2", "1.3.6.1.5.5.7.3.3", "1.3.6.1.5.5.7.3.4", "1.3.6.1.5.5.7.3.5", "1.3.6.1.5.5.7.3.6",
            "1.3.6.1.5.5.7.3.7", "1.3.6.1.5.5.7.3.8", "1.3.6.1.5.5.7.3.9", "1.3.6.1.4.1.311.10.3.3",
            "2.16.840.1.113730.4.1", "1.3.6.1.4.1.311.2.1.22", "1.3.6.1.4.1.311.61.1.1");

    private X509Certificates() {}

    static Value parse(Args a) throws BuiltinException {
        String input = a.string(0);
        try {
            List<X509Certificate> certs = read(input);
            List<Value> out = new ArrayList<>();
            for (X509Certificate cert : certs) {
                out.add(certificate(cert, true));
            }
            return new ArrayValue(out);
        } catch (EncodingCodecs.DecodeException e) {
            throw a.failed(e.getMessage());
        } catch (GeneralSecurityException e) {
            throw a.failed("x509: malformed certificate: " + e.getMessage());
        }
    }

    static List<X509Certificate> read(String input) throws GeneralSecurityException, EncodingCodecs.DecodeException {
        byte[] data = ExtCalls.utf8(input);
        if (!input.startsWith("-----BEGIN")) {
            data = EncodingCodecs.decodeStd(data);
        }
        String text = new String(data, StandardCharsets.ISO_8859_1);
        List<X509Certificate> out = new ArrayList<>();
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        if (text.contains("-----BEGIN")) {
            for (JwtDer.PemBlock b = JwtDer.decodePem(text); b != null; b = JwtDer.decodePem(b.rest())) {
                if (!b.type().equals("CERTIFICATE")) {
                    throw new EncodingCodecs.DecodeException("PEM block type is '" + b.type() + "', expected CERTIFICATE");
                }
                out.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(b.bytes())));
            }
            return out;
        }
        factory.generateCertificates(new ByteArrayInputStream(data)).forEach(c -> out.add((X509Certificate) c));
        return out;
    }

    /** A certificate's fields; {@code uriStrings} adds OPA's URIStrings extension field. */
    static Value certificate(X509Certificate c, boolean uriStrings) throws GeneralSecurityException {
        Map<String, Value> m = new TreeMap<>();
        Base64.Encoder b64 = Base64.getEncoder();
        m.put("Raw", StringValue.of(b64.encodeToString(c.getEncoded())));
        m.put("RawTBSCertificate", StringValue.of(b64.encodeToString(c.getTBSCertificate())));
        m.put("RawSubjectPublicKeyInfo", StringValue.of(b64.encodeToString(c.getPublicKey().getEncoded())));
        m.put("RawSubject", StringValue.of(b64.encodeToString(c.getSubjectX500Principal().getEncoded())));
        m.put("RawIssuer", StringValue.of(b64.encodeToString(c.getIssuerX500Principal().getEncoded())));
        m.put("Signature", StringValue.of(b64.encodeToString(c.getSignature())));
        m.put("SignatureAlgorithm", NumberValue.of(SIGNATURE_ALGORITHMS.getOrDefault(c.getSigAlgOID(), 0)));
        m.put("PublicKeyAlgorithm", NumberValue.of(publicKeyAlgorithm(c)));
        m.put("PublicKey", publicKey(c));
        m.put("Version", NumberValue.of(c.getVersion()));
        m.put("SerialNumber", NumberValue.of(c.getSerialNumber()));
        m.put("Issuer", X509Names.name(c.getIssuerX500Principal()));
        m.put("Subject", X509Names.name(c.getSubjectX500Principal()));
        m.put("NotBefore", StringValue.of(c.getNotBefore().toInstant().toString()));
        m.put("NotAfter", StringValue.of(c.getNotAfter().toInstant().toString()));
        m.put("KeyUsage", NumberValue.of(keyUsage(c)));
        m.put("ExtKeyUsage", extKeyUsage(c));
        boolean hasBasicConstraints = c.getExtensionValue("2.5.29.19") != null;
        int pathLen = c.getBasicConstraints();
        m.put("BasicConstraintsValid", BoolValue.of(hasBasicConstraints));
        m.put("IsCA", BoolValue.of(pathLen >= 0));
        m.put("MaxPathLen", NumberValue.of(pathLen == Integer.MAX_VALUE || pathLen < 0 ? -1 : pathLen));
        m.put("MaxPathLenZero", BoolValue.of(pathLen == 0));
        X509Names.alternativeNames(c, m);
        if (!uriStrings) {
            m.remove("URIStrings");
        }
        return ObjectValue.ofStrings(m);
    }

    private static int publicKeyAlgorithm(X509Certificate c) {
        switch (c.getPublicKey().getAlgorithm()) {
            case "RSA": return 1;
            case "DSA": return 2;
            case "EC": return 3;
            case "Ed25519":
            case "EdDSA": return 4;
            default: return 0;
        }
    }

    private static Value publicKey(X509Certificate c) {
        if (c.getPublicKey() instanceof RSAPublicKey rsa) {
            return ObjectValue.ofStrings(Map.of("N", NumberValue.of(rsa.getModulus()), "E", NumberValue.of(rsa.getPublicExponent())));
        }
        if (c.getPublicKey() instanceof ECPublicKey ec) {
            return ObjectValue.ofStrings(Map.of("X", NumberValue.of(ec.getW().getAffineX()), "Y", NumberValue.of(ec.getW().getAffineY())));
        }
        return NullValue.INSTANCE;
    }

    private static int keyUsage(X509Certificate c) {
        boolean[] bits = c.getKeyUsage();
        int out = 0;
        for (int i = 0; bits != null && i < bits.length && i < 9; i++) {
            out |= bits[i] ? 1 << i : 0;
        }
        return out;
    }

    private static Value extKeyUsage(X509Certificate c) throws GeneralSecurityException {
        List<String> usages = c.getExtendedKeyUsage();
        if (usages == null) {
            return NullValue.INSTANCE;
        }
        List<Value> out = new ArrayList<>();
        for (String oid : usages) {
            int i = EXT_KEY_USAGES.indexOf(oid);
            if (i >= 0) {
                out.add(NumberValue.of(i));
            }
        }
        return out.isEmpty() ? NullValue.INSTANCE : new ArrayValue(out);
    }
}
