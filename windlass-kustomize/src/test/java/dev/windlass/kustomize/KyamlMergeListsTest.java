package dev.windlass.kustomize;

import static dev.windlass.kustomize.KyamlMergeFixtures.DEP;
import static dev.windlass.kustomize.KyamlMergeFixtures.FIN;
import static dev.windlass.kustomize.KyamlMergeFixtures.PORTS;
import static dev.windlass.kustomize.KyamlMergeFixtures.VOL;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How kustomize merges lists in a strategic merge patch: order, keys, replaced lists (expectations from kubectl kustomize). */
class KyamlMergeListsTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mergesListsLikeKustomize(String behaviour, String resource, String patch, String expected) {
        KyamlMergeFixtures.assertMergesLikeKustomize(resource, patch, expected);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
            Arguments.of("patchItemsComeFirst_thenTheResourcesOthers", DEP,
                    """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: web
                    spec:
                      template:
                        spec:
                          containers:
                          - name: envoy
                            image: envoy:2
                          - name: app
                            env:
                            - {name: B, value: b2}
                            - {name: C, value: c}
                    """,
                    """
                    {apiVersion: apps/v1, kind: Deployment, metadata: {name: web}, spec: {template: {spec: {containers: [
                              {image: 'envoy:2', name: envoy}, {env: [{name: B, value: b2}, {name: C, value: c},
                                  {name: A, value: a}], image: 'app:1', name: app}]}}}}
                    """),
            Arguments.of("newItem_goesFirst", DEP,
                    """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: web
                    spec:
                      template:
                        spec:
                          containers:
                          - name: side
                            image: side:1
                    """,
                    """
                    {apiVersion: apps/v1, kind: Deployment, metadata: {name: web}, spec: {template: {spec: {containers: [
                              {image: 'side:1', name: side}, {env: [{name: A, value: a}, {name: B, value: b}], image: 'app:1',
                                name: app}, {image: 'envoy:1', name: envoy}]}}}}
                    """),
            Arguments.of("ports_matchByPortAndProtocolAndDropAPatchItemTheResourceLacksTheProtocolOf", PORTS,
                    """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: web
                    spec:
                      template:
                        spec:
                          containers:
                          - name: app
                            ports:
                            - {containerPort: 80, protocol: UDP}
                            - {containerPort: 53, protocol: UDP, name: dns}
                            - {containerPort: 443}
                    """,
                    """
                    {apiVersion: apps/v1, kind: Deployment, metadata: {name: web}, spec: {template: {spec: {containers: [
                              {name: app, ports: [{containerPort: 443}, {containerPort: 80}, {containerPort: 53,
                                    name: dns, protocol: UDP}]}]}}}}
                    """),
            Arguments.of("ports_otherProtocolIsAnotherItem", PORTS,
                    """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: web
                    spec:
                      template:
                        spec:
                          containers:
                          - name: app
                            ports:
                            - {containerPort: 53, protocol: TCP}
                            - {containerPort: 80, name: web}
                    """,
                    """
                    {apiVersion: apps/v1, kind: Deployment, metadata: {name: web}, spec: {template: {spec: {containers: [
                              {name: app, ports: [{containerPort: 53, protocol: TCP}, {containerPort: 80, name: web},
                                  {containerPort: 53, protocol: UDP}]}]}}}}
                    """),
            Arguments.of("serviceports_mergeByPort", """
                    apiVersion: v1
                    kind: Service
                    metadata:
                      name: web
                    spec:
                      ports:
                      - {name: http, port: 80, targetPort: 8080}
                      - {name: dns, port: 53, protocol: UDP}
                    """,
                    """
                    apiVersion: v1
                    kind: Service
                    metadata:
                      name: web
                    spec:
                      ports:
                      - {port: 443, name: https}
                      - {port: 80, targetPort: 9090}
                      - {port: 53, protocol: TCP, name: dnstcp}
                    """,
                    """
                    {apiVersion: v1, kind: Service, metadata: {name: web}, spec: {ports: [{name: https, port: 443},
                          {name: dnstcp, port: 53, protocol: TCP}, {name: http, port: 80, targetPort: 9090}, {name: dns,
                            port: 53, protocol: UDP}]}}
                    """),
            Arguments.of("volumeMounts_mergeByMountPath_volumesByName", VOL,
                    """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: web
                    spec:
                      template:
                        spec:
                          volumes:
                          - {name: v3, emptyDir: {}}
                          - name: v1
                            configMap: {name: cm}
                          imagePullSecrets:
                          - name: s2
                          containers:
                          - name: app
                            volumeMounts:
                            - {name: v3, mountPath: /c}
                            - {name: v2, mountPath: /b, readOnly: true}
                    """,
                    """
                    {apiVersion: apps/v1, kind: Deployment, metadata: {name: web}, spec: {template: {spec: {containers: [
                              {args: [x, y], name: app, volumeMounts: [{mountPath: /c, name: v3}, {mountPath: /b,
                                    name: v2, readOnly: true}, {mountPath: /a, name: v1}]}], imagePullSecrets: [
                              {name: s2}, {name: s1}], tolerations: [{key: k1, operator: Exists}], volumes: [{emptyDir: {},
                                name: v3}, {configMap: {name: cm}, emptyDir: {}, name: v1}, {emptyDir: {}, name: v2}]}}}}
                    """),
            Arguments.of("listsWithoutMergeKey_areReplaced", VOL,
                    """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: web
                    spec:
                      template:
                        spec:
                          tolerations:
                          - {key: k2, operator: Exists}
                          containers:
                          - name: app
                            args: [z]
                    """,
                    """
                    {apiVersion: apps/v1, kind: Deployment, metadata: {name: web}, spec: {template: {spec: {containers: [
                              {args: [z], name: app, volumeMounts: [{mountPath: /a, name: v1}, {mountPath: /b, name: v2}]}],
                            imagePullSecrets: [{name: s1}], tolerations: [{key: k2, operator: Exists}], volumes: [
                              {emptyDir: {}, name: v1}, {emptyDir: {}, name: v2}]}}}}
                    """),
            Arguments.of("scalarSet_patchValuesFirst", FIN,
                    """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: web
                      finalizers: [c, a, c]
                    """,
                    """
                    {apiVersion: apps/v1, kind: Deployment, metadata: {finalizers: [c, a, b], labels: {app: web,
                          tier: front}, name: web}, spec: {replicas: 1, strategy: {rollingUpdate: {maxSurge: 1},
                          type: RollingUpdate}}}
                    """),
            Arguments.of("emptyPatchList_keepsTheList", DEP,
                    """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: web
                    spec:
                      template:
                        spec:
                          containers:
                          - name: app
                            env: []
                    """,
                    """
                    {apiVersion: apps/v1, kind: Deployment, metadata: {name: web}, spec: {template: {spec: {containers: [
                              {env: [{name: A, value: a}, {name: B, value: b}], image: 'app:1', name: app}, {image: 'envoy:1',
                                name: envoy}]}}}}
                    """),
            Arguments.of("schedulingGates_areReplacedAsInTheKubernetes121Schema", """
                    apiVersion: v1
                    kind: Pod
                    metadata:
                      name: p
                    spec:
                      schedulingGates:
                      - name: g1
                      containers:
                      - {name: a, image: a}
                    """,
                    """
                    apiVersion: v1
                    kind: Pod
                    metadata:
                      name: p
                    spec:
                      schedulingGates:
                      - name: g2
                      containers:
                      - {name: b, image: b}
                    """,
                    """
                    {apiVersion: v1, kind: Pod, metadata: {name: p}, spec: {containers: [{image: b, name: b}, {
                            image: a, name: a}], schedulingGates: [{name: g2}]}}
                    """));
    }
}
