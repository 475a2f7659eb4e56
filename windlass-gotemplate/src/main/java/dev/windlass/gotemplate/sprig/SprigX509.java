package dev.windlass.gotemplate.sprig;

import dev.windlass.gotemplate.GoFunctionException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.interfaces.DSAPrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.io.ByteArrayInputStream;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * X.509 v3 certificates written by hand in DER, with the fields and extensions Go's
 * {@code x509.CreateCertificate} writes for Sprig's templates: random 128-bit serial, CN-only
 * subject, key usage (critical), server+client extended key usage, basic constraints (critical),
 * subject key id for CAs, authority key id from the issuer, and DNS/IP subject alternative names.
 */
final class SprigX509 {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SUBJECT_KEY_ID = "2.5.29.14";

    /** What Sprig's getBaseCertTemplate fills in (and genCA overrides). */
    record Template(String cn, List<byte[]> ips, List<String> dnsNames, int daysValid, boolean isCA) {
    }

    private SprigX509() {
    }

    static String create(Template t, KeyPair subjectKey, byte[] parentDer, KeyPair signer) throws GoFunctionException {
        PrivateKey signingKey = signer.getPrivate();
        if (signingKey instanceof DSAPrivateKey) {
            throw new GoFunctionException(
                    "error creating certificate: x509: certificate private key does not implement crypto.Signer");
        }
        try {
            byte[] spki = subjectKey.getPublic().getEncoded();
            byte[] subject = name(t.cn());
            byte[] issuer = subject;
            byte[] parentSki = null;
            if (parentDer != null) {
                List<SprigDer.Element> tbs = tbsParts(parentDer);
                SprigDer.Element subj = tbs.get(5);
                issuer = SprigDer.tlv(subj.tag(), subj.content());
                parentSki = subjectKeyId(tbs);
            }
            byte[] ski = t.isCA() ? sha1(publicKeyBits(spki)) : null;
            byte[] aki = parentSki != null && !java.util.Arrays.equals(issuer, subject) ? parentSki : null;
            byte[] alg = algorithm(signingKey);
            ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC).withNano(0);
            byte[] tbs = SprigDer.seq(SprigDer.explicit(0, SprigDer.integer(2)),
                    SprigDer.integer(new BigInteger(128, RANDOM)), alg, issuer,
                    SprigDer.seq(time(now), time(now.plusHours(24L * t.daysValid()))), subject, spki,
                    SprigDer.explicit(3, extensions(t, ski, aki)));
            Signature s = Signature.getInstance(signatureName(signingKey));
            s.initSign(signingKey);
            s.update(tbs);
            byte[] cert = SprigDer.seq(tbs, alg, SprigDer.bits(s.sign(), 0));
            return SprigDer.pem("CERTIFICATE", cert);
        } catch (GeneralSecurityException e) {
            throw new GoFunctionException("error creating certificate: " + e.getMessage());
        }
    }

    private static byte[] name(String cn) {
        if (cn.isEmpty()) {
            return SprigDer.seq();
        }
        int tag = printable(cn) ? SprigDer.PRINTABLE_STRING : SprigDer.UTF8_STRING;
        return SprigDer.seq(SprigDer.tlv(SprigDer.SET, SprigDer.seq(SprigDer.oid("2.5.4.3"), SprigDer.string(tag, cn))));
    }

    private static boolean printable(String s) {
        for (char c : s.toCharArray()) {
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || " '()+,-./:=?*".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static byte[] time(ZonedDateTime t) {
        if (t.getYear() >= 1950 && t.getYear() < 2050) {
            return SprigDer.string(SprigDer.UTC_TIME, t.format(DateTimeFormatter.ofPattern("yyMMddHHmmss")) + "Z");
        }
        return SprigDer.string(SprigDer.GENERALIZED_TIME, t.format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + "Z");
    }

    private static byte[] extensions(Template t, byte[] ski, byte[] aki) {
        List<byte[]> ext = new ArrayList<>();
        byte[] usage = t.isCA() ? SprigDer.bits(new byte[] {(byte) 0xA4}, 2) : SprigDer.bits(new byte[] {(byte) 0xA0}, 5);
        ext.add(extension("2.5.29.15", true, usage));
        ext.add(extension("2.5.29.37", false, SprigDer.seq(SprigDer.oid("1.3.6.1.5.5.7.3.1"),
                SprigDer.oid("1.3.6.1.5.5.7.3.2"))));
        ext.add(extension("2.5.29.19", true, t.isCA() ? SprigDer.seq(SprigDer.tlv(SprigDer.BOOLEAN, new byte[] {-1}))
                : SprigDer.seq()));
        if (ski != null) {
            ext.add(extension(SUBJECT_KEY_ID, false, SprigDer.octets(ski)));
        }
        if (aki != null) {
            ext.add(extension("2.5.29.35", false, SprigDer.seq(SprigDer.tlv(0x80, aki))));
        }
        if (!t.dnsNames().isEmpty() || !t.ips().isEmpty()) {
            List<byte[]> names = new ArrayList<>();
            t.dnsNames().forEach(d -> names.add(SprigDer.tlv(0x82, d.getBytes(StandardCharsets.UTF_8))));
            t.ips().forEach(ip -> names.add(SprigDer.tlv(0x87, ip)));
            ext.add(extension("2.5.29.17", false, SprigDer.seq(names.toArray(new byte[0][]))));
        }
        return SprigDer.seq(ext.toArray(new byte[0][]));
    }

    private static byte[] extension(String oid, boolean critical, byte[] value) {
        if (critical) {
            return SprigDer.seq(SprigDer.oid(oid), SprigDer.tlv(SprigDer.BOOLEAN, new byte[] {-1}), SprigDer.octets(value));
        }
        return SprigDer.seq(SprigDer.oid(oid), SprigDer.octets(value));
    }

    private static byte[] algorithm(PrivateKey key) {
        if (key instanceof RSAPrivateKey) {
            return SprigDer.seq(SprigDer.oid("1.2.840.113549.1.1.11"), SprigDer.tlv(SprigDer.NULL));
        }
        if (key instanceof ECPrivateKey) {
            return SprigDer.seq(SprigDer.oid("1.2.840.10045.4.3.2"));
        }
        return SprigDer.seq(SprigDer.oid("1.3.101.112"));
    }

    private static String signatureName(PrivateKey key) {
        if (key instanceof RSAPrivateKey) {
            return "SHA256withRSA";
        }
        if (key instanceof ECPrivateKey) {
            return "SHA256withECDSA";
        }
        return "Ed25519";
    }

    private static List<SprigDer.Element> tbsParts(byte[] certDer) {
        List<SprigDer.Element> cert = SprigDer.read(certDer).get(0).children();
        return cert.get(0).children();
    }

    private static byte[] subjectKeyId(List<SprigDer.Element> tbs) {
        for (SprigDer.Element e : tbs) {
            if (e.tag() != 0xA3) {
                continue;
            }
            byte[] skiOid = SprigDer.oid(SUBJECT_KEY_ID);
            for (SprigDer.Element ext : e.children().get(0).children()) {
                List<SprigDer.Element> parts = ext.children();
                if (java.util.Arrays.equals(SprigDer.tlv(parts.get(0).tag(), parts.get(0).content()), skiOid)) {
                    return SprigDer.read(parts.get(parts.size() - 1).content()).get(0).content();
                }
            }
        }
        return null;
    }

    private static byte[] publicKeyBits(byte[] spki) {
        byte[] bits = SprigDer.read(SprigDer.read(spki).get(0).content()).get(1).content();
        return java.util.Arrays.copyOfRange(bits, 1, bits.length);
    }

    private static byte[] sha1(byte[] data) throws GeneralSecurityException {
        return MessageDigest.getInstance("SHA-1").digest(data);
    }

    /** Whether {@code der} is a certificate the JDK can read (x509.ParseCertificate's check). */
    static boolean parses(byte[] der) {
        try {
            CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** net.ParseIP: 4 bytes for IPv4, 16 for IPv6, null when not an address. */
    static byte[] parseIp(String s) {
        if (s.matches("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})")) {
            String[] parts = s.split("\\.");
            byte[] out = new byte[4];
            for (int i = 0; i < 4; i++) {
                int v = Integer.parseInt(parts[i]);
                if (v > 255 || (parts[i].length() > 1 && parts[i].startsWith("0"))) {
                    return null;
                }
                out[i] = (byte) v;
            }
            return out;
        }
        if (s.contains(":") && s.matches("[0-9A-Fa-f:.]+")) {
            byte[] b = parseIpv6(s);
            return b != null && isV4Mapped(b) ? java.util.Arrays.copyOfRange(b, 12, 16) : b;
        }
        return null;
    }

    /** An IPv6 literal ({@code ::} compression, a trailing dotted IPv4 part), or null; no name lookup. */
    private static byte[] parseIpv6(String s) {
        int gap = s.indexOf("::");
        if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        java.util.List<Integer> head = groups(gap < 0 ? s : s.substring(0, gap));
        java.util.List<Integer> tail = gap < 0 ? java.util.List.of() : groups(s.substring(gap + 2));
        if (head == null || tail == null) {
            return null;
        }
        int missing = 8 - head.size() - tail.size();
        if (gap < 0 ? missing != 0 : missing < 1) {
            return null;
        }
        byte[] out = new byte[16];
        int at = 0;
        for (int g : head) {
            out[at++] = (byte) (g >> 8);
            out[at++] = (byte) g;
        }
        at += 2 * missing;
        for (int g : tail) {
            out[at++] = (byte) (g >> 8);
            out[at++] = (byte) g;
        }
        return out;
    }

    /** Colon-separated 16-bit groups, a dotted IPv4 last part counting as two; null when malformed. */
    private static java.util.List<Integer> groups(String text) {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        String[] parts = text.split(":", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (i == parts.length - 1 && part.contains(".")) {
                byte[] v4 = parseIp(part);
                if (v4 == null || v4.length != 4) {
                    return null;
                }
                out.add(((v4[0] & 0xff) << 8) | (v4[1] & 0xff));
                out.add(((v4[2] & 0xff) << 8) | (v4[3] & 0xff));
            } else if (part.isEmpty() || part.length() > 4 || !part.matches("[0-9A-Fa-f]+")) {
                return null;
            } else {
                out.add(Integer.parseInt(part, 16));
            }
        }
        return out;
    }

    private static boolean isV4Mapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return b[10] == -1 && b[11] == -1;
    }
}
