package dev.windlass.rego.builtins;

import dev.windlass.rego.value.ArrayValue;
import dev.windlass.rego.value.BoolValue;
import dev.windlass.rego.value.NumberValue;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
  * {@code io.jwt.decode_verify}: constraints ({@code cert} or {@code secret}, {@code alg},
  * {@code iss}, {@code aud}, {@code time} in ns, defaulting to the evaluation clock), header
  * checks ({@code alg} present, no unknown {@code crit}), nested {@code cty: JWT} tokens, and the
  * {@code exp}/{@code nbf} claims. Result: {@code [valid, header, payload]}.
  */
final class JwtDecodeVerify {
    private static final ArrayValue UNVERIFIED = ArrayValue.of(BoolValue.FALSE, ObjectValue.EMPTY, ObjectValue.EMPTY);

    private JwtDecodeVerify() {}

    /** Parsed constraints. */
    private static final class Constraints {
        String secret = "";
        String alg = "";
        String iss = "";
        String aud = "";
        List<JwtKeys.VerificationKey> keys;
        BigDecimal time;
    }

    static Value apply(BuiltinContext context, Args a) throws BuiltinException, JwtTokens.TokenException {
        ObjectValue options = a.object(1);
        Constraints c = constraints(context, options);
        Value token = a.any(0);
        ObjectValue header;
        String payloadText;
        while (true) {
            JwtTokens t = JwtTokens.split(a, token);
            header = t.decodedHeader();
            String alg = headerString(header, "alg");
            if (!validHeader(header, alg) || (!c.alg.isEmpty() && !c.alg.equals(alg))) {
                return UNVERIFIED;
            }
            byte[] signature = t.decodedSignature();
            if (!verify(c, headerString(header, "kid"), alg, t.signingInput(), signature)) {
                return UNVERIFIED;
            }
            payloadText = t.decodedPayloadText();
            if (!headerString(header, "cty").equalsIgnoreCase("JWT")) {
                break;
            }
            token = StringValue.of(payloadText);
        }
        ObjectValue payload = JwtTokens.jsonObject(payloadText);
        return claimsHold(c, payload) ? ArrayValue.of(BoolValue.TRUE, header, payload) : UNVERIFIED;
    }

    private static Constraints constraints(BuiltinContext context, ObjectValue options)
            throws JwtTokens.TokenException {
        Constraints c = new Constraints();
        for (Map.Entry<Value, Value> e : options.entries().entrySet()) {
            String name = e.getKey() instanceof StringValue s ? s.value() : e.getKey().toString();
            Value v = e.getValue();
            switch (name) {
                case "cert":
                    c.keys = keys(stringConstraint("cert", v));
                    break;
                case "secret": c.secret = stringConstraint("secret", v); break;
                case "alg": c.alg = stringConstraint("alg", v); break;
                case "iss": c.iss = stringConstraint("iss", v); break;
                case "aud": c.aud = stringConstraint("aud", v); break;
                case "time": c.time = time(v); break;
                default: throw new JwtTokens.TokenException("unknown token validation constraint: " + name);
            }
        }
        if (c.time == null) {
            java.time.Instant now = context.now();
            c.time = BigDecimal.valueOf(now.getEpochSecond()).multiply(BigDecimal.valueOf(1_000_000_000L))
                    .add(BigDecimal.valueOf(now.getNano()));
        }
        int keys = (c.keys != null ? 1 : 0) + (c.secret.isEmpty() ? 0 : 1);
        if (keys > 1) {
            throw new JwtTokens.TokenException("duplicate key constraints");
        }
        if (keys < 1) {
            throw new JwtTokens.TokenException("no key constraint");
        }
        return c;
    }

    private static List<JwtKeys.VerificationKey> keys(String text) throws JwtTokens.TokenException {
        try {
            return JwtKeys.fromCertOrJwk(text);
        } catch (JwtKeys.KeyException e) {
            throw new JwtTokens.TokenException(e.getMessage());
        }
    }

