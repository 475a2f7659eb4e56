package dev.windlass.kustomize;

import dev.windlass.model.tree.FieldPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Loads the key/value pairs of one generator in kustomize's order: env files ({@code envs}, then
 * the legacy {@code env}), then {@code literals}, then {@code files}. Each pair remembers the field
 * it came from, for messages.
 */
final class GeneratorSources {

    static final String INVALID_SOURCE = "KustomizeGeneratorSourceInvalid";

    /** Reads a file named by a generator, relative to its kustomization, under the load restrictor. */
    interface Files {
        byte[] read(Kustomization k, String reference, FieldPath field) throws KustomizeFailure;
    }

    /** One pair; {@code value} holds raw bytes (a file need not be text). */
    record Pair(String key, byte[] value, FieldPath field) {
    }

    private final Files files;

    GeneratorSources(Files files) {
        this.files = files;
    }

    List<Pair> load(Kustomization k, GeneratorArgs args) throws KustomizeFailure {
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < args.envs().size(); i++) {
            envFile(k, args.envs().get(i), args.field().key("envs").index(i), out);
        }
        if (!args.env().isEmpty()) {
            envFile(k, args.env(), args.field().key("env"), out);
        }
        for (int i = 0; i < args.literals().size(); i++) {
            out.add(literal(k, args.literals().get(i), args.field().key("literals").index(i)));
        }
        for (int i = 0; i < args.files().size(); i++) {
            out.add(file(k, args.files().get(i), args.field().key("files").index(i)));
        }
        return out;
    }

    private void envFile(Kustomization k, String path, FieldPath field, List<Pair> out) throws KustomizeFailure {
        byte[] content = files.read(k, path, field);
        try {
            for (Map.Entry<String, String> pair : EnvFile.parse(content)) {
                out.add(new Pair(pair.getKey(), utf8(pair.getValue()), field));
            }
        } catch (EnvFile.InvalidLine e) {
            throw KustomizeFailure.at(INVALID_SOURCE, k.file(), field, "env file '" + path + "': " + e.getMessage()
                    + "; env files are UTF-8 text (use 'files' for binary content)");
        }
    }

    /** {@code key=value}; the value loses one pair of matching surrounding quotes, as in kustomize. */
    static Pair literal(Kustomization k, String source, FieldPath field) throws KustomizeFailure {
        int equals = source.indexOf('=');
        if (equals <= 0) {
            throw KustomizeFailure.at(INVALID_SOURCE, k.file(), field, "invalid literal source " + source
                    + ", expected key=value");
        }
        return new Pair(source.substring(0, equals), utf8(unquote(source.substring(equals + 1))), field);
    }

    static String unquote(String value) {
        if (value.length() < 2 || value.charAt(0) != value.charAt(value.length() - 1)) {
            return value;
        }
        char quote = value.charAt(0);
        return quote == '"' || quote == '\'' ? value.substring(1, value.length() - 1) : value;
    }

    private Pair file(Kustomization k, String source, FieldPath field) throws KustomizeFailure {
        String[] keyAndPath = keyAndPath(k, source, field);
        return new Pair(keyAndPath[0], files.read(k, keyAndPath[1], field), field);
    }

    /** kustomize's {@code [key=]path}: without a key, the key is the file's base name. */
    static String[] keyAndPath(Kustomization k, String source, FieldPath field) throws KustomizeFailure {
        long separators = source.chars().filter(c -> c == '=').count();
        if (separators == 0) {
            return new String[] {baseName(source), source};
        }
        String problem;
        if (separators > 1) {
            problem = "source \"" + source + "\" key name or file path contains '='";
        } else if (source.startsWith("=")) {
            problem = "missing key name for file path \"" + source.substring(1) + "\" in source \"" + source + "\"";
        } else if (source.endsWith("=")) {
            problem = "missing file path for key name \"" + source.substring(0, source.length() - 1)
                    + "\" in source \"" + source + "\"";
        } else {
            int equals = source.indexOf('=');
            return new String[] {source.substring(0, equals), source.substring(equals + 1)};
        }
        throw KustomizeFailure.at(INVALID_SOURCE, k.file(), field, problem + "; write 'key=path' or 'path'");
    }

    /** Go's {@code path.Base}: the last element, trailing slashes ignored. */
    static String baseName(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        String trimmed = path.replaceAll("/+$", "");
        if (trimmed.isEmpty()) {
            return "/";
        }
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
