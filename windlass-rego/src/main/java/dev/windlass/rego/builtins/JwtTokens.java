package dev.windlass.rego.builtins;

import dev.windlass.rego.value.ArrayValue;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import java.nio.charset.StandardCharsets;

/**
  * A JWS in compact serialization, split and decoded with OPA's checks and error texts
  * ({@code encoded JWT must have 3 sections, found 2}, {@code JWT is a JWE object, which is not
  * supported} …).
  *
  * @param header the encoded header
  * @param payload the encoded payload
  * @param signature the encoded signature
  */
record JwtTokens(String header, String payload, String signature) {
    /** A token failure with OPA's message (callers prefix the function name). */
    static final class TokenException extends Exception {
        private static final long serialVersionUID = 1L;

        TokenException(String message) {
            super(message);
        }
    }

    static JwtTokens split(Args a, Value v) throws BuiltinException, TokenException {
        if (!(v instanceof StringValue s)) {
            throw BuiltinException.operand(a.function(), 1, "string", v);
        }
        String text = s.value();
        if (!text.contains(".")) {
            throw new TokenException("encoded JWT had no period separators");
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length != 3) {
            throw new TokenException("encoded JWT must have 3 sections, found " + parts.length);
        }
        return new JwtTokens(parts[0], parts[1], parts[2]);
    }

    /** base64url.decode's bytes, padding added when missing. */
    static byte[] base64Url(String s) throws TokenException {
        String padded = s;
        if (!s.endsWith("=")) {
            int rem = ExtCalls.utf8(s).length % 4;
            if (rem == 1) {
                throw new TokenException("illegal base64url string: " + s);
            }
            padded += rem == 2 ? "==" : rem == 3 ? "=" : "";
        }
        try {
            return EncodingCodecs.decodeUrl(ExtCalls.utf8(padded));
        } catch (EncodingCodecs.DecodeException e) {
            throw new TokenException(e.getMessage());
        }
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    ObjectValue decodedHeader() throws TokenException {
        byte[] bytes;
        try {
            bytes = base64Url(header);
        } catch (TokenException e) {
            throw new TokenException("JWT header had invalid encoding: " + e.getMessage());
        }
        ObjectValue object;
        try {
            object = jsonObject(text(bytes));
        } catch (TokenException e) {
            throw new TokenException("bad JWT header: " + e.getMessage());
        }
        if (object.get("enc") != null) {
            throw new TokenException("JWT is a JWE object, which is not supported");
        }
        return object;
    }

    String decodedPayloadText() throws TokenException {
        try {
            return text(base64Url(payload));
        } catch (TokenException e) {
            throw new TokenException("JWT payload had invalid encoding: " + e.getMessage());
        }
    }

    byte[] decodedSignature() throws TokenException {
        return base64Url(signature);
    }

    byte[] signingInput() {
        return ExtCalls.utf8(header + "." + payload);
    }

    static ObjectValue jsonObject(String text) throws TokenException {
        Value v;
        try {
            v = EncodingBuiltins.parseGoJson(text);
        } catch (JsonSyntax.SyntaxException e) {
            throw new TokenException("invalid JSON: " + e.getMessage());
        }
        if (!(v instanceof ObjectValue o)) {
            throw new TokenException("decoded JSON type was not an Object");
        }
        return o;
    }

    /** {@code io.jwt.decode}: [header, payload, signature as hex], following {@code cty: JWT}. */
    static Value decode(Args a, Value token) throws BuiltinException, TokenException {
        JwtTokens t = split(a, token);
        ObjectValue header = t.decodedHeader();
        String payload = t.decodedPayloadText();
        if (header.get("cty") instanceof StringValue cty && cty.value().equals("JWT")) {
            return decode(a, StringValue.of(payload.replaceAll("^[\"']+|[\"']+$", "")));
        }
        ObjectValue body = jsonObject(payload);
        byte[] signature;
        try {
            signature = t.decodedSignature();
        } catch (TokenException e) {
            throw new TokenException("JWT signature had invalid encoding: " + e.getMessage());
        }
        return ArrayValue.of(header, body, StringValue.of(ExtCalls.hex(signature)));
    }
}
