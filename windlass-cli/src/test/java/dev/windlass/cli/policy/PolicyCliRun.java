package dev.windlass.cli.policy;

import dev.windlass.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs {@code windlass} in-process and keeps its exit code, stdout and stderr. */
record PolicyCliRun(int exit, String out, String err) {

    static PolicyCliRun run(String... args) {
        return withStdin("", args);
    }

    static PolicyCliRun withStdin(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new PolicyCliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static final String TEMPLATE = """
            apiVersion: templates.gatekeeper.sh/v1
            kind: ConstraintTemplate
            metadata: {name: k8srequiredlabels}
            spec:
              crd:
                spec:
                  names: {kind: K8sRequiredLabels}
                  validation:
                    openAPIV3Schema:
                      type: object
                      properties:
                        labels: {type: array, items: {type: string}}
              targets:
                - target: admission.k8s.gatekeeper.sh
                  rego: |
                    package k8srequiredlabels
                    violation[{"msg": msg}] {
                      label := input.parameters.labels[_]
                      not input.review.object.metadata.labels[label]
                      msg := sprintf("missing label %v", [label])
                    }
            """;

    static final String CONSTRAINT = """
            apiVersion: constraints.gatekeeper.sh/v1beta1
            kind: K8sRequiredLabels
            metadata: {name: need-owner}
            spec:
              match: {kinds: [{apiGroups: [''], kinds: [Pod]}]}
              parameters: {labels: [owner]}
            """;
}
