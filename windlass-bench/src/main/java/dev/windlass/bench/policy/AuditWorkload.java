package dev.windlass.bench.policy;

import java.util.Locale;

/**
 * A deterministic cluster of {@code n} objects for an audit: Namespaces first (one per 200 objects),
 * then Pods, Services and Deployments in turn. Every third Pod and Deployment breaks several library
 * policies (a privileged container from an unapproved registry, no limits, no probes, no digest); the
 * others comply. The same index always gives the same text.
 */
final class AuditWorkload {

    private AuditWorkload() {
    }

    static int namespaces(int objects) {
        return Math.max(1, objects / 200);
    }

    /** Object {@code i} of a cluster of {@code objects} objects, as YAML. */
    static String object(int i, int objects) {
        int namespaces = namespaces(objects);
        if (i < namespaces) {
            return "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-%d\n  labels:\n    owner: team-%d.agilebank.demo\n"
                    .formatted(i, i);
        }
        String ns = "team-" + (i % namespaces);
        boolean bad = (i / 3) % 3 == 0;
        return switch (i % 3) {
            case 0 -> pod(i, ns, bad);
            case 1 -> service(i, ns, bad);
            default -> deployment(i, ns, bad);
        };
    }

    private static String container(boolean bad) {
        String image = bad ? "docker.io/library/nginx:1.27" : "openpolicyagent/opa@sha256:"
                + "0f3b1f5e8f0d9c1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192";
        String security = bad ? "privileged: true\n  allowPrivilegeEscalation: true"
                : "privileged: false\n  allowPrivilegeEscalation: false\n  readOnlyRootFilesystem: true";
        String resources = bad ? "" : """
                resources:
                  limits: {cpu: 500m, memory: 256Mi}
                  requests: {cpu: 100m, memory: 128Mi}
                readinessProbe: {tcpSocket: {port: 8080}, periodSeconds: 10}
                livenessProbe: {tcpSocket: {port: 8080}, periodSeconds: 10}
                """;
        return ("- name: app\n  image: " + image + "\n  securityContext:\n    " + security.replace("\n  ", "\n    ")
                + "\n" + resources.indent(2)).replace("\n\n", "\n");
    }

    private static String pod(int i, String ns, boolean bad) {
        return String.format(Locale.ROOT, """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: pod-%05d
                  namespace: %s
                  labels: {app: pod-%05d, owner: %s.agilebank.demo}
                spec:
                  hostPID: %b
                  containers:
                %s""", i, ns, i, ns, bad, container(bad).indent(2));
    }

    private static String service(int i, String ns, boolean bad) {
        return String.format(Locale.ROOT, """
                apiVersion: v1
                kind: Service
                metadata:
                  name: svc-%05d
                  namespace: %s
                spec:
                  type: %s
                  selector: {app: pod-%05d}
                  ports: [{port: 80, targetPort: 8080}]
                """, i, ns, bad ? "NodePort" : "ClusterIP", i);
    }

    private static String deployment(int i, String ns, boolean bad) {
        return String.format(Locale.ROOT, """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: deploy-%05d
                  namespace: %s
                  labels: {app: deploy-%05d}
                spec:
                  replicas: 2
                  selector: {matchLabels: {app: deploy-%05d}}
                  template:
                    metadata:
                      labels: {app: deploy-%05d}
                    spec:
                      containers:
                %s""", i, ns, i, i, i, container(bad).indent(6));
    }
}
