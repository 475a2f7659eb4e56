package dev.windlass.kustomize;

import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.FloatNode;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The content hash kustomize appends to generated names ({@code name-<hash>}): a JSON object of the
 * fields that define the object's content (ConfigMap: kind, name, data, binaryData; Secret: kind,
 * name, type, data, stringData) encoded as Go's {@code encoding/json} does (keys sorted, HTML
 * characters escaped), its SHA-256 in hex, the first ten characters with {@code 0 1 3 a e} changed
 * to {@code g h k m t} so the suffix has no vowels and no easily confused digits.
 *
 * <p>kustomize looks the name up as a top-level field literally called {@code metadata/name},
 * which objects do not have, so the name it hashes is always {@code ""}: two generators with the
 * same content get the same suffix. Reproduced here, since the suffix must equal kustomize's.
 */
final class ContentHash {

    static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    };

    private ContentHash() {
    }

    /** The ten-character suffix for {@code object} (a ConfigMap or Secret; other kinds hash their whole content). */
    static String of(MapNode object) {
        return encode(sha256Hex(json(hashedFields(object))));
    }

    /** The fields kustomize hashes, as a tree to encode. */
    static Node hashedFields(MapNode object) {
        String kind = object.getText("kind").orElse("");
        Map<String, Node> fields = new LinkedHashMap<>();
        switch (kind) {
            case "ConfigMap" -> {
                fields.put("kind", Node.of("ConfigMap"));
                fields.put("name", value(object, "metadata/name"));
                fields.put("data", value(object, "data"));
                object.getMap("binaryData").ifPresent(m -> fields.put("binaryData", m));
            }
            case "Secret" -> {
                fields.put("kind", Node.of("Secret"));
                fields.put("type", value(object, "type"));
                fields.put("name", value(object, "metadata/name"));
                fields.put("data", value(object, "data"));
                object.getMap("stringData").ifPresent(m -> fields.put("stringData", m));
            }
            default -> {
                return object;
            }
        }
        return MapNode.copyOf(fields);
    }

    /** A field's value as kustomize reads it for hashing: a missing or null field is {@code ""}. */
    private static Node value(MapNode object, String... path) {
        Node current = object;
        for (String key : path) {
            current = current instanceof MapNode map ? map.get(key).orElse(null) : null;
            if (current == null || current.isNull()) {
                return Node.of("");
            }
        }
        return current;
    }

    /** {@code node} encoded as Go's {@code json.Marshal} encodes the equivalent Go value. */
    static String json(Node node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    private static void write(Node node, StringBuilder out) {
        if (node instanceof MapNode map) {
            List<String> keys = new ArrayList<>(map.keys());
            keys.sort(CODE_POINT_ORDER);
            out.append('{');
            for (int i = 0; i < keys.size(); i++) {
                out.append(i == 0 ? "" : ",");
                string(keys.get(i), out);
                out.append(':');
                write(map.get(keys.get(i)).orElseThrow(), out);
            }
            out.append('}');
        } else if (node instanceof ListNode list) {
            out.append('[');
            for (int i = 0; i < list.items().size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(list.items().get(i), out);
            }
            out.append(']');
        } else if (node instanceof StringNode s) {
            string(s.value(), out);
        } else if (node instanceof IntNode i) {
            out.append(number(i.value()));
        } else if (node instanceof FloatNode f) {
            out.append(number(f.value()));
        } else if (node instanceof BoolNode b) {
            out.append(b.value());
        } else {
            out.append("null");
        }
    }

    /** A JSON number as Go prints a float64 (kustomize reads the values back as float64). */
    private static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "null";
        }
        BigDecimal exact = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        return exact.signum() == 0 ? "0" : exact.toPlainString();
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '<', '>', '&', '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The first ten hex characters with kustomize's substitutions. */
    static String encode(String hex) {
        StringBuilder out = new StringBuilder(10);
        for (char c : hex.substring(0, 10).toCharArray()) {
            out.append(switch (c) {
                case '0' -> 'g';
                case '1' -> 'h';
                case '3' -> 'k';
                case 'a' -> 'm';
                case 'e' -> 't';
                default -> c;
            });
        }
        return out.toString();
    }
}
