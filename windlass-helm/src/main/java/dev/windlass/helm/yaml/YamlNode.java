package dev.windlass.helm.yaml;

import java.util.List;

/**
 * One node of a YAML document as go-yaml's parser builds it before decoding: scalars keep their
 * text, style and tag; aliases point at the anchored node they name.
 */
sealed interface YamlNode {

    /** The 1-based line the node starts on (go-yaml reports {@code n.line+1}). */
    int line();

    /** A scalar: {@code plain} when written unquoted and untagged (go-yaml's {@code implicit}). */
    record Scalar(String value, String tag, boolean plain, int line) implements YamlNode {
    }

    /** A mapping: keys and values alternate in {@code children}. */
    record Mapping(List<YamlNode> children, int line) implements YamlNode {
    }

    /** A sequence. */
    record Sequence(List<YamlNode> children, int line) implements YamlNode {
    }

    /** An alias {@code *name} and the node it refers to. */
    record Alias(String name, YamlNode target, int line) implements YamlNode {
    }
}
