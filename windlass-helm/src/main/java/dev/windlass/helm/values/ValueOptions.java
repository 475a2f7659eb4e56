package dev.windlass.helm.values;

import dev.windlass.helm.HelmException;
import dev.windlass.helm.yaml.GoJson;
import dev.windlass.helm.yaml.ValuesDocuments;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The user-supplied values of one render, as Helm's {@code -f/--values}, {@code --set},
 * {@code --set-string}, {@code --set-file}, {@code --set-json} and {@code --set-literal} flags give
 * them. {@link #merge} applies them in Helm's order: value files in order, then {@code --set-json},
 * {@code --set}, {@code --set-string}, {@code --set-file}, {@code --set-literal}.
 */
public record ValueOptions(List<String> valueFiles, List<String> jsonValues, List<String> values,
        List<String> stringValues, List<String> fileValues, List<String> literalValues) {

    /** Reads a value file or a {@code --set-file} file by the name the user gave. */
    @FunctionalInterface
    public interface FileReader {
        byte[] read(String name) throws HelmException;
    }

    public ValueOptions {
        valueFiles = List.copyOf(valueFiles);
        jsonValues = List.copyOf(jsonValues);
        values = List.copyOf(values);
        stringValues = List.copyOf(stringValues);
        fileValues = List.copyOf(fileValues);
        literalValues = List.copyOf(literalValues);
    }

    public static ValueOptions none() {
        return new ValueOptions(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** The merged user values; errors name the file or flag value at fault, as Helm's do. */
    public Map<String, Object> merge(FileReader files) throws HelmException {
        Map<String, Object> base = new LinkedHashMap<>();
        for (String file : valueFiles) {
            String text = new String(files.read(file), StandardCharsets.UTF_8);
            try {
                base = ValuesDocuments.mergeMaps(base, ValuesDocuments.load(text));
            } catch (HelmException e) {
                throw new HelmException("failed to parse " + file + ": " + e.getMessage(), e);
            }
        }
        for (String value : jsonValues) {
            base = mergeJson(base, value);
        }
        parseAll(values, base, Strvals.Mode.TYPED, "--set", null);
        parseAll(stringValues, base, Strvals.Mode.STRING, "--set-string", null);
        parseAll(fileValues, base, Strvals.Mode.FILE, "--set-file", fileReader(files));
        parseAll(literalValues, base, Strvals.Mode.LITERAL, "--set-literal", null);
        return base;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mergeJson(Map<String, Object> base, String value) throws HelmException {
        String trimmed = value.strip();
        if (!trimmed.isEmpty() && trimmed.charAt(0) == '{') {
            try {
                Object json = GoJson.unmarshal(trimmed);
                return ValuesDocuments.mergeMaps(base, (Map<String, Object>) json);
            } catch (GoJson.SyntaxError | ClassCastException e) {
                throw new HelmException("failed parsing --set-json data JSON: " + value, e);
            }
        }
        try {
            Strvals.parseInto(value, base, Strvals.Mode.JSON, null);
            return base;
        } catch (StrvalsException e) {
            throw new HelmException("failed parsing --set-json data " + value, e);
        }
    }

    private static void parseAll(List<String> flags, Map<String, Object> base, Strvals.Mode mode, String flag,
            Strvals.ValueReader reader) throws HelmException {
        for (String value : flags) {
            try {
                Strvals.parseInto(value, base, mode, reader);
            } catch (StrvalsException e) {
                throw new HelmException("failed parsing " + flag + " data: " + e.getMessage(), e);
            }
        }
    }

    private static Strvals.ValueReader fileReader(FileReader files) {
        return runes -> {
            try {
                return new String(files.read(runes), StandardCharsets.UTF_8);
            } catch (HelmException e) {
                throw new StrvalsException(e.getMessage());
            }
        };
    }
}
