package dev.windlass.gotemplate.sprig;

import dev.windlass.gotemplate.GoFunctionException;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.DSAParams;
import java.security.interfaces.DSAPrivateKey;
import java.security.interfaces.DSAPublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.DSAGenParameterSpec;
import java.security.spec.DSAPrivateKeySpec;
import java.security.spec.DSAPublicKeySpec;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Arrays;
import java.util.List;

/**
 * Private keys as Sprig generates, PEM-encodes and parses them: RSA as PKCS#1
 * ({@code RSA PRIVATE KEY}), ECDSA as SEC 1 ({@code EC PRIVATE KEY}), DSA as Sprig's ASN.1
 * sequence ({@code DSA PRIVATE KEY}) and Ed25519 as PKCS#8 ({@code PRIVATE KEY}).
 */
final class SprigKeys {

    static final String P256_OID = "1.2.840.10045.3.1.7";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SprigKeys() {
    }

    static KeyPair generate(String algorithm, int size) throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance(algorithm);
        switch (algorithm) {
            case "EC" -> g.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            case "Ed25519" -> g.initialize(NamedParameterSpec.ED25519, RANDOM);
            case "DSA" -> {
                java.security.AlgorithmParameterGenerator pg = java.security.AlgorithmParameterGenerator.getInstance("DSA");
                pg.init(new DSAGenParameterSpec(2048, 256), RANDOM);
                g.initialize(pg.generateParameters().getParameterSpec(java.security.spec.DSAParameterSpec.class), RANDOM);
            }
            default -> g.initialize(size, RANDOM);
        }
        return g.generateKeyPair();
    }

    static String pem(KeyPair pair) {
        PrivateKey key = pair.getPrivate();
        if (key instanceof RSAPrivateCrtKey) {
            byte[] pkcs1 = SprigDer.read(SprigDer.read(key.getEncoded()).get(0).content()).get(2).content();
            return SprigDer.pem("RSA PRIVATE KEY", pkcs1);
        }
        if (key instanceof ECPrivateKey ec) {
            ECPoint w = ((ECPublicKey) pair.getPublic()).getW();
            byte[] point = concat(new byte[] {4}, fixed(w.getAffineX(), 32), fixed(w.getAffineY(), 32));
            return SprigDer.pem("EC PRIVATE KEY", SprigDer.seq(SprigDer.integer(1), SprigDer.octets(fixed(ec.getS(), 32)),
                    SprigDer.explicit(0, SprigDer.oid(P256_OID)), SprigDer.explicit(1, SprigDer.bits(point, 0))));
        }
        if (key instanceof DSAPrivateKey dsa) {
            DSAParams p = dsa.getParams();
            return SprigDer.pem("DSA PRIVATE KEY", SprigDer.seq(SprigDer.integer(0), SprigDer.integer(p.getP()),
                    SprigDer.integer(p.getQ()), SprigDer.integer(p.getG()),
                    SprigDer.integer(((DSAPublicKey) pair.getPublic()).getY()), SprigDer.integer(dsa.getX())));
        }
        return SprigDer.pem("PRIVATE KEY", key.getEncoded());
    }

    static byte[] fixed(BigInteger v, int len) {
        byte[] b = v.toByteArray();
        if (b.length == len) {
            return b;
        }
        byte[] out = new byte[len];
        int copy = Math.min(b.length, len);
        System.arraycopy(b, b.length - copy, out, len - copy, copy);
        return out;
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    /** Sprig's parsePrivateKeyPEM, with its error texts. */
    static KeyPair parse(String pemText) throws GoFunctionException {
        Object[] block = SprigDer.unpem(pemText);
        if (block == null) {
            throw new GoFunctionException("no PEM data in input");
        }
        String type = (String) block[0];
        byte[] der = (byte[]) block[1];
        try {
            if (type.equals("PRIVATE KEY")) {
                return pkcs8(der);
            }
            if (!type.endsWith(" PRIVATE KEY")) {
                throw new GoFunctionException("no private key data in PEM block of type " + type);
            }
            return switch (type.substring(0, type.length() - 12)) {
                case "RSA" -> rsa(der);
                case "EC" -> ec(der);
                case "DSA" -> dsa(der);
                default -> throw new GoFunctionException("invalid private key type " + type);
            };
        } catch (GeneralSecurityException | RuntimeException e) {
            String what = type.startsWith("RSA") ? "parsing RSA private key from PEM: "
                    : type.startsWith("EC") ? "parsing EC private key from PEM: "
                    : type.startsWith("DSA") ? "parsing DSA private key from PEM: " : "decoding PEM as PKCS#8: ";
            throw new GoFunctionException(what + "x509: malformed private key");
        }
    }

    private static KeyPair rsa(byte[] pkcs1) throws GeneralSecurityException {
        byte[] pkcs8 = SprigDer.seq(SprigDer.integer(0),
                SprigDer.seq(SprigDer.oid("1.2.840.113549.1.1.1"), SprigDer.tlv(SprigDer.NULL)), SprigDer.octets(pkcs1));
        KeyFactory f = KeyFactory.getInstance("RSA");
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) f.generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        PublicKey pub = f.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
        return new KeyPair(pub, key);
    }

    private static KeyPair ec(byte[] sec1) throws GeneralSecurityException {
        List<SprigDer.Element> parts = SprigDer.read(SprigDer.read(sec1).get(0).content());
        BigInteger s = new BigInteger(1, parts.get(1).content());
        AlgorithmParameters params = AlgorithmParameters.getInstance("EC");
        params.init(new ECGenParameterSpec("secp256r1"));
        ECParameterSpec spec = params.getParameterSpec(ECParameterSpec.class);
        KeyFactory f = KeyFactory.getInstance("EC");
        PrivateKey key = f.generatePrivate(new ECPrivateKeySpec(s, spec));
        byte[] point = null;
        for (SprigDer.Element e : parts) {
            if (e.tag() == 0xA1) {
                byte[] bits = e.children().get(0).content();
                point = Arrays.copyOfRange(bits, 1, bits.length);
            }
        }
        if (point == null) {
            throw new GeneralSecurityException("no public key");
        }
        ECPoint w = new ECPoint(new BigInteger(1, Arrays.copyOfRange(point, 1, 33)),
                new BigInteger(1, Arrays.copyOfRange(point, 33, 65)));
        return new KeyPair(f.generatePublic(new ECPublicKeySpec(w, spec)), key);
    }

    private static KeyPair dsa(byte[] der) throws GeneralSecurityException {
        List<SprigDer.Element> v = SprigDer.read(SprigDer.read(der).get(0).content());
        BigInteger p = v.get(1).integer();
        BigInteger q = v.get(2).integer();
        BigInteger g = v.get(3).integer();
        KeyFactory f = KeyFactory.getInstance("DSA");
        return new KeyPair(f.generatePublic(new DSAPublicKeySpec(v.get(4).integer(), p, q, g)),
                f.generatePrivate(new DSAPrivateKeySpec(v.get(5).integer(), p, q, g)));
    }

    private static KeyPair pkcs8(byte[] der) throws GeneralSecurityException {
        List<SprigDer.Element> parts = SprigDer.read(SprigDer.read(der).get(0).content());
        byte[] algOid = parts.get(1).children().get(0).content();
        byte[] ed25519 = Arrays.copyOfRange(SprigDer.oid("1.3.101.112"), 2, 5);
        if (Arrays.equals(algOid, ed25519)) {
            byte[] seed = SprigDer.read(parts.get(2).content()).get(0).content();
            KeyPairGenerator g = KeyPairGenerator.getInstance("Ed25519");
            g.initialize(NamedParameterSpec.ED25519, new FixedRandom(seed));
            return g.generateKeyPair();
        }
        byte[] rsaOid = Arrays.copyOfRange(SprigDer.oid("1.2.840.113549.1.1.1"), 2, 11);
        if (Arrays.equals(algOid, rsaOid)) {
            return rsa(parts.get(2).content());
        }
        return ec(parts.get(2).content());
    }

    /** Hands out fixed bytes, so a key pair generator rebuilds the key pair of a known seed. */
    private static final class FixedRandom extends SecureRandom {

        private static final long serialVersionUID = 1L;
        private final byte[] seed;

        FixedRandom(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
        }
    }
}
