package dev.windlass.gotemplate.sprig;

import static dev.windlass.gotemplate.GoType.ANY;
import static dev.windlass.gotemplate.GoType.INT;
import static dev.windlass.gotemplate.GoType.LIST;
import static dev.windlass.gotemplate.GoType.STRING;

import dev.windlass.gotemplate.GoFunc;
import dev.windlass.gotemplate.GoFunctionException;
import dev.windlass.gotemplate.GoValues;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Sprig's certificate functions (crypto.go): CAs, self-signed and CA-signed server/client
 * certificates written as X.509 DER by {@link SprigX509}, with Sprig's error texts.
 */
final class SprigCerts {

    private SprigCerts() {
    }

    static List<GoFunc> functions() {
        List<GoFunc> f = new ArrayList<>();
        f.add(GoFunc.of("genCA", a -> ca((String) a[0], days(a[1]), rsa()), STRING, INT));
        f.add(GoFunc.of("genCAWithKey", a -> ca((String) a[0], days(a[1]), key((String) a[2])), STRING, INT, STRING));
        f.add(GoFunc.of("genSelfSignedCert", a -> selfSigned(a, rsa()), STRING, LIST, LIST, INT));
        f.add(GoFunc.of("genSelfSignedCertWithKey", a -> selfSigned(a, key((String) a[4])), STRING, LIST, LIST, INT,
                STRING));
        f.add(GoFunc.of("genSignedCert", a -> signed(a, rsa()), STRING, LIST, LIST, INT, ANY));
        f.add(GoFunc.of("genSignedCertWithKey", a -> signed(a, key((String) a[5])), STRING, LIST, LIST, INT, ANY,
                STRING));
        f.add(GoFunc.of("buildCustomCert", a -> custom((String) a[0], (String) a[1]), STRING, STRING));
        return f;
    }

    private static int days(Object v) {
        return ((Number) v).intValue();
    }

    private static KeyPair rsa() throws GoFunctionException {
        try {
            return SprigKeys.generate("RSA", 2048);
        } catch (GeneralSecurityException e) {
            throw new GoFunctionException("error generating rsa key: " + e.getMessage());
        }
    }

    private static KeyPair key(String pem) throws GoFunctionException {
        try {
            return SprigKeys.parse(pem);
        } catch (GoFunctionException e) {
            throw new GoFunctionException("parsing private key: " + e.getMessage());
        }
    }

    private static SprigCertificate ca(String cn, int days, KeyPair key) throws GoFunctionException {
        SprigX509.Template t = new SprigX509.Template(cn, List.of(), List.of(), days, true);
        return new SprigCertificate(SprigX509.create(t, key, null, key), SprigKeys.pem(key));
    }

    private static SprigCertificate selfSigned(Object[] a, KeyPair key) throws GoFunctionException {
        SprigX509.Template t = template(a);
        return new SprigCertificate(SprigX509.create(t, key, null, key), SprigKeys.pem(key));
    }

    private static SprigCertificate signed(Object[] a, KeyPair key) throws GoFunctionException {
        if (!(a[4] instanceof SprigCertificate ca)) {
            throw new GoFunctionException("wrong type for value; expected sprig.certificate; got "
                    + GoValues.typeName(a[4]));
        }
        Object[] block = SprigDer.unpem(ca.cert());
        if (block == null) {
            throw new GoFunctionException("unable to decode certificate");
        }
        byte[] parent = (byte[]) block[1];
        if (!SprigX509.parses(parent)) {
            throw new GoFunctionException("error parsing certificate: decodedSignerCert.Bytes: x509: malformed certificate");
        }
        KeyPair signer;
        try {
            signer = SprigKeys.parse(ca.key());
        } catch (GoFunctionException e) {
            throw new GoFunctionException("error parsing private key: " + e.getMessage());
        }
        SprigX509.Template t = template(a);
        return new SprigCertificate(SprigX509.create(t, key, parent, signer), SprigKeys.pem(key));
    }

    private static SprigX509.Template template(Object[] a) throws GoFunctionException {
        List<byte[]> ips = new ArrayList<>();
        if (a[1] != null) {
            for (Object ip : SprigConvert.elements(a[1])) {
                if (!(ip instanceof String s)) {
                    throw new GoFunctionException("error parsing ip: " + SprigConvert.strval(ip) + " is not a string");
                }
                byte[] parsed = SprigX509.parseIp(s);
                if (parsed == null) {
                    throw new GoFunctionException("error parsing ip: " + s);
                }
                ips.add(parsed);
            }
        }
        List<String> dns = new ArrayList<>();
        if (a[2] != null) {
            for (Object name : SprigConvert.elements(a[2])) {
                if (!(name instanceof String s)) {
                    throw new GoFunctionException("error processing alternate dns name: " + SprigConvert.strval(name)
                            + " is not a string");
                }
                dns.add(s);
            }
        }
        return new SprigX509.Template((String) a[0], ips, dns, days(a[3]), false);
    }

    private static SprigCertificate custom(String b64cert, String b64key) throws GoFunctionException {
        byte[] cert;
        byte[] key;
        try {
            cert = Base64.getDecoder().decode(b64cert);
        } catch (IllegalArgumentException e) {
            throw new GoFunctionException("unable to decode base64 certificate");
        }
        try {
            key = Base64.getDecoder().decode(b64key);
        } catch (IllegalArgumentException e) {
            throw new GoFunctionException("unable to decode base64 private key");
        }
        String certText = new String(cert, StandardCharsets.UTF_8);
        Object[] block = SprigDer.unpem(certText);
        if (block == null) {
            throw new GoFunctionException("unable to decode certificate");
        }
        if (!SprigX509.parses((byte[]) block[1])) {
            throw new GoFunctionException("error parsing certificate: decodedCert.Bytes: x509: malformed certificate");
        }
        String keyText = new String(key, StandardCharsets.UTF_8);
        try {
            SprigKeys.parse(keyText);
        } catch (GoFunctionException e) {
            throw new GoFunctionException("error parsing private key: " + e.getMessage());
        }
        return new SprigCertificate(certText, keyText);
    }
}
