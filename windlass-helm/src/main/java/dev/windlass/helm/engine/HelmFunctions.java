package dev.windlass.helm.engine;

import dev.windlass.gotemplate.GoFunc;
import dev.windlass.gotemplate.GoFunctionException;
import dev.windlass.gotemplate.GoType;
import dev.windlass.gotemplate.sprig.Sprig;
import dev.windlass.helm.HelmException;
import dev.windlass.helm.yaml.GoJsonWriter;
import dev.windlass.helm.yaml.GoYaml;
import dev.windlass.helm.yaml.GoJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Helm's template functions over Sprig's: YAML/JSON conversions, {@code required}, {@code fail},
 * {@code lookup} and a {@code getHostByName} that resolves nothing. {@code include} and
 * {@code tpl} are bound per template set by {@link IncludeFunctions}.
 */
public final class HelmFunctions {

    private HelmFunctions() {
    }

    /** Sprig's functions with Helm's on top; {@code lookup} asks {@code lookup}. */
    public static Map<String, GoFunc> functions(ClusterLookup lookup) {
        Map<String, GoFunc> funcs = new LinkedHashMap<>(Sprig.functions());
        funcs.remove("env");
        funcs.remove("expandenv");
        add(funcs, GoFunc.of("toYaml", args -> toYaml(args[0]), GoType.ANY));
        add(funcs, GoFunc.of("mustToYaml", args -> mustToYaml(args[0]), GoType.ANY));
        add(funcs, GoFunc.of("toYamlPretty", args -> toYamlPretty(args[0]), GoType.ANY));
        add(funcs, GoFunc.of("fromYaml", args -> fromYaml((String) args[0]), GoType.STRING));
        add(funcs, GoFunc.of("fromYamlArray", args -> fromYamlArray((String) args[0]), GoType.STRING));
        add(funcs, GoFunc.of("toToml", args -> toToml(args[0]), GoType.ANY));
        add(funcs, GoFunc.of("mustToToml", args -> mustToToml(args[0]), GoType.ANY));
        add(funcs, GoFunc.of("fromToml", args -> fromToml((String) args[0]), GoType.STRING));
        add(funcs, GoFunc.of("toJson", args -> toJson(args[0]), GoType.ANY));
        add(funcs, GoFunc.of("mustToJson", args -> mustToJson(args[0]), GoType.ANY));
        add(funcs, GoFunc.of("fromJson", args -> fromJson((String) args[0]), GoType.STRING));
        add(funcs, GoFunc.of("fromJsonArray", args -> fromJsonArray((String) args[0]), GoType.STRING));
        add(funcs, GoFunc.of("required", args -> required((String) args[0], args[1]), GoType.STRING, GoType.ANY));
        add(funcs, GoFunc.of("fail", args -> fail((String) args[0]), GoType.STRING));
        add(funcs, GoFunc.of("lookup", args -> lookup.lookup((String) args[0], (String) args[1], (String) args[2],
                (String) args[3]), GoType.STRING, GoType.STRING, GoType.STRING, GoType.STRING));
        add(funcs, GoFunc.of("getHostByName", args -> "", GoType.STRING));
        return funcs;
    }

    private static void add(Map<String, GoFunc> funcs, GoFunc func) {
        funcs.put(func.name(), func);
    }

