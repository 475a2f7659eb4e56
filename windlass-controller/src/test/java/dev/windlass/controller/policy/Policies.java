package dev.windlass.controller.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** Policy YAML the tests share: the seed's template (read from the example) and constraints made to measure. */
final class Policies {

    private Policies() {
    }

    /** The seed's K8sRequiredLabels ConstraintTemplate, as {@code examples/gatekeeper-policy/policy} has it. */
    static String requiredLabelsTemplate() {
        try {
            return Files.readString(PolicyLoop.examples().resolve("gatekeeper-policy/policy/template.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A K8sRequiredLabels constraint on Deployments of {@code namespace} requiring app and team. */
    static String requiredLabels(String name, String action, String namespace) {
        return """
                apiVersion: constraints.gatekeeper.sh/v1beta1
                kind: K8sRequiredLabels
                metadata:
                  name: %s
                spec:
                  enforcementAction: %s
                  match:
                    kinds:
                      - apiGroups: ["apps"]
                        kinds: ["Deployment"]
                    namespaces: ["%s"]
                  parameters:
                    labels: ["app", "team"]
                """.formatted(name, action, namespace);
    }

    /** A Deployment in {@code namespace} with the given labels (YAML flow map, e.g. {@code "{app: web}"}). */
    static String deployment(String name, String namespace, String labels) {
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: %s
                  namespace: %s
                  labels: %s
                spec:
                  replicas: 1
                  selector:
                    matchLabels: {run: %s}
                  template:
                    metadata:
                      labels: {run: %s}
                    spec:
                      containers:
                      - name: main
                        image: nginx:1.27
                """.formatted(name, namespace, labels, name, name);
    }

    static String namespace(String name) {
        return "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: " + name + "\n";
    }

    /** A Gatekeeper Config excluding {@code namespace} from every process. */
    static String configExcluding(String namespace) {
        return """
                apiVersion: config.gatekeeper.sh/v1alpha1
                kind: Config
                metadata:
                  name: config
                  namespace: gatekeeper-system
                spec:
                  match:
                    - excludedNamespaces: ["%s"]
                      processes: ["*"]
                """.formatted(namespace);
    }

    /** A template whose Rego does not parse. */
    static final String BROKEN_TEMPLATE = """
            apiVersion: templates.gatekeeper.sh/v1beta1
            kind: ConstraintTemplate
            metadata:
              name: k8sbroken
            spec:
              crd:
                spec:
                  names:
                    kind: K8sBroken
              targets:
                - target: admission.k8s.gatekeeper.sh
                  rego: |
                    package k8sbroken

                    violation[{"msg": msg}] {
                      msg := 
                    }
            """;
}
