package dev.windlass.rego.builtins;

import dev.windlass.rego.value.BoolValue;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;

/**
  * {@code io.jwt.*}: decode, decode_verify, verify_hs/rs/ps/es (256/384/512) and verify_eddsa with
  * PEM certificates, PEM public keys or JWK(S) keys, and encode_sign / encode_sign_raw (HS, RS,
  * PS, ES keys given as JWK).
  */
final class JwtBuiltins {
    private JwtBuiltins() {}

    @FunctionalInterface
    private interface TokenBody {
        Value apply(BuiltinContext context, Args args) throws BuiltinException, JwtTokens.TokenException;
    }

    private static void add(BuiltinTable.Registrar registrar, String name, int arity, TokenBody body) {
        ExtCalls.addWithContext(registrar, name, arity, (context, a) -> {
            try {
                return body.apply(context, a);
            } catch (JwtTokens.TokenException e) {
                throw a.failed(e.getMessage());
            }
        });
    }

    static void register(BuiltinTable.Registrar registrar) {
        add(registrar, "io.jwt.decode", 1, (c, a) -> JwtTokens.decode(a, a.any(0)));
        add(registrar, "io.jwt.decode_verify", 2, JwtDecodeVerify::apply);
        for (String bits : List.of("256", "384", "512")) {
            add(registrar, "io.jwt.verify_hs" + bits, 2, (c, a) -> verifyHs(a, "HS" + bits));
            for (String family : List.of("RS", "PS", "ES")) {
                String alg = family + bits;
                add(registrar, "io.jwt.verify_" + alg.toLowerCase(java.util.Locale.ROOT), 2, (c, a) -> verifyKey(a, alg));
            }
        }
        add(registrar, "io.jwt.verify_eddsa", 2, (c, a) -> verifyKey(a, "EdDSA"));
        add(registrar, "io.jwt.encode_sign", 3, (c, a) -> encodeSign(ExtCalls.utf8(JsonText.compact(a.any(0))),
                ExtCalls.utf8(JsonText.compact(a.any(1))), JsonText.compact(a.any(2))));
        add(registrar, "io.jwt.encode_sign_raw", 3, (c, a) -> {
            String jwk = a.string(2);
            return encodeSign(ExtCalls.utf8(a.string(0)), ExtCalls.utf8(a.string(1)), jwk);
        });
    }

    private static Value verifyHs(Args a, String alg) throws BuiltinException, JwtTokens.TokenException {
        a.string(0);
        String secret = a.string(1);
        JwtTokens token = JwtTokens.split(a, a.any(0));
        byte[] signature = token.decodedSignature();
        return BoolValue.of(JwtSignatures.verify(ExtCalls.utf8(secret), alg, token.signingInput(), signature));
    }

    private static Value verifyKey(Args a, String alg) throws BuiltinException, JwtTokens.TokenException {
        JwtTokens token = JwtTokens.split(a, a.any(0));
        String keyText = a.string(1);
        List<JwtKeys.VerificationKey> keys;
        try {
            keys = JwtKeys.fromCertOrJwk(keyText);
        } catch (JwtKeys.KeyException e) {
            throw a.failed(e.getMessage());
        }
        byte[] signature = token.decodedSignature();
        ObjectValue header = token.decodedHeader();
        String headerAlg = JwtDecodeVerify.headerString(header, "alg");
        String kid = JwtDecodeVerify.headerString(header, "kid");
        byte[] input = token.signingInput();
        if (!kid.isEmpty()) {
            for (JwtKeys.VerificationKey k : keys) {
                if (k.kid().equals(kid)) {
                    return BoolValue.of(JwtSignatures.verify(k.key(), alg, input, signature));
                }
            }
        }
        for (JwtKeys.VerificationKey k : keys) {
            if ((k.alg().isEmpty() || k.alg().equals(headerAlg)) && JwtSignatures.verify(k.key(), alg, input, signature)) {
                return BoolValue.TRUE;
            }
        }
        return BoolValue.FALSE;
    }

    private static Value encodeSign(byte[] headers, byte[] payload, String jwkText) throws JwtTokens.TokenException {
        List<ObjectValue> keys;
        Object key;
        try {
            keys = JwtKeys.jwks(jwkText);
            if (keys.isEmpty()) {
                throw new JwtTokens.TokenException("no keys found in JWK set");
            }
            key = JwtKeys.privateKey(keys.get(0));
        } catch (JwtKeys.KeyException e) {
            throw new JwtTokens.TokenException(e.getMessage());
        }
        ObjectValue header = JwtTokens.jsonObject(JwtTokens.text(headers));
        if (!(header.get("alg") instanceof StringValue alg)) {
            throw new JwtTokens.TokenException("missing or invalid 'alg' header: key not found");
        }
        if (!JwtKeys.ALGORITHMS.contains(alg.value()) || alg.value().equals("EdDSA")) {
            throw new JwtTokens.TokenException("unknown JWS algorithm: " + alg.value());
        }
        Value typ = header.get("typ");
        boolean jwtType = !(typ instanceof StringValue t) || t.value().equals("JWT");
        if (jwtType && !EncodingBuiltins.isJson(JwtTokens.text(payload))) {
            throw new JwtTokens.TokenException("type is JWT but payload is not JSON");
        }
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String signingInput = b64.encodeToString(headers) + "." + b64.encodeToString(payload);
        try {
            byte[] signature = JwtSignatures.sign(key, alg.value(), ExtCalls.utf8(signingInput));
            return StringValue.of(signingInput + "." + b64.encodeToString(signature));
        } catch (GeneralSecurityException e) {
            throw new JwtTokens.TokenException("failed to sign payload: " + e.getMessage());
        }
    }
}
