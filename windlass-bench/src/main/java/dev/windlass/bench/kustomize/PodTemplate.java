package dev.windlass.bench.kustomize;

/**
 * The pod template every workload of the Kustomize fixture uses (placeholders {@code ${app}},
 * {@code ${image}}, {@code ${tier}}), written as the {@code template} field under a workload's
 * {@code spec}. It refers to what kustomize rewrites when names change: the ServiceAccount, the
 * base ConfigMap and Secret, and the overlay's generated {@code shop-env}, {@code shop-features},
 * {@code shop-tls}, {@code shop-registry}, {@code <app>-settings} and {@code <app>-api-key}
 * (the last two optional, as only some applications get them).
 */
final class PodTemplate {

    static final String TEXT = """
              template:
                metadata:
                  labels:
                    app.kubernetes.io/name: ${app}
                    app.kubernetes.io/part-of: shop
                    tier: ${tier}
                  annotations:
                    prometheus.io/scrape: "true"
                    prometheus.io/port: "9090"
                spec:
                  serviceAccountName: ${app}
                  imagePullSecrets:
                  - name: shop-registry
                  securityContext:
                    runAsNonRoot: true
                    runAsUser: 10001
                    fsGroup: 10001
                  terminationGracePeriodSeconds: 45
                  affinity:
                    podAntiAffinity:
                      preferredDuringSchedulingIgnoredDuringExecution:
                      - weight: 100
                        podAffinityTerm:
                          topologyKey: kubernetes.io/hostname
                          labelSelector:
                            matchLabels:
                              app.kubernetes.io/name: ${app}
                  initContainers:
                  - name: migrate
                    image: ${image}:1.4.2
                    command:
                    - /app/migrate
                    - --wait
                    envFrom:
                    - secretRef:
                        name: ${app}-credentials
                  containers:
                  - name: app
                    image: ${image}:1.4.2
                    args:
                    - --config=/etc/app/application.properties
                    ports:
                    - name: http
                      containerPort: 8080
                      protocol: TCP
                    - name: metrics
                      containerPort: 9090
                      protocol: TCP
                    env:
                    - name: LOG_LEVEL
                      valueFrom:
                        configMapKeyRef:
                          name: ${app}-config
                          key: LOG_LEVEL
                    - name: FEATURES
                      valueFrom:
                        configMapKeyRef:
                          name: shop-features
                          key: enabled
                    - name: DATABASE_PASSWORD
                      valueFrom:
                        secretKeyRef:
                          name: ${app}-credentials
                          key: DATABASE_PASSWORD
                    - name: API_KEY
                      valueFrom:
                        secretKeyRef:
                          name: ${app}-api-key
                          key: key
                          optional: true
                    - name: POD_NAME
                      valueFrom:
                        fieldRef:
                          fieldPath: metadata.name
                    envFrom:
                    - configMapRef:
                        name: shop-env
                    resources:
                      requests:
                        cpu: 100m
                        memory: 128Mi
                      limits:
                        cpu: "1"
                        memory: 512Mi
                    readinessProbe:
                      httpGet:
                        path: /ready
                        port: http
                      periodSeconds: 5
                    livenessProbe:
                      httpGet:
                        path: /healthz
                        port: http
                      initialDelaySeconds: 10
                      periodSeconds: 10
                    securityContext:
                      allowPrivilegeEscalation: false
                      readOnlyRootFilesystem: true
                    volumeMounts:
                    - name: config
                      mountPath: /etc/app
                    - name: settings
                      mountPath: /etc/app/settings
                    - name: tls
                      mountPath: /etc/tls
                      readOnly: true
                    - name: cache
                      mountPath: /var/cache/app
                  - name: envoy
                    image: envoyproxy/envoy:v1.29.0
                    args:
                    - --config-path
                    - /etc/envoy/envoy.yaml
                    ports:
                    - name: admin
                      containerPort: 9901
                    resources:
                      requests:
                        cpu: 50m
                        memory: 64Mi
                      limits:
                        memory: 128Mi
                  volumes:
                  - name: config
                    configMap:
                      name: ${app}-config
                  - name: settings
                    configMap:
                      name: ${app}-settings
                      optional: true
                  - name: tls
                    secret:
                      secretName: shop-tls
                  - name: cache
                    emptyDir:
                      sizeLimit: 256Mi
            """;

    private PodTemplate() {
    }
}
