package dev.windlass.bench.kustomize;

import java.util.List;

/**
 * The base manifests of one application of the Kustomize fixture: {@value #OBJECTS} objects in one
 * multi-document file, the way a team keeps a service: ServiceAccount, ConfigMap, Secret, workload
 * (a Deployment, or a StatefulSet for every tenth application), Service, Role, RoleBinding,
 * HorizontalPodAutoscaler, PodDisruptionBudget and NetworkPolicy. The pod spec is a realistic one:
 * init container, sidecar, probes, resources, security context, anti-affinity, volumes and
 * references to ConfigMaps, Secrets and the ServiceAccount (what kustomize's name references rewrite).
 */
final class AppManifests {

    /** Objects per application. */
    static final int OBJECTS = 10;
    /** The tiers applications cycle through; label {@code tier} (patch selectors pick by it). */
    static final List<String> TIERS = List.of("frontend", "backend", "worker");
    /** The owners applications cycle through; annotation {@code team.example.com/owner}. */
    static final List<String> OWNERS = List.of("payments", "search", "identity", "catalog");

    private AppManifests() {
    }

    /** The name of application {@code index}: {@code app-007}. */
    static String name(int index) {
        return String.format("app-%03d", index);
    }

    /** Every tenth application (index 9, 19, …) runs as a StatefulSet, the others as Deployments. */
    static boolean stateful(int index) {
        return index % 10 == 9;
    }

    /** The workload kind of application {@code index}. */
    static String workloadKind(int index) {
        return stateful(index) ? "StatefulSet" : "Deployment";
    }

    static String tier(int index) {
        return TIERS.get(index % TIERS.size());
    }

    static String owner(int index) {
        return OWNERS.get(index % OWNERS.size());
    }

    /** The image of application {@code index}'s main container, without tag. */
    static String image(int index) {
        return "registry.example.com/" + owner(index) + "/" + name(index);
    }

    /** The base file of application {@code index}: its {@value #OBJECTS} objects as one YAML stream. */
    static String yaml(int index) {
        String text = String.join("---\n", serviceAccount(), configMap(), secret(),
                stateful(index) ? statefulSet() : deployment(), service(index), role(), roleBinding(),
                autoscaler(index), disruptionBudget(), networkPolicy());
        return text.replace("${app}", name(index)).replace("${tier}", tier(index)).replace("${owner}", owner(index))
                .replace("${image}", image(index)).replace("${index}", Integer.toString(index))
                .replace("${replicas}", Integer.toString(2 + index % 3));
    }

    private static String metadata(String kind, String apiVersion) {
        return """
                apiVersion: %s
                kind: %s
                metadata:
                  name: ${app}
                  labels:
                    app.kubernetes.io/name: ${app}
                    app.kubernetes.io/part-of: shop
                    tier: ${tier}
                  annotations:
                    team.example.com/owner: ${owner}
                """.formatted(apiVersion, kind);
    }

    private static String serviceAccount() {
        return metadata("ServiceAccount", "v1") + "automountServiceAccountToken: false\n";
    }

    private static String configMap() {
        return metadata("ConfigMap", "v1").replace("name: ${app}", "name: ${app}-config") + """
                data:
                  LOG_LEVEL: info
                  MAX_CONNECTIONS: "100"
                  FEATURE_FLAGS: checkout,search-v2
                  application.properties: |
                    server.port=8080
                    management.port=9090
                    app.name=${app}
                    app.cache.ttl=300
                """;
    }

    private static String secret() {
        return metadata("Secret", "v1").replace("name: ${app}", "name: ${app}-credentials") + """
                type: Opaque
                stringData:
                  DATABASE_USER: ${app}
                  DATABASE_PASSWORD: change-me-${index}
                """;
    }

    private static String deployment() {
        return metadata("Deployment", "apps/v1") + """
                spec:
                  replicas: ${replicas}
                  revisionHistoryLimit: 5
                  strategy:
                    type: RollingUpdate
                    rollingUpdate:
                      maxSurge: 25%
                      maxUnavailable: 0
                  selector:
                    matchLabels:
                      app.kubernetes.io/name: ${app}
                """ + podTemplate();
    }

    private static String statefulSet() {
        return metadata("StatefulSet", "apps/v1") + """
                spec:
                  replicas: ${replicas}
                  serviceName: ${app}
                  podManagementPolicy: OrderedReady
                  selector:
                    matchLabels:
                      app.kubernetes.io/name: ${app}
                  volumeClaimTemplates:
                  - metadata:
                      name: data
                    spec:
                      accessModes:
                      - ReadWriteOnce
                      resources:
                        requests:
                          storage: 10Gi
                """ + podTemplate();
    }

    private static String podTemplate() {
        return PodTemplate.TEXT;
    }

    private static String service(int index) {
        String headless = stateful(index) ? "  clusterIP: None\n" : "";
        return metadata("Service", "v1") + "spec:\n" + headless + """
                  type: ClusterIP
                  selector:
                    app.kubernetes.io/name: ${app}
                  ports:
                  - name: http
                    port: 80
                    targetPort: http
                    protocol: TCP
                  - name: metrics
                    port: 9090
                    targetPort: metrics
                    protocol: TCP
                """;
    }

    private static String role() {
        return metadata("Role", "rbac.authorization.k8s.io/v1") + """
                rules:
                - apiGroups:
                  - ""
                  resources:
                  - configmaps
                  - secrets
                  resourceNames:
                  - ${app}-config
                  - ${app}-credentials
                  verbs:
                  - get
                  - watch
                - apiGroups:
                  - coordination.k8s.io
                  resources:
                  - leases
                  verbs:
                  - get
                  - create
                  - update
                """;
    }

    private static String roleBinding() {
        return metadata("RoleBinding", "rbac.authorization.k8s.io/v1") + """
                roleRef:
                  apiGroup: rbac.authorization.k8s.io
                  kind: Role
                  name: ${app}
                subjects:
                - kind: ServiceAccount
                  name: ${app}
                """;
    }

    private static String autoscaler(int index) {
        return metadata("HorizontalPodAutoscaler", "autoscaling/v2") + """
                spec:
                  scaleTargetRef:
                    apiVersion: apps/v1
                    kind: %s
                    name: ${app}
                  minReplicas: 2
                  maxReplicas: 10
                  metrics:
                  - type: Resource
                    resource:
                      name: cpu
                      target:
                        type: Utilization
                        averageUtilization: 70
                """.formatted(workloadKind(index));
    }

    private static String disruptionBudget() {
        return metadata("PodDisruptionBudget", "policy/v1") + """
                spec:
                  minAvailable: 1
                  selector:
                    matchLabels:
                      app.kubernetes.io/name: ${app}
                """;
    }

    private static String networkPolicy() {
        return metadata("NetworkPolicy", "networking.k8s.io/v1") + """
                spec:
                  podSelector:
                    matchLabels:
                      app.kubernetes.io/name: ${app}
                  policyTypes:
                  - Ingress
                  ingress:
                  - from:
                    - podSelector:
                        matchLabels:
                          app.kubernetes.io/part-of: shop
                    ports:
                    - port: 8080
                      protocol: TCP
                """;
    }
}
