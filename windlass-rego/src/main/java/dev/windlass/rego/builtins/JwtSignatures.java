package dev.windlass.rego.builtins;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Arrays;

/**
  * JWS signatures by algorithm name ({@code RS256}, {@code PS384}, {@code ES512}, {@code HS256},
  * {@code EdDSA} …). ECDSA signatures are {@code r || s}, split at the middle as Go does; RSA-PSS
  * verification accepts any salt length, as Go's {@code rsa.VerifyPSS} with nil options does.
  */
final class JwtSignatures {
    private JwtSignatures() {}

    static String hash(String alg) {
        return alg.endsWith("384") ? "SHA-384" : alg.endsWith("512") ? "SHA-512" : "SHA-256";
    }

    /** Whether {@code signature} is valid for {@code plaintext}; false for a key of the wrong type. */
    static boolean verify(Object key, String alg, byte[] plaintext, byte[] signature) {
        try {
            switch (alg.substring(0, 2)) {
                case "HS":
                    return key instanceof byte[] secret && MessageDigest.isEqual(signature,
                            CryptoBuiltins.mac("Hmac" + hash(alg).replace("-", ""), secret, plaintext));
                case "RS":
                    return key instanceof RSAPublicKey rsa && standard("SHA" + bits(alg) + "withRSA", rsa, plaintext, signature);
                case "PS":
                    return key instanceof RSAPublicKey rsa && verifyPss(rsa, hash(alg), digest(hash(alg), plaintext), signature);
                case "ES":
                    return key instanceof ECPublicKey ec && verifyEcdsa(ec, digest(hash(alg), plaintext), signature);
                case "Ed":
                    return alg.equals("EdDSA") && key instanceof EdECPublicKey ed && standard("Ed25519", ed, plaintext, signature);
                default:
                    return false;
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static String bits(String alg) {
        return alg.substring(2);
    }

    static byte[] digest(String algorithm, byte[] data) throws GeneralSecurityException {
        return MessageDigest.getInstance(algorithm).digest(data);
    }

    private static boolean standard(String algorithm, PublicKey key, byte[] data, byte[] signature)
            throws GeneralSecurityException {
        Signature s = Signature.getInstance(algorithm);
        s.initVerify(key);
        s.update(data);
        return s.verify(signature);
    }

    /** Go's ecdsa.Verify over a precomputed digest (truncated to the curve order by the JDK as by Go). */
    static boolean verifyEcdsa(ECPublicKey key, byte[] digest, byte[] signature) throws GeneralSecurityException {
        Signature s = Signature.getInstance("NONEwithECDSA");
        s.initVerify(key);
        s.update(digest);
        return s.verify(JwtDer.ecdsaSignature(signature));
    }

    /** EMSA-PSS verification (RFC 8017 9.1.2) with the salt length read from the signature. */
    static boolean verifyPss(RSAPublicKey key, String hash, byte[] mHash, byte[] signature)
            throws GeneralSecurityException {
        BigInteger n = key.getModulus();
        int k = (n.bitLength() + 7) / 8;
        if (signature.length != k) {
            return false;
        }
        BigInteger s = new BigInteger(1, signature);
        if (s.compareTo(n) >= 0) {
            return false;
        }
        int emBits = n.bitLength() - 1;
        int emLen = (emBits + 7) / 8;
        int hLen = mHash.length;
        BigInteger m = s.modPow(key.getPublicExponent(), n);
        if (m.bitLength() > emLen * 8 || emLen < hLen + 2) {
            return false;
        }
        byte[] em = CidrAddresses.fromInteger(m, emLen);
        byte[] salt = pssSalt(hash, em, emBits, hLen);
        if (salt == null) {
            return false;
        }
        MessageDigest md = MessageDigest.getInstance(hash);
        md.update(new byte[8]);
        md.update(mHash);
        md.update(salt);
        return MessageDigest.isEqual(md.digest(), Arrays.copyOfRange(em, emLen - hLen - 1, emLen - 1));
    }

    /** The salt of an encoded PSS message, or null when the encoding is inconsistent. */
    private static byte[] pssSalt(String hash, byte[] em, int emBits, int hLen) throws GeneralSecurityException {
        int emLen = em.length;
        if (em[emLen - 1] != (byte) 0xbc) {
            return null;
        }
        byte[] db = Arrays.copyOfRange(em, 0, emLen - hLen - 1);
        byte[] h = Arrays.copyOfRange(em, emLen - hLen - 1, emLen - 1);
        int topBits = 8 * emLen - emBits;
        if ((db[0] & (0xff << (8 - topBits))) != 0) {
            return null;
        }
        byte[] mask = mgf1(hash, h, db.length);
        for (int i = 0; i < db.length; i++) {
            db[i] ^= mask[i];
        }
        db[0] &= (byte) (0xff >>> topBits);
        int i = 0;
        while (i < db.length && db[i] == 0) {
            i++;
        }
        return i == db.length || db[i] != 1 ? null : Arrays.copyOfRange(db, i + 1, db.length);
    }

    private static byte[] mgf1(String hash, byte[] seed, int length) throws GeneralSecurityException {
        MessageDigest md = MessageDigest.getInstance(hash);
        byte[] out = new byte[length];
        int pos = 0;
        for (int counter = 0; pos < length; counter++) {
            md.update(seed);
            md.update(new byte[] {(byte) (counter >>> 24), (byte) (counter >>> 16), (byte) (counter >>> 8), (byte) counter});
            byte[] block = md.digest();
            int n = Math.min(block.length, length - pos);
            System.arraycopy(block, 0, out, pos, n);
            pos += n;
        }
        return out;
    }

    /** Signs for {@code io.jwt.encode_sign}; PSS uses a salt as long as the hash. */
    static byte[] sign(Object key, String alg, byte[] plaintext) throws GeneralSecurityException {
        String family = alg.substring(0, 2);
        if (family.equals("HS") && key instanceof byte[] secret) {
            return CryptoBuiltins.mac("Hmac" + hash(alg).replace("-", ""), secret, plaintext);
        }
        if (!(key instanceof PrivateKey privateKey)) {
            throw new GeneralSecurityException("key does not suit algorithm " + alg);
        }
        Signature s;
        if (family.equals("RS")) {
            s = Signature.getInstance("SHA" + bits(alg) + "withRSA");
        } else if (family.equals("PS")) {
            s = Signature.getInstance("RSASSA-PSS");
            String hash = hash(alg);
            int hLen = MessageDigest.getInstance(hash).getDigestLength();
            s.setParameter(new PSSParameterSpec(hash, "MGF1", new MGF1ParameterSpec(hash), hLen, 1));
        } else if (family.equals("ES")) {
            s = Signature.getInstance("SHA" + bits(alg) + "withECDSA");
        } else {
            throw new GeneralSecurityException("unsupported algorithm " + alg);
        }
        s.initSign(privateKey);
        s.update(plaintext);
        byte[] signature = s.sign();
        if (family.equals("ES")) {
            int size = (((ECKey) privateKey).getParams().getCurve().getField().getFieldSize() + 7) / 8;
            return JwtDer.ecdsaRaw(signature, size);
        }
        return signature;
    }
}
