package dev.windlass.model.codec;

import dev.windlass.model.Issue;
import dev.windlass.model.Location;
import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.FloatNode;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.NullNode;
import dev.windlass.model.tree.NumberText;
import dev.windlass.model.tree.StringNode;
import java.util.Optional;
import java.util.function.Consumer;

/** Types scalar values and map keys, honouring explicit YAML tags. */
final class YamlScalars {

    private static final String CORE = "tag:yaml.org,2002:";

    private final ScalarSchema schema;
    private final Consumer<Issue> warnings;

    YamlScalars(ScalarSchema schema, Consumer<Issue> warnings) {
        this.schema = schema;
        this.warnings = warnings;
    }

    /**
     * The value of a scalar.
     *
     * @param text  the scalar's text
     * @param plain whether it was written without quotes or block indicators
     * @param tag   its explicit tag, if any ({@code !} is the non-specific tag)
     */
    Node value(String text, boolean plain, Optional<String> tag, Location at) {
        if (tag.isEmpty()) {
            return plain ? implicit(text, at) : new StringNode(text);
        }
        String name = tag.get();
        if (name.equals("!")) {
            return new StringNode(text);
        }
        if (!name.startsWith(CORE)) {
            if (name.startsWith("!") && !name.startsWith("!!")) {
                warnings.accept(CodecMessages.ignoredTag(at, name));
                return plain ? implicit(text, at) : new StringNode(text);
            }
            throw new CodecFailure(CodecMessages.unsupportedTag(at, name.replace(CORE, "!!")));
        }
        return tagged(text, name.substring(CORE.length()), at);
    }

    private Node implicit(String text, Location at) {
        if (ScalarResolver.specialFloat(text).isPresent()) {
            throw new CodecFailure(CodecMessages.specialFloat(at, text));
        }
        return ScalarResolver.resolve(text, schema);
    }

    private Node tagged(String text, String kind, Location at) {
        switch (kind) {
            case "str":
            case "timestamp":
                return new StringNode(text);
            case "binary":
                return new StringNode(text.replaceAll("\\s+", ""));
            case "null":
                return NullNode.INSTANCE;
            case "bool":
                return expect(text, at, "!!bool", ScalarResolver.resolve(text, schema) instanceof BoolNode);
            case "int":
                return expect(text, at, "!!int", ScalarResolver.resolve(text, schema) instanceof IntNode);
            case "float":
                return asFloat(text, at);
            default:
                throw new CodecFailure(CodecMessages.unsupportedTag(at, "!!" + kind));
        }
    }

    private Node expect(String text, Location at, String tag, boolean ok) {
        if (!ok) {
            throw new CodecFailure(CodecMessages.tagMismatch(at, tag, text));
        }
        return ScalarResolver.resolve(text, schema);
    }

    private Node asFloat(String text, Location at) {
        if (ScalarResolver.specialFloat(text).isPresent()) {
            throw new CodecFailure(CodecMessages.specialFloat(at, text));
        }
        Node node = ScalarResolver.resolve(text, schema);
        if (node instanceof IntNode i) {
            return new FloatNode(i.value());
        }
        if (node instanceof FloatNode) {
            return node;
        }
        throw new CodecFailure(CodecMessages.tagMismatch(at, "!!float", text));
    }

    /**
     * A map key as the string Kubernetes sees. With {@link ScalarSchema#KUBERNETES} a key is typed
     * like a value and then printed, as sigs.k8s.io/yaml does ({@code on:} becomes {@code "true"});
     * with {@link ScalarSchema#YAML_1_2} the key is its text, as kustomize keeps it.
     */
    String key(String text, boolean plain, Optional<String> tag, Location at) {
        if (schema == ScalarSchema.YAML_1_2 || !plain) {
            if (plain && tag.isEmpty() && ScalarResolver.resolve(text, schema) instanceof NullNode) {
                throw new CodecFailure(CodecMessages.nullKey(at));
            }
            return text;
        }
        Node typed = value(text, true, tag, at);
        if (typed instanceof StringNode s) {
            return s.value();
        }
        if (typed instanceof NullNode) {
            throw new CodecFailure(CodecMessages.nullKey(at));
        }
        if (typed instanceof FloatNode f) {
            return NumberText.format(f.value());
        }
        return typed.toString();
    }
}
