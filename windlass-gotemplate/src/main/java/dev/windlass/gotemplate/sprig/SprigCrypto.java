package dev.windlass.gotemplate.sprig;

import static dev.windlass.gotemplate.GoType.INT;
import static dev.windlass.gotemplate.GoType.STRING;

import dev.windlass.gotemplate.GoFunc;
import dev.windlass.gotemplate.GoFunctionException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sprig's crypto functions other than certificates: bcrypt and htpasswd, derivePassword (the
 * Master Password algorithm over scrypt), private key generation, AES-256-CBC, random bytes, UUIDs.
 */
final class SprigCrypto {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<String, String[]> TEMPLATES = Map.of(
            "maximum", new String[] {"anoxxxxxxxxxxxxxxxxx", "axxxxxxxxxxxxxxxxxno"},
            "long", new String[] {"CvcvnoCvcvCvcv", "CvcvCvcvnoCvcv", "CvcvCvcvCvcvno", "CvccnoCvcvCvcv",
                "CvccCvcvnoCvcv", "CvccCvcvCvcvno", "CvcvnoCvccCvcv", "CvcvCvccnoCvcv", "CvcvCvccCvcvno",
                "CvcvnoCvcvCvcc", "CvcvCvcvnoCvcc", "CvcvCvcvCvccno", "CvccnoCvccCvcv", "CvccCvccnoCvcv",
                "CvccCvccCvcvno", "CvcvnoCvccCvcc", "CvcvCvccnoCvcc", "CvcvCvccCvccno", "CvccnoCvcvCvcc",
                "CvccCvcvnoCvcc", "CvccCvcvCvccno"},
            "medium", new String[] {"CvcnoCvc", "CvcCvcno"},
            "short", new String[] {"Cvcn"},
            "basic", new String[] {"aaanaaan", "aannaaan", "aaannaaa"},
            "pin", new String[] {"nnnn"});
    private static final Map<Character, String> CHARACTERS = Map.of(
            'V', "AEIOU", 'C', "BCDFGHJKLMNPQRSTVWXYZ", 'v', "aeiou", 'c', "bcdfghjklmnpqrstvwxyz",
            'A', "AEIOUBCDFGHJKLMNPQRSTVWXYZ", 'a', "AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz",
            'n', "0123456789", 'o', "@&%?,=[]_:-+*$#!'^~;()/.",
            'x', "AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789!@#$%^&*()");

    private SprigCrypto() {
    }

    static List<GoFunc> functions() {
        List<GoFunc> f = new ArrayList<>();
        f.add(GoFunc.of("bcrypt", a -> bcrypt((String) a[0]), STRING));
        f.add(GoFunc.of("htpasswd", a -> htpasswd((String) a[0], (String) a[1]), STRING, STRING));
        f.add(GoFunc.of("derivePassword", a -> derivePassword(((Number) a[0]).longValue(), (String) a[1], (String) a[2],
                (String) a[3], (String) a[4]), INT, STRING, STRING, STRING, STRING));
        f.add(GoFunc.of("genPrivateKey", a -> privateKey((String) a[0]), STRING));
        f.add(GoFunc.of("encryptAES", a -> encrypt((String) a[0], (String) a[1]), STRING, STRING));
        f.add(GoFunc.of("decryptAES", a -> decrypt((String) a[0], (String) a[1]), STRING, STRING));
        f.add(GoFunc.of("randBytes", a -> {
            byte[] b = new byte[Math.max(((Number) a[0]).intValue(), 0)];
            RANDOM.nextBytes(b);
            return Base64.getEncoder().encodeToString(b);
        }, INT));
        f.add(GoFunc.of("uuidv4", a -> UUID.randomUUID().toString()));
        return f;
    }

    private static String bcrypt(String input) {
        String hash = SprigBcrypt.hash(input, 10);
        return hash != null ? hash
                : "failed to encrypt string with bcrypt: bcrypt: password length exceeds 72 bytes";
    }

    /** Sprig v3.3.0's (Helm's) two-argument htpasswd: always bcrypt; the SHA variant came after that release. */
    private static String htpasswd(String user, String password) {
        if (user.contains(":")) {
            return "invalid username: " + user;
        }
        return user + ":" + bcrypt(password);
    }

