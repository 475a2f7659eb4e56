package dev.windlass.bench.kustomize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@value #COUNT} patches of the Kustomize fixture's overlay, the mix a production overlay has:
 * strategic merge patches by file under {@code patches} and {@code patchesStrategicMerge}, JSON 6902
 * patches by file under {@code patches} (with a target) and {@code patchesJson6902}, and inline
 * patches of both kinds whose targets select by label, annotation, name pattern or kind.
 * Patch targets spread over the applications; every patch applies cleanly twice, so that small
 * fixtures, where two patches may meet the same application, still build.
 */
final class OverlayPatches {

    /** Patches in the overlay. */
    static final int COUNT = 50;
    static final int STRATEGIC_FILES = 20;
    static final int LEGACY_STRATEGIC = 5;
    static final int JSON_FILES = 10;
    static final int LEGACY_JSON = 5;
    static final int SELECTOR_PATCHES = 10;

    /**
     * One patch: the kustomization field it is listed under, its list entry (YAML, starting
     * {@code - }) and the files it needs, by path relative to the overlay.
     */
    record Patch(String field, String entry, Map<String, String> files) {
        Patch {
            files = Map.copyOf(files);
        }
    }

    private final int apps;

    OverlayPatches(int apps) {
        this.apps = apps;
    }

    /** All {@value #COUNT} patches. */
    List<Patch> all() {
        List<Patch> patches = new ArrayList<>();
        for (int j = 0; j < STRATEGIC_FILES; j++) {
            patches.add(strategicFile(j, spread(j, STRATEGIC_FILES, 0)));
        }
        for (int j = 0; j < LEGACY_STRATEGIC; j++) {
            patches.add(legacyStrategic(j, spread(j, LEGACY_STRATEGIC, 1)));
        }
        for (int j = 0; j < JSON_FILES; j++) {
            patches.add(jsonFile(j, spread(j, JSON_FILES, 2)));
        }
        for (int j = 0; j < LEGACY_JSON; j++) {
            patches.add(legacyJson(j, spread(j, LEGACY_JSON, 3)));
        }
        patches.addAll(OverlaySelectorPatches.ALL);
        return List.copyOf(patches);
    }

    /** The {@code j}th of {@code count} applications spread evenly over all of them, shifted by {@code offset}. */
    private int spread(int j, int count, int offset) {
        return (j * apps / count + offset) % apps;
    }

    private static Patch strategicFile(int j, int app) {
        String file = String.format("patches/sm-%02d.yaml", j);
        String head = "apiVersion: apps/v1\nkind: " + AppManifests.workloadKind(app) + "\nmetadata:\n  name: "
                + AppManifests.name(app) + "\nspec:\n  template:\n";
        String body = switch (j % 4) {
            case 0 -> """
                        spec:
                          containers:
                          - name: app
                            resources:
                              requests:
                                cpu: 500m
                                memory: 512Mi
                              limits:
                                cpu: "2"
                                memory: 1Gi
                    """;
            case 1 -> """
                        spec:
                          containers:
                          - name: app
                            env:
                            - name: LOG_LEVEL
                              value: warn
                            - name: JAVA_TOOL_OPTIONS
                              value: -XX:MaxRAMPercentage=75
                    """;
            case 2 -> """
                        spec:
                          nodeSelector:
                            node.example.com/pool: general
                          tolerations:
                          - key: dedicated
                            operator: Equal
                            value: shop
                            effect: NoSchedule
                    """;
            default -> """
                        metadata:
                          annotations:
                            cluster-autoscaler.kubernetes.io/safe-to-evict: "true"
                        spec:
                          containers:
                          - name: envoy
                            resources:
                              limits:
                                cpu: 500m
                                memory: 256Mi
                    """;
        };
        return new Patch("patches", "- path: " + file + "\n", Map.of(file, head + body));
    }

    private static Patch legacyStrategic(int j, int app) {
        String file = String.format("patches/legacy-sm-%02d.yaml", j);
        String name = AppManifests.name(app);
        String text = switch (j % 3) {
            case 0 -> "apiVersion: v1\nkind: Service\nmetadata:\n  name: " + name + "\n  annotations:\n"
                    + "    service.kubernetes.io/topology-mode: Auto\nspec:\n  sessionAffinity: ClientIP\n";
            case 1 -> "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: " + name + "-config\ndata:\n"
                    + "  LOG_LEVEL: debug\n  MAX_CONNECTIONS: \"400\"\n";
            default -> "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: " + name + "\n  annotations:\n"
                    + "    iam.example.com/role: " + name + "-prod\n---\napiVersion: policy/v1\n"
                    + "kind: PodDisruptionBudget\nmetadata:\n  name: " + name + "\nspec:\n  minAvailable: 2\n";
        };
        return new Patch("patchesStrategicMerge", "- " + file + "\n", Map.of(file, text));
    }

    private static Patch jsonFile(int j, int app) {
        String file = String.format("patches/json-%02d.yaml", j);
        String text = j % 2 == 0 ? """
                - op: replace
                  path: /spec/template/spec/containers/0/resources/limits/memory
                  value: 768Mi
                - op: add
                  path: /spec/template/spec/containers/0/env/-
                  value:
                    name: REGION
                    value: eu-west-1
                """ : """
                - op: add
                  path: /spec/template/metadata/annotations/sidecar.istio.io~1inject
                  value: "false"
                - op: add
                  path: /spec/template/spec/priorityClassName
                  value: shop-critical
                """;
        String entry = "- path: " + file + "\n  target:\n    group: apps\n    version: v1\n    kind: "
                + AppManifests.workloadKind(app) + "\n    name: " + AppManifests.name(app) + "\n";
        return new Patch("patches", entry, Map.of(file, text));
    }

    private static Patch legacyJson(int j, int app) {
        String file = String.format("patches/legacy-json-%02d.yaml", j);
        boolean budget = j == LEGACY_JSON - 1;
        String target = budget ? "    group: policy\n    version: v1\n    kind: PodDisruptionBudget\n"
                : "    group: autoscaling\n    version: v2\n    kind: HorizontalPodAutoscaler\n";
        String text = budget ? """
                - op: replace
                  path: /spec/minAvailable
                  value: 50%
                """ : """
                - op: replace
                  path: /spec/maxReplicas
                  value: 30
                - op: add
                  path: /spec/behavior
                  value:
                    scaleDown:
                      stabilizationWindowSeconds: 600
                """;
        String entry = "- path: " + file + "\n  target:\n" + target + "    name: " + AppManifests.name(app) + "\n";
        return new Patch("patchesJson6902", entry, Map.of(file, text));
    }
}
