package dev.windlass.server.admission;

import dev.windlass.model.KubeObject;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ParsedDocument;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.MapNode;
import java.util.List;

/** A required-labels ConstraintTemplate (Rego as Gatekeeper's templates write it) with a deny and a warn constraint. */
final class RequiredLabelsPolicy {

    static final String YAML = """
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

                    violation[{"msg": msg, "details": {"missing_labels": missing}}] {
                      provided := {label | input.review.object.metadata.labels[label]}
                      required := {label | label := input.parameters.labels[_]}
                      missing := required - provided
                      count(missing) > 0
                      msg := sprintf("you must provide labels: %v", [missing])
                    }
            ---
            apiVersion: constraints.gatekeeper.sh/v1beta1
            kind: K8sRequiredLabels
            metadata:
              name: must-have-owner
            spec:
              match:
                kinds:
                  - apiGroups: [""]
                    kinds: ["Pod"]
              parameters:
                labels: ["owner"]
            ---
            apiVersion: constraints.gatekeeper.sh/v1beta1
            kind: K8sRequiredLabels
            metadata:
              name: should-have-team
            spec:
              enforcementAction: warn
              match:
                kinds:
                  - apiGroups: [""]
                    kinds: ["Pod"]
              parameters:
                labels: ["team"]
            """;

    private RequiredLabelsPolicy() {
    }

    static List<KubeObject> objects() {
        return YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES).read("policy.yaml", YAML).documents().stream()
                .map(ParsedDocument::content).map(node -> KubeObject.of((MapNode) node)).toList();
    }
}
