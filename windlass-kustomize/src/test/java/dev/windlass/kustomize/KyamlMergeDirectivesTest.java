package dev.windlass.kustomize;

import static dev.windlass.kustomize.KyamlMergeFixtures.CR;
import static dev.windlass.kustomize.KyamlMergeFixtures.DEP;
import static dev.windlass.kustomize.KyamlMergeFixtures.FIN;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How kustomize reads $patch, nulls and the directives it does not know, custom resources, and failures (expectations from kubectl kustomize). */
class KyamlMergeDirectivesTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mergesDirectivesLikeKustomize(String behaviour, String resource, String patch, String expected) {
        KyamlMergeFixtures.assertMergesLikeKustomize(resource, patch, expected);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
            Arguments.of("deleteFromPrimitiveList_isAnOrdinaryField", FIN,
                    """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: web
                      $deleteFromPrimitiveList/finalizers: [a]
                    """,
                    """
                    {apiVersion: apps/v1, kind: Deployment, metadata: {$deleteFromPrimitiveList/finalizers: [a],
                        finalizers: [a, b], labels: {app: web, tier: front}, name: web}, spec: {replicas: 1, strategy: {
                          rollingUpdate: {maxSurge: 1}, type: RollingUpdate}}}
                    """),
            Arguments.of("patchDeleteOnMap_removesTheField", FIN,
                    """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: web
                      labels:
                        $patch: delete
                    """,
                    """
                    {apiVersion: apps/v1, kind: Deployment, metadata: {finalizers: [a, b], name: web}, spec: {replicas: 1,
                        strategy: {rollingUpdate: {maxSurge: 1}, type: RollingUpdate}}}
                    """),
            Arguments.of("patchReplaceOnMap_replacesIt", FIN,
                    """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: web
                    spec:
                      strategy:
                        $patch: replace
                        type: Recreate
                    """,
                    """
                    {apiVersion: apps/v1, kind: Deployment, metadata: {finalizers: [a, b], labels: {app: web, tier: front},
                        name: web}, spec: {replicas: 1, strategy: {type: Recreate}}}
                    """),
            Arguments.of("retainKeys_isAnOrdinaryField", FIN,
                    """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: web
                    spec:
                      strategy:
                        $retainKeys: [type]
                        type: Recreate
                    """,
                    """
                    {apiVersion: apps/v1, kind: Deployment, metadata: {finalizers: [a, b], labels: {app: web, tier: front},
                        name: web}, spec: {replicas: 1, strategy: {$retainKeys: [type], rollingUpdate: {maxSurge: 1},
                          type: Recreate}}}
                    """),
            Arguments.of("unknownPatchDirective_fails", FIN,
                    """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: web
                    spec:
                      strategy:
                        $patch: foo
                    """,
                    "ERROR unknown patch strategy 'foo'"),
            Arguments.of("null_removesTheField", FIN,
                    """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: web
                      labels: {tier: null}
                    spec:
                      replicas: null
                    """,
                    """
                    {apiVersion: apps/v1, kind: Deployment, metadata: {finalizers: [a, b], labels: {app: web}, name: web},
                      spec: {strategy: {rollingUpdate: {maxSurge: 1}, type: RollingUpdate}}}
                    """),
            Arguments.of("patchDeleteOnItem_removesIt", DEP,
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
                            $patch: delete
                          - name: app
                            env:
                            - {name: A, $patch: delete}
                            - {name: Z, value: z}
                    """,
                    """
                    {apiVersion: apps/v1, kind: Deployment, metadata: {name: web}, spec: {template: {spec: {containers: [
                              {env: [{name: Z, value: z}, {name: B, value: b}], image: 'app:1', name: app}]}}}}
                    """),
            Arguments.of("patchReplaceItem_replacesTheList", DEP,
                    """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: web
                    spec:
                      template:
                        spec:
                          containers:
                          - name: only
                            image: only:1
                          - $patch: replace
                    """,
                    """
                    {apiVersion: apps/v1, kind: Deployment, metadata: {name: web}, spec: {template: {spec: {containers: [
                              {image: 'only:1', name: only}]}}}}
                    """),
            Arguments.of("patchMergeItem_isTheDefault", DEP,
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
                          - $patch: merge
                    """,
                    """
                    {apiVersion: apps/v1, kind: Deployment, metadata: {name: web}, spec: {template: {spec: {containers: [
                              {image: 'envoy:2', name: envoy}, {env: [{name: A, value: a}, {name: B, value: b}],
                                image: 'app:1', name: app}]}}}}
                    """),
            Arguments.of("setElementOrder_isAnOrdinaryField", DEP,
                    """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: web
                    spec:
                      template:
                        spec:
                          $setElementOrder/containers:
                          - name: envoy
                          - name: app
                          containers:
                          - name: app
                            image: app:2
                    """,
                    """
                    {apiVersion: apps/v1, kind: Deployment, metadata: {name: web}, spec: {template: {spec: {$setElementOrder/containers: [
                              {name: envoy}, {name: app}], containers: [{env: [{name: A, value: a}, {name: B, value: b}],
                                image: 'app:2', name: app}, {image: 'envoy:1', name: envoy}]}}}}
                    """),
            Arguments.of("newValues_loseNullsAndDeletedItems", DEP,
                    """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: web
                    spec:
                      template:
                        spec:
                          initContainers:
                          - name: gone
                            $patch: delete
                          - name: init
                            image: init:1
                            command: null
                            env:
                            - {name: X, value: null}
                          securityContext:
                            runAsUser: 1
                            fsGroup: null
                    """,
                    """
                    {apiVersion: apps/v1, kind: Deployment, metadata: {name: web}, spec: {template: {spec: {containers: [
                              {env: [{name: A, value: a}, {name: B, value: b}], image: 'app:1', name: app}, {image: 'envoy:1',
                                name: envoy}], initContainers: [{env: [{name: X}], image: 'init:1', name: init}],
                            securityContext: {runAsUser: 1}}}}}
                    """),
            Arguments.of("customResource_replacesListsAsWrittenAndMergesMaps", CR,
                    """
                    apiVersion: example.com/v1
                    kind: Widget
                    metadata:
                      name: web
                      finalizers: [b]
                    spec:
                      items:
                      - {name: b, value: 3}
                      - {name: c, value: null, $patch: delete}
                      nested:
                        deep: {k2: v2}
                        new: 1
                    """,
                    """
                    {apiVersion: example.com/v1, kind: Widget, metadata: {finalizers: [b], name: web}, spec: {items: [
                          {name: b, value: 3}, {$patch: delete, name: c, value: null}], nested: {deep: {k: v, k2: v2},
                          keep: 1, new: 1}, template: {apiVersion: apps/v1, kind: Deployment, spec: {template: {
                              spec: {containers: [{image: a, name: a}]}}}}}}
                    """),
            Arguments.of("customResource_embeddedBuiltinObjectMergesWithItsSchema", CR,
                    """
                    apiVersion: example.com/v1
                    kind: Widget
                    metadata:
                      name: web
                    spec:
                      template:
                        apiVersion: apps/v1
                        kind: Deployment
                        spec:
                          template:
                            spec:
                              containers:
                              - {name: b, image: b}
                    """,
                    """
                    {apiVersion: example.com/v1, kind: Widget, metadata: {finalizers: [a], name: web}, spec: {items: [
                          {name: a, value: 1}, {name: b, value: 2}], nested: {deep: {k: v}, keep: 1}, template: {
                          apiVersion: apps/v1, kind: Deployment, spec: {template: {spec: {containers: [{image: b,
                                    name: b}, {image: a, name: a}]}}}}}}
                    """),
            Arguments.of("differentKinds_fail", FIN,
                    """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: web
                    spec:
                      replicas: {a: b}
                    """,
                    "ERROR wrong node kind: expected ScalarNode but got MappingNode"),
            Arguments.of("wholeObjectDelete_removesIt", FIN,
                    """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: web
                    $patch: delete
                    """,
                    ""),
            Arguments.of("wholeObjectReplace_changesNothing", FIN,
                    """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: web
                    $patch: replace
                    spec:
                      replicas: 9
                    """,
                    """
                    {apiVersion: apps/v1, kind: Deployment, metadata: {finalizers: [a, b], labels: {app: web, tier: front},
                        name: web}, spec: {replicas: 1, strategy: {rollingUpdate: {maxSurge: 1}, type: RollingUpdate}}}
                    """));
    }
}
