package dev.windlass.bench;

import java.util.Locale;

/**
 * A deterministic set of realistic manifests for benchmarks: object {@code i} is a Deployment, a
 * Service or a ConfigMap (in turn), with labels, annotations, probes, resources, ports and
 * multi-line data like those found in real repositories. The same index always gives the same text.
 */
final class ManifestSet {

    private static final String[] TEAMS = {"payments", "search", "checkout", "identity", "platform"};

    private ManifestSet() {
    }

    /** Objects {@code first} to {@code first + count - 1} as one multi-document YAML stream. */
    static String yaml(int first, int count) {
        StringBuilder out = new StringBuilder(count * 1400);
        for (int i = first; i < first + count; i++) {
            if (i > first) {
                out.append("---\n");
            }
            out.append(object(i));
        }
        return out.toString();
    }

    /** Object {@code i} as one YAML document. */
    static String object(int i) {
        return switch (i % 3) {
            case 0 -> deployment(i);
            case 1 -> service(i);
            default -> configMap(i);
        };
    }

    private static String name(int i) {
        return String.format(Locale.ROOT, "%s-svc-%05d", TEAMS[i % TEAMS.length], i / 3);
    }

    private static String metadata(int i, String component) {
        return """
                metadata:
                  name: %1$s
                  namespace: %2$s
                  labels:
                    app.kubernetes.io/name: %1$s
                    app.kubernetes.io/component: %3$s
                    app.kubernetes.io/part-of: %2$s
                    app.kubernetes.io/managed-by: windlass
                  annotations:
                    argocd.argoproj.io/sync-wave: "%4$d"
                    team.example.com/owner: %2$s-oncall@example.com
                """.formatted(name(i), TEAMS[i % TEAMS.length], component, i % 5 - 2);
    }

    private static String deployment(int i) {
        return "apiVersion: apps/v1\nkind: Deployment\n" + metadata(i, "server") + """
                spec:
                  replicas: %2$d
                  revisionHistoryLimit: 5
                  selector:
                    matchLabels:
                      app.kubernetes.io/name: %1$s
                  strategy:
                    type: RollingUpdate
                    rollingUpdate:
                      maxSurge: 25%%
                      maxUnavailable: 0
                  template:
                    metadata:
                      labels:
                        app.kubernetes.io/name: %1$s
                    spec:
                      serviceAccountName: %1$s
                      securityContext:
                        runAsNonRoot: true
                        runAsUser: 10001
                      containers:
                      - name: app
                        image: registry.example.com/%1$s:1.%3$d.0
                        args: ["--port=8080", "--log-level=info"]
                        ports:
                        - name: http
                          containerPort: 8080
                        env:
                        - name: GOMAXPROCS
                          value: "2"
                        - name: FEATURE_FLAGS
                          value: "yes"
                        - name: POD_NAME
                          valueFrom:
                            fieldRef:
                              fieldPath: metadata.name
                        resources:
                          requests:
                            cpu: 250m
                            memory: 256Mi
                          limits:
                            memory: 512Mi
                        readinessProbe:
                          httpGet:
                            path: /healthz
                            port: http
                          periodSeconds: 10
                        livenessProbe:
                          httpGet:
                            path: /livez
                            port: http
                          initialDelaySeconds: 15
                """.formatted(name(i), 2 + i % 4, i % 40);
    }

    private static String service(int i) {
        return "apiVersion: v1\nkind: Service\n" + metadata(i, "server") + """
                spec:
                  type: ClusterIP
                  selector:
                    app.kubernetes.io/name: %1$s
                  ports:
                  - name: http
                    port: 80
                    targetPort: http
                    protocol: TCP
                  - name: metrics
                    port: 9090
                    targetPort: 9090
                """.formatted(name(i));
    }

    private static String configMap(int i) {
        return "apiVersion: v1\nkind: ConfigMap\n" + metadata(i, "config") + """
                data:
                  LOG_LEVEL: info
                  CACHE_TTL: "300"
                  ENABLE_TRACING: "true"
                  application.yaml: |
                    server:
                      port: 8080
                      shutdown: graceful
                    database:
                      url: jdbc:postgresql://db-%1$d.internal:5432/app
                      pool: %2$d
                """.formatted(i % 7, 5 + i % 10);
    }
}
