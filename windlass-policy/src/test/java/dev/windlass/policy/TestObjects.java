package dev.windlass.policy;

import dev.windlass.model.KubeObject;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ParsedDocument;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.MapNode;
import java.util.ArrayList;
import java.util.List;

/** Objects from YAML text for tests. */
final class TestObjects {
    private TestObjects() {
    }

    static KubeObject yaml(String text) {
        return all(text).get(0);
    }

    static List<KubeObject> all(String text) {
        List<KubeObject> out = new ArrayList<>();
        var stream = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES).read("test.yaml", text);
        if (stream.hasErrors()) {
            throw new IllegalArgumentException(stream.issues().toString());
        }
        for (ParsedDocument d : stream.documents()) {
            if (!d.isEmpty()) {
                out.add(KubeObject.of((MapNode) d.content()));
            }
        }
        return out;
    }

    static MapNode map(String text) {
        return yaml(text).content();
    }

    static KubeObject pod(String namespace, String name, String... labels) {
        StringBuilder y = new StringBuilder("apiVersion: v1\nkind: Pod\nmetadata:\n  name: " + name + "\n");
        if (namespace != null) {
            y.append("  namespace: ").append(namespace).append('\n');
        }
        appendLabels(y, labels);
        return yaml(y.toString());
    }

    static KubeObject namespace(String name, String... labels) {
        StringBuilder y = new StringBuilder("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: " + name + "\n");
        appendLabels(y, labels);
        return yaml(y.toString());
    }

    private static void appendLabels(StringBuilder y, String... labels) {
        if (labels.length > 0) {
            y.append("  labels:\n");
            for (int i = 0; i < labels.length; i += 2) {
                y.append("    ").append(labels[i]).append(": \"").append(labels[i + 1]).append("\"\n");
            }
        }
    }

    /** A template with Rego {@code violation} reporting each missing label of {@code input.parameters.labels}. */
    static final String REQUIRED_LABELS_TEMPLATE = """
            apiVersion: templates.gatekeeper.sh/v1
            kind: ConstraintTemplate
            metadata:
              name: k8srequiredlabels
            spec:
              crd:
                spec:
                  names:
                    kind: K8sRequiredLabels
                  validation:
                    openAPIV3Schema:
                      type: object
                      properties:
                        labels:
                          type: array
                          items:
                            type: string
              targets:
                - target: admission.k8s.gatekeeper.sh
                  rego: |
                    package k8srequiredlabels
                    violation[{"msg": msg, "details": {"missing": missing}}] {
                      provided := {label | input.review.object.metadata.labels[label]}
                      required := {label | label := input.parameters.labels[_]}
                      missing := required - provided
                      count(missing) > 0
                      msg := sprintf("you must provide labels: %v", [missing])
                    }
            """;
}
