package dev.windlass.kustomize;

import dev.windlass.model.tree.FieldPath;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of {@code configMapGenerator} or {@code secretGenerator}, read, with the
 * kustomization's {@code generatorOptions} already merged into its {@code options}.
 *
 * @param kind      what it makes
 * @param field     where it is written, e.g. {@code configMapGenerator[0]}, for messages
 * @param name      the object's name before prefixes, suffixes and the content hash
 * @param namespace the object's namespace, {@code ""} for none
 * @param behavior  how it joins an object of the same id already accumulated
 * @param literals  {@code literals} entries ({@code key=value})
 * @param files     {@code files} entries ({@code path} or {@code key=path})
 * @param envs      {@code envs} entries (env files)
 * @param env       the legacy singular {@code env}, read after {@code envs}; {@code ""} for none
 * @param options   labels, annotations and flags for the generated object
 * @param type      the Secret type; {@code ""} for ConfigMaps and for the default {@code Opaque}
 */
record GeneratorArgs(Kind kind, FieldPath field, String name, String namespace, Behavior behavior,
        List<String> literals, List<String> files, List<String> envs, String env, Options options, String type) {

    GeneratorArgs {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(behavior, "behavior");
        literals = List.copyOf(literals);
        files = List.copyOf(files);
        envs = List.copyOf(envs);
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(type, "type");
    }

    /** The two built-in generators, with their kustomization field, object kind and plugin kind. */
    enum Kind {
        CONFIG_MAP("configMapGenerator", "ConfigMap", "ConfigMapGenerator"),
        SECRET("secretGenerator", "Secret", "SecretGenerator");

        private final String field;
        private final String objectKind;
        private final String pluginKind;

        Kind(String field, String objectKind, String pluginKind) {
            this.field = field;
            this.objectKind = objectKind;
            this.pluginKind = pluginKind;
        }

        /** The kind of kustomize's built-in plugin that runs this generator. */
        String pluginKind() {
            return pluginKind;
        }

        String field() {
            return field;
        }

        String objectKind() {
            return objectKind;
        }
    }

    /**
     * kustomize's generation behaviors. Any value other than {@code create}, {@code merge} or
     * {@code replace} (including none) is {@code unspecified}, which acts like {@code create}.
     */
    enum Behavior {
        UNSPECIFIED, CREATE, MERGE, REPLACE;

        static Behavior of(String text) {
            return switch (text) {
                case "create" -> CREATE;
                case "merge" -> MERGE;
                case "replace" -> REPLACE;
                default -> UNSPECIFIED;
            };
        }

        String text() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * {@code generatorOptions}, or a generator's {@code options}. Maps keep their written order.
     */
    record Options(Map<String, String> labels, Map<String, String> annotations, boolean disableNameSuffixHash,
            boolean immutable) {

        static final Options NONE = new Options(Map.of(), Map.of(), false, false);

        Options {
            labels = OrderedMaps.copy(labels);
            annotations = OrderedMaps.copy(annotations);
        }

        /**
         * These (a generator's own) options over the kustomization's {@code global} ones, as kustomize
         * merges them: own labels and annotations win over global ones, either flag set sets it.
         */
        Options over(Options global) {
            return new Options(union(global.labels, labels), union(global.annotations, annotations),
                    disableNameSuffixHash || global.disableNameSuffixHash, immutable || global.immutable);
        }

        private static Map<String, String> union(Map<String, String> under, Map<String, String> over) {
            Map<String, String> out = new java.util.LinkedHashMap<>(over);
            under.forEach(out::putIfAbsent);
            return out;
        }
    }
}