    private static String stringConstraint(String name, Value v) throws JwtTokens.TokenException {
        if (!(v instanceof StringValue s)) {
            throw new JwtTokens.TokenException(name + " constraint: must be a string");
        }
        return s.value();
    }

    private static BigDecimal time(Value v) throws JwtTokens.TokenException {
        if (!(v instanceof NumberValue n)) {
            throw new JwtTokens.TokenException("token time constraint: must be a number");
        }
        if (n.value().signum() < 0) {
            throw new JwtTokens.TokenException("token time constraint: must not be negative");
        }
        return n.value();
    }

    static String headerString(ObjectValue header, String name) throws JwtTokens.TokenException {
        Value v = header.get(name);
        if (v == null) {
            return "";
        }
        if (!(v instanceof StringValue s)) {
            throw new JwtTokens.TokenException(name + ": must be a string");
        }
        return s.value();
    }

    private static boolean validHeader(ObjectValue header, String alg) throws JwtTokens.TokenException {
        Set<String> crit = new HashSet<>();
        Value critValue = header.get("crit");
        if (critValue != null) {
            if (!(critValue instanceof ArrayValue arr)) {
                throw new JwtTokens.TokenException("crit: must be a list");
            }
            arr.items().forEach(i -> {
                if (i instanceof StringValue s) {
                    crit.add(s.value());
                }
            });
            if (crit.isEmpty()) {
                throw new JwtTokens.TokenException("crit: must be a nonempty list");
            }
        }
        for (String known : List.of("kid", "typ", "cty")) {
            headerString(header, known);
        }
        if (alg.isEmpty()) {
            return false;
        }
        Set<String> known = Set.of("alg", "kid", "typ", "cty", "crit");
        for (Value key : header.entries().keySet()) {
            if (key instanceof StringValue s && !known.contains(s.value()) && crit.contains(s.value())) {
                return false;
            }
        }
        return true;
    }

    private static boolean verify(Constraints c, String kid, String alg, byte[] input, byte[] signature) {
        if (c.keys != null) {
            if (!kid.isEmpty()) {
                for (JwtKeys.VerificationKey k : c.keys) {
                    if (k.kid().equals(kid)) {
                        return JwtSignatures.verify(k.key(), alg, input, signature);
                    }
                }
            }
            for (JwtKeys.VerificationKey k : c.keys) {
                if ((k.alg().isEmpty() || k.alg().equals(alg)) && JwtSignatures.verify(k.key(), alg, input, signature)) {
                    return true;
                }
            }
            return false;
        }
        return JwtSignatures.verify(ExtCalls.utf8(c.secret), alg, input, signature);
    }

    private static boolean claimsHold(Constraints c, ObjectValue payload) throws JwtTokens.TokenException {
        if (!c.iss.isEmpty() && !(payload.get("iss") instanceof StringValue iss && iss.value().equals(c.iss))) {
            return false;
        }
        Value aud = payload.get("aud");
        if (aud != null ? !audienceMatches(c, aud) : !c.aud.isEmpty()) {
            return false;
        }
        BigDecimal now = c.time.divide(BigDecimal.valueOf(1_000_000_000L));
        Value exp = payload.get("exp");
        if (exp != null) {
            if (!(exp instanceof NumberValue n)) {
                throw new JwtTokens.TokenException("exp value must be a number");
            }
            if (now.compareTo(n.value()) >= 0) {
                return false;
            }
        }
        Value nbf = payload.get("nbf");
        if (nbf != null) {
            if (!(nbf instanceof NumberValue n)) {
                throw new JwtTokens.TokenException("nbf value must be a number");
            }
            if (now.compareTo(n.value()) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean audienceMatches(Constraints c, Value aud) {
        if (aud instanceof StringValue s) {
            return s.value().equals(c.aud);
        }
        if (aud instanceof ArrayValue arr) {
            return arr.items().stream().anyMatch(i -> i instanceof StringValue s && s.value().equals(c.aud));
        }
        return false;
    }
}
