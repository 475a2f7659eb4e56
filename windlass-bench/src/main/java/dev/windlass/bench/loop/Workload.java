package dev.windlass.bench.loop;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The applications of the loop benchmark: each is a directory {@code apps/<name>} of a monorepo with
 * one manifest file per object (mostly ConfigMaps, one Deployment and one Service per ten objects),
 * and an automated Argo CD Application (prune, self-heal, CreateNamespace) deploying it into its
 * own namespace.
 */
final class Workload {

    /** The kinds every application has at least one object of. */
    static final int KINDS = 3;
    static final String REPO_URL = "https://github.com/example/loop-monorepo";

    private final int objects;

    Workload(int objects) {
        this.objects = objects;
    }

    static String appName(int index) {
        return String.format(Locale.ROOT, "app-%04d", index);
    }

    int deployments() {
        return Math.max(1, objects / 10);
    }

    int services() {
        return deployments();
    }

    int configMaps() {
        return objects - deployments() - services();
    }

    /** Writes the application's directory under {@code source}; {@code version} goes into every ConfigMap. */
    void write(Path source, String app, String version) throws IOException {
        Path dir = Files.createDirectories(source.resolve("apps").resolve(app));
        for (int i = 0; i < configMaps(); i++) {
            writeConfigMap(source, app, i, version);
        }
        for (int i = 0; i < deployments(); i++) {
            String name = "web-" + i;
            Files.writeString(dir.resolve(name + "-deployment.yaml"), deployment(name));
            Files.writeString(dir.resolve(name + "-service.yaml"), service(name));
        }
    }

    /** Rewrites one ConfigMap of the application with a new value. */
    void writeConfigMap(Path source, String app, int index, String version) throws IOException {
        String name = "config-" + index;
        Files.writeString(source.resolve("apps").resolve(app).resolve(name + ".yaml"), """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: %s
                data:
                  version: "%s"
                  settings.properties: |
                    log.level=info
                    feature.%s=true
                """.formatted(name, version, name));
    }

    /** The Application object for {@code app}, automated with prune and self-heal. */
    static MapNode application(String app) {
        Map<String, Object> spec = Map.of(
                "project", "default",
                "source", Map.of("repoURL", REPO_URL, "targetRevision", "HEAD", "path", "apps/" + app),
                "destination", Map.of("server", "https://kubernetes.default.svc", "namespace", app),
                "syncPolicy", Map.of("automated", Map.of("prune", true, "selfHeal", true),
                        "syncOptions", List.of("CreateNamespace=true")));
        return (MapNode) Node.from(Map.of("apiVersion", "argoproj.io/v1alpha1", "kind", "Application",
                "metadata", Map.of("name", app, "namespace", "argocd"), "spec", spec));
    }

    private static String deployment(String name) {
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: %s
                spec:
                  replicas: 1
                  selector:
                    matchLabels: {app: %s}
                  template:
                    metadata:
                      labels: {app: %s}
                    spec:
                      containers:
                      - name: web
                        image: nginx:1.27
                        ports:
                        - containerPort: 80
                """.formatted(name, name, name);
    }

    private static String service(String name) {
        return """
                apiVersion: v1
                kind: Service
                metadata:
                  name: %s
                spec:
                  selector: {app: %s}
                  ports:
                  - port: 80
                    targetPort: 80
                """.formatted(name, name);
    }
}
