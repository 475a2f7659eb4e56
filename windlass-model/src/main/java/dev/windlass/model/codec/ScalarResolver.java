package dev.windlass.model.codec;

import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.FloatNode;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.NullNode;
import dev.windlass.model.tree.StringNode;
import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Types a plain (unquoted, untagged) YAML scalar the way the Go YAML libraries behind kubectl and
 * kustomize do. Both schemas agree on everything but booleans: {@link ScalarSchema#KUBERNETES}
 * also reads {@code y/yes/on} and {@code n/no/off} (any of three spellings) as booleans.
 *
 * <p>Integers: underscores are ignored, then Go's base-prefix rules apply ({@code 0x1F} hex,
 * {@code 0o17} and YAML 1.1's {@code 017} octal, {@code 0b101} binary), up to unsigned 64 bits;
 * beyond signed 64 bits the value becomes a float, as in Kubernetes. Floats follow the YAML
 * regular expression ({@code 1e3}, {@code .5}, {@code -1.5E-3}); {@code .inf} and {@code .nan}
 * resolve to numbers JSON cannot hold, which the reader reports as errors. Timestamps stay strings
 * (go-yaml keeps them as text when decoding into untyped values).
 */
public final class ScalarResolver {

    private static final Set<String> TRUE_12 = Set.of("true", "True", "TRUE");
    private static final Set<String> FALSE_12 = Set.of("false", "False", "FALSE");
    private static final Set<String> TRUE_11 = Set.of("y", "Y", "yes", "Yes", "YES", "on", "On", "ON");
    private static final Set<String> FALSE_11 = Set.of("n", "N", "no", "No", "NO", "off", "Off", "OFF");
    private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");
    private static final Map<String, Double> SPECIAL_FLOATS = Map.ofEntries(
            Map.entry(".nan", Double.NaN), Map.entry(".NaN", Double.NaN), Map.entry(".NAN", Double.NaN),
            Map.entry(".inf", Double.POSITIVE_INFINITY), Map.entry(".Inf", Double.POSITIVE_INFINITY),
            Map.entry(".INF", Double.POSITIVE_INFINITY), Map.entry("+.inf", Double.POSITIVE_INFINITY),
            Map.entry("+.Inf", Double.POSITIVE_INFINITY), Map.entry("+.INF", Double.POSITIVE_INFINITY),
            Map.entry("-.inf", Double.NEGATIVE_INFINITY), Map.entry("-.Inf", Double.NEGATIVE_INFINITY),
            Map.entry("-.INF", Double.NEGATIVE_INFINITY));
    private static final Pattern YAML_FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern DOT_FLOAT = Pattern.compile("\\.[0-9]+([eE][-+]?[0-9]+)?");
    private static final Pattern BASE60 = Pattern.compile("[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt][0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\\.[0-9]+)?(?:Z|[-+][0-9]{2}:[0-9]{2}))"
                    + "|(?: [0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\\.[0-9]+)?))?");
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private ScalarResolver() {
    }

    /**
     * The value of plain scalar {@code text}. Special floats (NaN, infinities) come back as an
     * empty {@link Optional} from {@link #specialFloat(String)}; here they resolve to strings so
     * that callers check for them first.
     */
    public static Node resolve(String text, ScalarSchema schema) {
        if (text.isEmpty()) {
            return NullNode.INSTANCE;
        }
        char first = text.charAt(0);
        if (first == '.') {
            return DOT_FLOAT.matcher(text).matches() ? parseFloat(text, text) : new StringNode(text);
        }
        if (first == '+' || first == '-' || (first >= '0' && first <= '9')) {
            return resolveNumber(text);
        }
        // Every null and boolean word starts with one of these and has at most five letters.
        if (text.length() <= 5 && "~nNtTfFyYoO".indexOf(first) >= 0) {
            return word(text, schema);
        }
        return new StringNode(text);
    }

    private static Node word(String text, ScalarSchema schema) {
        if (NULLS.contains(text)) {
            return NullNode.INSTANCE;
        }
        if (TRUE_12.contains(text) || (schema == ScalarSchema.KUBERNETES && TRUE_11.contains(text))) {
            return BoolNode.TRUE;
        }
        if (FALSE_12.contains(text) || (schema == ScalarSchema.KUBERNETES && FALSE_11.contains(text))) {
            return BoolNode.FALSE;
        }
        return new StringNode(text);
    }

    /** {@code .inf}, {@code -.Inf}, {@code .nan} and friends: valid YAML numbers that JSON cannot hold. */
    public static Optional<Double> specialFloat(String text) {
        return Optional.ofNullable(SPECIAL_FLOATS.get(text));
    }

    /**
     * True when {@code text}, written plain, would be read back as something other than this
     * string by kubectl or by kustomize, or that a YAML 1.1 reader would take for a timestamp or a
     * sexagesimal number; writers quote such strings, as go-yaml does.
     */
    public static boolean isAmbiguous(String text) {
        if (text.isEmpty()) {
            return true;
        }
        char first = text.charAt(0);
        boolean word = "yYnNtTfFoO~".indexOf(first) >= 0;
        if (!word && "+-.0123456789".indexOf(first) < 0 || word && text.length() > 5) {
            return false;
        }
        return !(resolve(text, ScalarSchema.KUBERNETES) instanceof StringNode)
                || SPECIAL_FLOATS.containsKey(text)
                || BASE60.matcher(text).matches()
                || TIMESTAMP.matcher(text).matches();
    }

    private static Node resolveNumber(String text) {
        String plain = text.replace("_", "");
        Optional<BigInteger> integer = GoIntegers.parse(plain);
        if (integer.isPresent()) {
            BigInteger value = integer.get();
            if (value.bitLength() < 64) {
                return new IntNode(value.longValue());
            }
            if (value.signum() > 0 && value.compareTo(UINT64_MAX) <= 0) {
                return new FloatNode(value.doubleValue());
            }
        }
        if (YAML_FLOAT.matcher(plain).matches()) {
            return parseFloat(plain, text);
        }
        return new StringNode(text);
    }

    private static Node parseFloat(String digits, String original) {
        double value = Double.parseDouble(digits);
        return Double.isInfinite(value) ? new StringNode(original) : new FloatNode(value);
    }

    /** Go's {@code strconv.ParseInt(s, 0, 64)} prefix rules, without its range check. */
    static final class GoIntegers {
        private GoIntegers() {
        }

        static Optional<BigInteger> parse(String s) {
            int i = 0;
            boolean negative = false;
            if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
                negative = s.charAt(0) == '-';
                i = 1;
            }
            String body = s.substring(i);
            int radix = 10;
            if (body.length() > 1 && body.charAt(0) == '0') {
                char p = Character.toLowerCase(body.charAt(1));
                if (p == 'x' || p == 'o' || p == 'b') {
                    radix = p == 'x' ? 16 : p == 'o' ? 8 : 2;
                    body = body.substring(2);
                } else {
                    radix = 8;
                    body = body.substring(1);
                }
            }
            if (body.isEmpty() || !allDigits(body, radix)) {
                return Optional.empty();
            }
            BigInteger value = new BigInteger(body, radix);
            return Optional.of(negative ? value.negate() : value);
        }

        private static boolean allDigits(String body, int radix) {
            for (int k = 0; k < body.length(); k++) {
                if (Character.digit(body.charAt(k), radix) < 0 || body.charAt(k) > 'z') {
                    return false;
                }
            }
            return true;
        }
    }
}
