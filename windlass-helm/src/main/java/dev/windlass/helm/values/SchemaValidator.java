package dev.windlass.helm.values;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A JSON Schema validator for {@code values.schema.json} with the keywords charts use (type, enum,
 * const, format, $ref within the document, object, array, string and number keywords, allOf,
 * anyOf, oneOf, not, if/then/else) and the error tree and words of santhosh-tekuri/jsonschema v6,
 * which Helm uses. Draft 2020-12 rules apply unless {@code $schema} names an older draft (then a
 * {@code $ref} hides its siblings, {@code items} may be a tuple and formats are asserted).
 */
final class SchemaValidator {

    private final Object root;
    private final int draft;

    private SchemaValidator(Object root) {
        this.root = root;
        this.draft = draftOf(root);
    }

    /** The errors of {@code value} against schema document {@code schema} (empty when valid). */
    static List<SchemaError> validate(Object schema, Object value) {
        SchemaError error = new SchemaValidator(schema).check(schema, value, List.of(), 0);
        if (error == null) {
            return List.of();
        }
        return error.kind() == SchemaError.Kind.GROUP ? error.causes() : List.of(error);
    }

    private static int draftOf(Object schema) {
        if (schema instanceof Map<?, ?> m && m.get("$schema") instanceof String s) {
            if (s.contains("draft-04")) {
                return 4;
            }
            if (s.contains("draft-06")) {
                return 6;
            }
            if (s.contains("draft-07")) {
                return 7;
            }
            if (s.contains("2019-09")) {
                return 2019;
            }
        }
        return 2020;
    }

    /** One schema against one value: {@code null}, one error, or a group of them. */
    SchemaError check(Object schema, Object value, List<String> at, int depth) {
        if (schema instanceof Boolean b) {
            return b ? null : SchemaError.leaf(at, "false schema");
        }
        if (!(schema instanceof Map<?, ?> raw) || depth > 200) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> s = (Map<String, Object>) raw;
        String early = SchemaKeywords.typeConstEnumFormat(s, value, draft);
        if (early != null) {
            return SchemaError.leaf(at, early);
        }
        List<SchemaError> errors = new ArrayList<>();
        if (s.get("$ref") instanceof String ref) {
            SchemaError refError = reference(ref, value, at, depth);
            if (draft < 2019) {
                return refError;
            }
            add(errors, refError);
        }
        if (value instanceof Map<?, ?> obj) {
            objectKeywords(s, obj, at, depth, errors);
        } else if (value instanceof List<?> arr) {
            arrayKeywords(s, arr, at, depth, errors);
        } else if (value instanceof String str) {
            SchemaKeywords.string(s, str).forEach(m -> errors.add(SchemaError.leaf(at, m)));
        } else if (value instanceof Number n) {
            SchemaKeywords.number(s, n.doubleValue()).forEach(m -> errors.add(SchemaError.leaf(at, m)));
        }
        conditionals(s, value, at, depth, errors);
        if (errors.isEmpty()) {
            return null;
        }
        return errors.size() == 1 ? errors.get(0) : SchemaError.group(at, errors);
    }

    private SchemaError reference(String ref, Object value, List<String> at, int depth) {
        Object target = resolve(ref);
        SchemaError inner = check(target, value, at, depth + 1);
        if (inner == null) {
            return null;
        }
        List<SchemaError> causes = inner.kind() == SchemaError.Kind.GROUP ? inner.causes() : List.of(inner);
        return new SchemaError(at, SchemaError.Kind.REFERENCE, "validation failed", causes);
    }

    private Object resolve(String ref) {
        if (!ref.startsWith("#")) {
            return Boolean.TRUE;
        }
        Object node = root;
        String pointer = java.net.URLDecoder.decode(ref.substring(1).replace("+", "%2B"),
                java.nio.charset.StandardCharsets.UTF_8);
        if (pointer.isEmpty()) {
            return root;
        }
        for (String token : pointer.substring(1).split("/", -1)) {
            String key = token.replace("~1", "/").replace("~0", "~");
            if (node instanceof Map<?, ?> m) {
                node = m.get(key);
            } else if (node instanceof List<?> l && key.matches("\\d+") && Integer.parseInt(key) < l.size()) {
                node = l.get(Integer.parseInt(key));
            } else {
                return Boolean.TRUE;
            }
        }
        return node == null ? Boolean.TRUE : node;
    }