    static String derivePassword(long counter, String type, String password, String user, String site) {
        String[] templates = TEMPLATES.get(type);
        if (templates == null) {
            return "cannot find password template " + type;
        }
        byte[] seed = "com.lyndir.masterpassword".getBytes(StandardCharsets.UTF_8);
        byte[] userBytes = user.getBytes(StandardCharsets.UTF_8);
        byte[] siteBytes = site.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream salt = new ByteArrayOutputStream();
        salt.writeBytes(seed);
        salt.writeBytes(u32(userBytes.length));
        salt.writeBytes(userBytes);
        byte[] key = SprigScrypt.key(password.getBytes(StandardCharsets.UTF_8), salt.toByteArray(), 32768, 8, 2, 64);
        ByteArrayOutputStream msg = new ByteArrayOutputStream();
        msg.writeBytes(seed);
        msg.writeBytes(u32(siteBytes.length));
        msg.writeBytes(siteBytes);
        msg.writeBytes(u32(counter));
        byte[] mac;
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac = hmac.doFinal(msg.toByteArray());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        String template = templates[(mac[0] & 0xFF) % templates.length];
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            String chars = CHARACTERS.get(template.charAt(i));
            out.append(chars.charAt((mac[i + 1] & 0xFF) % chars.length()));
        }
        return out.toString();
    }

    private static byte[] u32(long v) {
        return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }

    private static String privateKey(String type) {
        String algorithm = switch (type) {
            case "", "rsa" -> "RSA";
            case "dsa" -> "DSA";
            case "ecdsa" -> "EC";
            case "ed25519" -> "Ed25519";
            default -> null;
        };
        if (algorithm == null) {
            return "Unknown type " + type;
        }
        try {
            return SprigKeys.pem(SprigKeys.generate(algorithm, 4096));
        } catch (GeneralSecurityException e) {
            return "failed to generate private key: " + e.getMessage();
        }
    }

    private static SecretKeySpec aesKey(String password) {
        return new SecretKeySpec(Arrays.copyOf(password.getBytes(StandardCharsets.UTF_8), 32), "AES");
    }

    private static String encrypt(String password, String plaintext) throws GoFunctionException {
        if (plaintext.isEmpty()) {
            return "";
        }
        byte[] content = plaintext.getBytes(StandardCharsets.UTF_8);
        int padding = 16 - content.length % 16;
        byte[] padded = Arrays.copyOf(content, content.length + padding);
        Arrays.fill(padded, content.length, padded.length, (byte) padding);
        byte[] iv = new byte[16];
        RANDOM.nextBytes(iv);
        try {
            Cipher c = Cipher.getInstance("AES/CBC/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, aesKey(password), new IvParameterSpec(iv));
            return Base64.getEncoder().encodeToString(SprigKeys.concat(iv, c.doFinal(padded)));
        } catch (GeneralSecurityException e) {
            throw new GoFunctionException(e.getMessage());
        }
    }

    private static String decrypt(String password, String crypt64) throws GoFunctionException {
        if (crypt64.isEmpty()) {
            return "";
        }
        String decoded = SprigEncoding.decode(crypt64, SprigEncoding.BASE64, 4, "base64");
        byte[] crypt;
        try {
            crypt = Base64.getDecoder().decode(crypt64.replace("\n", "").replace("\r", ""));
        } catch (IllegalArgumentException e) {
            throw new GoFunctionException(decoded);
        }
        if (crypt.length < 16 || (crypt.length - 16) % 16 != 0) {
            throw new GoFunctionException(crypt.length < 16
                    ? "runtime error: slice bounds out of range [:16] with capacity " + crypt.length
                    : "crypto/cipher: input not full blocks");
        }
        try {
            Cipher c = Cipher.getInstance("AES/CBC/NoPadding");
            c.init(Cipher.DECRYPT_MODE, aesKey(password), new IvParameterSpec(crypt, 0, 16));
            byte[] plain = c.doFinal(crypt, 16, crypt.length - 16);
            if (plain.length == 0) {
                throw new GoFunctionException("runtime error: index out of range [-1]");
            }
            int pad = plain[plain.length - 1] & 0xFF;
            if (pad > plain.length) {
                throw new GoFunctionException("runtime error: slice bounds out of range [:"
                        + (plain.length - pad) + "]");
            }
            return new String(plain, 0, plain.length - pad, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new GoFunctionException(e.getMessage());
        }
    }
}
