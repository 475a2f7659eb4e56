package dev.windlass.cli.app;

import dev.windlass.model.codec.JsonWriter;
import dev.windlass.model.codec.YamlWriter;
import dev.windlass.model.tree.Node;

/** JSON and YAML output of {@code -o json|yaml}, as the {@code argocd} CLI prints it (JSON indented by 2). */
final class Documents {

    private Documents() {
    }

    static String json(Node node) {
        return JsonWriter.write(node, 2);
    }

    static String yaml(Node node) {
        String text = YamlWriter.write(node);
        return text.endsWith("\n") ? text : text + "\n";
    }
}