    private void objectKeywords(Map<String, Object> s, Map<?, ?> obj, List<String> at, int depth,
            List<SchemaError> errors) {
        SchemaKeywords.objectCounts(s, obj).forEach(m -> errors.add(SchemaError.leaf(at, m)));
        if (s.get("dependencies") instanceof Map<?, ?> deps) {
            for (Map.Entry<?, ?> d : new TreeMap<>(deps).entrySet()) {
                if (obj.containsKey(d.getKey())) {
                    if (d.getValue() instanceof List<?> names) {
                        String missing = SchemaKeywords.missing(obj, names);
                        if (missing != null) {
                            errors.add(SchemaError.leaf(at, "properties " + missing + " required, if "
                                    + SchemaError.quote(String.valueOf(d.getKey())) + " exists"));
                        }
                    } else {
                        add(errors, check(d.getValue(), obj, at, depth + 1));
                    }
                }
            }
        }
        Map<?, ?> properties = s.get("properties") instanceof Map<?, ?> p ? p : Map.of();
        Map<?, ?> patterns = s.get("patternProperties") instanceof Map<?, ?> p ? p : Map.of();
        Object additional = s.get("additionalProperties");
        List<String> notAllowed = new ArrayList<>();
        for (Object k : new TreeMap<>(obj).keySet()) {
            String name = String.valueOf(k);
            Object v = obj.get(k);
            boolean evaluated = false;
            if (properties.containsKey(name)) {
                evaluated = true;
                add(errors, check(properties.get(name), v, SchemaError.append(at, name), depth + 1));
            }
            for (Map.Entry<?, ?> p : patterns.entrySet()) {
                if (find(String.valueOf(p.getKey()), name)) {
                    evaluated = true;
                    add(errors, check(p.getValue(), v, SchemaError.append(at, name), depth + 1));
                }
            }
            if (!evaluated && additional != null) {
                if (Boolean.FALSE.equals(additional)) {
                    notAllowed.add(name);
                } else if (additional instanceof Map) {
                    add(errors, check(additional, v, SchemaError.append(at, name), depth + 1));
                }
            }
        }
        if (!notAllowed.isEmpty()) {
            errors.add(SchemaError.leaf(at, "additional properties " + SchemaKeywords.joinQuoted(notAllowed)
                    + " not allowed"));
        }
        if (draft != 4 && s.containsKey("propertyNames")) {
            for (Object k : new TreeMap<>(obj).keySet()) {
                SchemaError e = check(s.get("propertyNames"), String.valueOf(k), at, depth + 1);
                if (e != null) {
                    errors.add(new SchemaError(at, SchemaError.Kind.LEAF, "invalid propertyName "
                            + SchemaError.quote(String.valueOf(k)), e.kind() == SchemaError.Kind.GROUP ? e.causes()
                                    : List.of(e)));
                }
            }
        }
    }

