package dev.windlass.bench.kustomize;

import java.util.List;
import java.util.Map;

/**
 * The inline patches of the Kustomize fixture's overlay that choose their targets by selector
 * (label selectors, equality and set-based, an annotation selector, a name pattern, a kind, a
 * group and version), strategic merge and JSON 6902 in turn. They do not depend on the number
 * of applications: each applies to every object its target selects.
 */
final class OverlaySelectorPatches {

    static final List<OverlayPatches.Patch> ALL = List.of(
            inline("kind: Deployment\n    labelSelector: tier=frontend", """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: frontends
                    spec:
                      template:
                        spec:
                          nodeSelector:
                            node.example.com/pool: edge
                    """),
            inline("kind: Deployment\n    labelSelector: tier in (backend,worker)", """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: backends
                    spec:
                      template:
                        spec:
                          containers:
                          - name: app
                            env:
                            - name: LOG_FORMAT
                              value: json
                    """),
            inline("kind: Service\n    labelSelector: tier=frontend", """
                    - op: add
                      path: /metadata/annotations/external-dns.alpha.kubernetes.io~1hostname
                      value: shop.example.com
                    """),
            inline("kind: NetworkPolicy", """
                    - op: add
                      path: /spec/policyTypes/-
                      value: Egress
                    - op: add
                      path: /spec/egress
                      value:
                      - to:
                        - namespaceSelector:
                            matchLabels:
                              kubernetes.io/metadata.name: kube-system
                        ports:
                        - port: 53
                          protocol: UDP
                    """),
            inline("kind: ServiceAccount", """
                    apiVersion: v1
                    kind: ServiceAccount
                    metadata:
                      name: every-service-account
                      annotations:
                        iam.example.com/boundary: shop-prod
                    """),
            inline("kind: Deployment\n    name: app-00.*", """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: first-ten
                    spec:
                      template:
                        metadata:
                          annotations:
                            canary.example.com/enabled: "true"
                    """),
            inline("kind: Deployment\n    annotationSelector: team.example.com/owner=payments", """
                    - op: add
                      path: /spec/template/spec/containers/0/env/-
                      value:
                        name: PAYMENTS_MODE
                        value: live
                    """),
            inline("group: apps\n    version: v1\n    kind: StatefulSet", """
                    apiVersion: apps/v1
                    kind: StatefulSet
                    metadata:
                      name: stateful
                    spec:
                      podManagementPolicy: Parallel
                      updateStrategy:
                        type: RollingUpdate
                        rollingUpdate:
                          partition: 0
                    """),
            inline("kind: HorizontalPodAutoscaler\n    labelSelector: tier=worker", """
                    - op: replace
                      path: /spec/minReplicas
                      value: 1
                    """),
            inline("kind: ConfigMap\n    labelSelector: tier=frontend", """
                    apiVersion: v1
                    kind: ConfigMap
                    metadata:
                      name: frontend-config
                    data:
                      CDN_URL: https://cdn.example.com/shop
                    """));

    private OverlaySelectorPatches() {
    }

    private static OverlayPatches.Patch inline(String target, String patch) {
        String indented = patch.strip().replace("\n", "\n    ");
        return new OverlayPatches.Patch("patches", "- target:\n    " + target + "\n  patch: |-\n    " + indented + "\n",
                Map.of());
    }
}
