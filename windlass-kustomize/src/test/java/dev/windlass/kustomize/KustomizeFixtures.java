package dev.windlass.kustomize;

import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.snapshot.MemorySnapshot;
import java.util.List;

/** Small in-memory kustomization trees for the tests. */
final class KustomizeFixtures {

    static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              selector:
                matchLabels:
                  app: web
              template:
                metadata:
                  labels:
                    app: web
                spec:
                  initContainers:
                  - name: init
                    image: busybox:1.36
                  containers:
                  - name: web
                    image: nginx:1.25
            """;

    static final String SERVICE = """
            apiVersion: v1
            kind: Service
            metadata:
              name: web
            spec:
              selector:
                app: web
              ports:
              - port: 80
            """;

    private KustomizeFixtures() {
    }

    /** A snapshot of path/text pairs. */
    static MemorySnapshot files(String... pathsAndTexts) {
        MemorySnapshot.Builder builder = MemorySnapshot.builder("test");
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            builder.file(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return builder.build();
    }

    static Result<List<KubeObject>> build(MemorySnapshot snapshot, String path) {
        return Kustomizer.build(snapshot, path, KustomizeOptions.defaults());
    }

    /** Builds and expects success. */
    static List<KubeObject> built(MemorySnapshot snapshot, String path) {
        Result<List<KubeObject>> result = build(snapshot, path);
        if (result.hasErrors()) {
            throw new AssertionError("build failed: " + result.errors());
        }
        return result.value();
    }

    static KubeObject only(List<KubeObject> objects, String kind) {
        return objects.stream().filter(o -> o.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + objects));
    }
}
