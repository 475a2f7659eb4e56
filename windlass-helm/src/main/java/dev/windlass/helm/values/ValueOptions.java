package dev.windlass.helm.values;

import dev.windlass.helm.HelmException;
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
        throw new UnsupportedOperationException("not written yet");
    }
}