    private void arrayKeywords(Map<String, Object> s, List<?> arr, List<String> at, int depth,
            List<SchemaError> errors) {
        SchemaKeywords.arrayCounts(s, arr).forEach(m -> errors.add(SchemaError.leaf(at, m)));
        if (draft < 2020) {
            int evaluated = 0;
            Object items = s.get("items");
            if (items instanceof List<?> tuple) {
                evaluated = Math.min(tuple.size(), arr.size());
                for (int i = 0; i < evaluated; i++) {
                    add(errors, check(tuple.get(i), arr.get(i), SchemaError.append(at, String.valueOf(i)), depth + 1));
                }
            } else if (items != null) {
                for (int i = 0; i < arr.size(); i++) {
                    add(errors, check(items, arr.get(i), SchemaError.append(at, String.valueOf(i)), depth + 1));
                }
                evaluated = arr.size();
            }
            Object additional = s.get("additionalItems");
            if (Boolean.FALSE.equals(additional) && evaluated != arr.size()) {
                errors.add(SchemaError.leaf(at, "last " + (arr.size() - evaluated) + " additionalItem(s) not allowed"));
            } else if (additional instanceof Map) {
                for (int i = evaluated; i < arr.size(); i++) {
                    add(errors, check(additional, arr.get(i), SchemaError.append(at, String.valueOf(i - evaluated)),
                            depth + 1));
                }
            }
        } else {
            List<?> prefix = s.get("prefixItems") instanceof List<?> p ? p : List.of();
            int evaluated = Math.min(prefix.size(), arr.size());
            for (int i = 0; i < evaluated; i++) {
                add(errors, check(prefix.get(i), arr.get(i), SchemaError.append(at, String.valueOf(i)), depth + 1));
            }
            if (s.get("items") instanceof Map || s.get("items") instanceof Boolean) {
                for (int i = evaluated; i < arr.size(); i++) {
                    add(errors, check(s.get("items"), arr.get(i), SchemaError.append(at, String.valueOf(i - evaluated)),
                            depth + 1));
                }
            }
        }
        if (s.containsKey("contains")) {
            List<SchemaError> failed = new ArrayList<>();
            int matched = 0;
            for (int i = 0; i < arr.size(); i++) {
                SchemaError e = check(s.get("contains"), arr.get(i), SchemaError.append(at, String.valueOf(i)), depth + 1);
                if (e == null) {
                    matched++;
                } else {
                    failed.add(e);
                }
            }
            if (matched == 0 && !s.containsKey("minContains")) {
                errors.add(SchemaError.withCauses(at, "no items match contains schema", failed));
            }
        }
    }

    private void conditionals(Map<String, Object> s, Object value, List<String> at, int depth,
            List<SchemaError> errors) {
        if (s.containsKey("not") && check(s.get("not"), value, at, depth + 1) == null) {
            errors.add(SchemaError.leaf(at, "not failed"));
        }
        combined(s, "allOf", value, at, depth, errors);
        combined(s, "anyOf", value, at, depth, errors);
        oneOf(s, value, at, depth, errors);
        if (s.containsKey("if")) {
            boolean ok = check(s.get("if"), value, at, depth + 1) == null;
            String branch = ok ? "then" : "else";
            if (s.containsKey(branch)) {
                add(errors, check(s.get(branch), value, at, depth + 1));
            }
        }
    }

    private void combined(Map<String, Object> s, String keyword, Object value, List<String> at, int depth,
            List<SchemaError> errors) {
        if (!(s.get(keyword) instanceof List<?> subs) || subs.isEmpty()) {
            return;
        }
        List<SchemaError> failed = new ArrayList<>();
        for (Object sub : subs) {
            add(failed, check(sub, value, at, depth + 1));
        }
        boolean fails = keyword.equals("allOf") ? !failed.isEmpty() : failed.size() == subs.size();
        if (fails) {
            errors.add(SchemaError.withCauses(at, keyword + " failed", failed));
        }
    }

    private void oneOf(Map<String, Object> s, Object value, List<String> at, int depth, List<SchemaError> errors) {
        if (!(s.get("oneOf") instanceof List<?> subs) || subs.isEmpty()) {
            return;
        }
        List<SchemaError> failed = new ArrayList<>();
        int matched = -1;
        for (int i = 0; i < subs.size(); i++) {
            SchemaError e = check(subs.get(i), value, at, depth + 1);
            if (e != null) {
                failed.add(e);
            } else if (matched == -1) {
                matched = i;
            } else {
                errors.add(SchemaError.leaf(at, "oneOf failed, subschemas " + matched + ", " + i + " matched"));
                return;
            }
        }
        if (matched == -1) {
            errors.add(SchemaError.withCauses(at, "oneOf failed, none matched", failed));
        }
    }

    private static boolean find(String regex, String text) {
        try {
            return Pattern.compile(regex).matcher(text).find();
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    private static void add(List<SchemaError> errors, SchemaError e) {
        if (e != null) {
            errors.add(e);
        }
    }
}