    static String toYaml(Object value) {
        try {
            return trimNewline(GoYaml.marshal(value));
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** Helm's {@code toToml}: the document, or the encoder's error text in its place. */
    static String toToml(Object value) {
        try {
            return TomlWriter.write(value);
        } catch (TomlWriter.TomlError e) {
            return e.getMessage();
        }
    }

    /** Helm's {@code fromToml}: the decoded table, or a map holding only the parse error under "Error". */
    static Map<String, Object> fromToml(String text) {
        try {
            return TomlReader.read(text);
        } catch (TomlReader.TomlError e) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("Error", e.getMessage());
            return error;
        }
    }

    static String mustToToml(Object value) throws GoFunctionException {
        try {
            return TomlWriter.write(value);
        } catch (TomlWriter.TomlError e) {
            throw new GoFunctionException(e.getMessage());
        }
    }

    static String mustToYaml(Object value) throws GoFunctionException {
        try {
            return trimNewline(GoYaml.marshal(value));
        } catch (IllegalArgumentException e) {
            throw new GoFunctionException(e.getMessage());
        }
    }

    /** go-yaml v3 with a two-space indent: like {@code toYaml} but with sequences indented under their key. */
    static String toYamlPretty(Object value) {
        String yaml = toYaml(value);
        StringBuilder out = new StringBuilder();
        List<Integer> sequenceIndents = new ArrayList<>();
        for (String line : yaml.split("\n", -1)) {
            String stripped = line.stripLeading();
            int indent = line.length() - stripped.length();
            while (!sequenceIndents.isEmpty() && indent < sequenceIndents.get(sequenceIndents.size() - 1)) {
                sequenceIndents.remove(sequenceIndents.size() - 1);
            }
            if (stripped.startsWith("- ") || stripped.equals("-")) {
                if (sequenceIndents.isEmpty() || sequenceIndents.get(sequenceIndents.size() - 1) != indent) {
                    sequenceIndents.add(indent);
                }
            }
            out.append("  ".repeat(sequenceIndents.size())).append(line).append('\n');
        }
        return trimNewline(out.toString());
    }

    static Map<String, Object> fromYaml(String text) {
        try {
            return GoYaml.parseMap(text);
        } catch (HelmException e) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("Error", e.getMessage());
            return error;
        }
    }

    static List<Object> fromYamlArray(String text) {
        try {
            Object value = GoYaml.toJson(GoYaml.decode(text));
            if (value == null) {
                return new ArrayList<>();
            }
            if (value instanceof List<?> list) {
                return new ArrayList<>(list);
            }
            return new ArrayList<>(List.of("error unmarshaling JSON: while decoding JSON: json: cannot unmarshal "
                    + jsonKind(value) + " into Go value of type []interface {}"));
        } catch (HelmException e) {
            return new ArrayList<>(List.of(e.getMessage()));
        }
    }

    static String toJson(Object value) {
        try {
            return GoJsonWriter.marshal(value);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    static String mustToJson(Object value) throws GoFunctionException {
        try {
            return GoJsonWriter.marshal(value);
        } catch (IllegalArgumentException e) {
            throw new GoFunctionException(e.getMessage());
        }
    }

    static Map<String, Object> fromJson(String text) {
        Map<String, Object> result = new LinkedHashMap<>();
        try {
            Object value = GoJson.unmarshal(text);
            if (value instanceof Map<?, ?> map) {
                map.forEach((k, v) -> result.put((String) k, v));
            } else if (value != null) {
                result.put("Error", "json: cannot unmarshal " + jsonKind(value)
                        + " into Go value of type map[string]interface {}");
            }
        } catch (GoJson.SyntaxError e) {
            result.put("Error", e.getMessage());
        }
        return result;
    }

    static List<Object> fromJsonArray(String text) {
        try {
            Object value = GoJson.unmarshal(text);
            if (value instanceof List<?> list) {
                return new ArrayList<>(list);
            }
            if (value == null) {
                return new ArrayList<>();
            }
            return new ArrayList<>(List.of("json: cannot unmarshal " + jsonKind(value)
                    + " into Go value of type []interface {}"));
        } catch (GoJson.SyntaxError e) {
            return new ArrayList<>(List.of(e.getMessage()));
        }
    }

    static Object required(String warning, Object value) throws GoFunctionException {
        if (value == null || "".equals(value)) {
            throw new GoFunctionException(EngineErrors.warnWrap(warning));
        }
        return value;
    }

    static String fail(String message) throws GoFunctionException {
        throw new GoFunctionException(EngineErrors.warnWrap(message));
    }

    private static String jsonKind(Object value) {
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        if (value instanceof Number) {
            return "number";
        }
        return value instanceof List ? "array" : "object";
    }

    private static String trimNewline(String text) {
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
