package dev.windlass.bench.kustomize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A large production-style Kustomize overlay for the benchmark, written to a directory: a
 * {@code base} of {@code apps} applications of {@value AppManifests#OBJECTS} objects each (see
 * {@link AppManifests}; 50 applications make 500 objects) and an {@code overlay} over it with
 * {@code namePrefix}, {@code commonLabels}, {@code images}, {@code replicas}, the
 * {@value OverlayPatches#COUNT} patches of {@link OverlayPatches} and, when {@code generators} is
 * on, the ConfigMap and Secret generators of {@link OverlayGenerators}.
 *
 * @param apps       applications in the base, at least {@value #MIN_APPS}
 * @param generators whether the overlay has {@code configMapGenerator} and {@code secretGenerator}
 * @param namePrefix whether the overlay has a {@code namePrefix} (which makes kustomize rewrite
 *                   every name reference; off, outputs can be compared before name references exist)
 */
public record KustomizeFixture(int apps, boolean generators, boolean namePrefix) {

    public static final int MIN_APPS = 20;
    /** 50 applications (500 base objects), generators and name prefix on. */
    public static final KustomizeFixture DEFAULT = new KustomizeFixture(50, true, true);
    /** Replicas entries in the overlay. */
    static final int REPLICAS = 10;
    /** Per-application entries of {@code images}; one more changes the shared sidecar's. */
    static final int APP_IMAGES = 10;

    public KustomizeFixture {
        if (apps < MIN_APPS) {
            throw new IllegalArgumentException("apps is " + apps + "; the fixture needs at least " + MIN_APPS);
        }
    }

    /** Where a fixture was written: {@code root/base} and {@code root/overlay} (the one to build). */
    public record Layout(Path root, Path overlay) {
    }

    /** Objects in the base. */
    public int baseObjects() {
        return apps * AppManifests.OBJECTS;
    }

    /** Objects the overlay builds: the base's and the generated ones. */
    public int builtObjects() {
        return baseObjects() + (generators ? OverlayGenerators.objects() : 0);
    }

    /** The same fixture with generators on or off. */
    public KustomizeFixture withGenerators(boolean on) {
        return new KustomizeFixture(apps, on, namePrefix);
    }

    /** The same fixture with the name prefix on or off. */
    public KustomizeFixture withNamePrefix(boolean on) {
        return new KustomizeFixture(apps, generators, on);
    }

    /** Writes the fixture under {@code root} (created if needed). */
    public Layout write(Path root) throws IOException {
        for (Map.Entry<String, String> file : files().entrySet()) {
            Path path = root.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        }
        return new Layout(root, root.resolve("overlay"));
    }

    /** Every file of the fixture, by path relative to its root. */
    Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        StringBuilder base = new StringBuilder("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n"
                + "resources:\n");
        for (int i = 0; i < apps; i++) {
            base.append("- apps/").append(AppManifests.name(i)).append(".yaml\n");
            files.put("base/apps/" + AppManifests.name(i) + ".yaml", AppManifests.yaml(i));
        }
        files.put("base/kustomization.yaml", base.toString());
        List<OverlayPatches.Patch> patches = new OverlayPatches(apps).all();
        patches.forEach(patch -> patch.files().forEach((path, text) -> files.put("overlay/" + path, text)));
        OverlayGenerators generated = new OverlayGenerators(apps);
        if (generators) {
            generated.files().forEach((path, text) -> files.put("overlay/" + path, text));
        }
        files.put("overlay/kustomization.yaml", overlay(patches, generated));
        return files;
    }

    private String overlay(List<OverlayPatches.Patch> patches, OverlayGenerators generated) {
        StringBuilder text = new StringBuilder("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n"
                + "resources:\n- ../base\n");
        if (namePrefix) {
            text.append("namePrefix: prod-\n");
        }
        text.append("commonLabels:\n  environment: production\n  app.kubernetes.io/managed-by: windlass\n");
        text.append(images()).append(replicas());
        if (generators) {
            text.append(generated.fields());
        }
        for (String field : List.of("patches", "patchesStrategicMerge", "patchesJson6902")) {
            text.append(field).append(":\n");
            patches.stream().filter(p -> p.field().equals(field)).forEach(p -> text.append(p.entry()));
        }
        return text.toString();
    }

    private String images() {
        StringBuilder text = new StringBuilder("images:\n- name: envoyproxy/envoy\n  newTag: v1.30.2\n");
        for (int j = 0; j < APP_IMAGES; j++) {
            int app = (j * apps / APP_IMAGES + 6) % apps;
            text.append("- name: ").append(AppManifests.image(app)).append('\n');
            switch (j % 3) {
                case 0 -> text.append("  newTag: 1.5.").append(j).append('\n');
                case 1 -> text.append("  newName: mirror.example.com/shop/").append(AppManifests.name(app))
                        .append("\n  newTag: 1.4.3\n");
                default -> text.append("  digest: sha256:").append(String.format("%064x", 0xabcdef00L + j)).append('\n');
            }
        }
        return text.toString();
    }

    private String replicas() {
        StringBuilder text = new StringBuilder("replicas:\n");
        for (int j = 0; j < REPLICAS; j++) {
            text.append("- name: ").append(AppManifests.name((j * apps / REPLICAS + 7) % apps))
                    .append("\n  count: ").append(3 + j % 4).append('\n');
        }
        return text.toString();
    }
}
