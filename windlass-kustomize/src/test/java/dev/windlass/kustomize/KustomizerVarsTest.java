package dev.windlass.kustomize;

import static dev.windlass.kustomize.KustomizeFixtures.build;
import static dev.windlass.kustomize.KustomizeFixtures.built;
import static dev.windlass.kustomize.KustomizeFixtures.files;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.snapshot.MemorySnapshot;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.Node;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KustomizerVarsTest {

    private static final FieldPath CONTAINER = FieldPath.of("spec", "containers").index(0);

    /** A client Pod using $(SVC_X) and $(PORT_X), and the Service web in namespace x. */
    private static String objects(String suffix, String namespace, int port) {
        return """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: client
                  annotations:
                    port: $(PORT_%1$s)
                spec:
                  containers:
                  - name: c
                    image: busybox
                    args: ["$(SVC_%1$s)", "http://$(SVC_%1$s):$(PORT_%1$s)/", "$$(SVC_%1$s)", "$(UNKNOWN)", "$(PORT_%1$s)"]
                    env:
                    - name: PORT
                      value: $(PORT_%1$s)
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                  namespace: %2$s
                spec:
                  ports:
                  - port: %3$d
                """.formatted(suffix, namespace, port);
    }

    private static String vars(String suffix, String objref) {
        return """
                vars:
                - name: SVC_%1$s
                  objref: {%2$s}
                - name: PORT_%1$s
                  objref: {%2$s}
                  fieldref: {fieldpath: "spec.ports[0].port"}
                """.formatted(suffix, objref);
    }

    private static final String WEB = "apiVersion: v1, kind: Service, name: web";

    private static MemorySnapshot twoBases(String topFields) {
        return files(
                "a/kustomization.yaml", "resources: [pod.yaml]\nnamePrefix: a-\n" + vars("A", WEB),
                "a/pod.yaml", objects("A", "a", 80),
                "b/kustomization.yaml", "resources: [pod.yaml]\nnamePrefix: b-\n" + vars("B", WEB),
                "b/pod.yaml", objects("B", "b", 81),
                "top/kustomization.yaml", "resources: [../a, ../b]\n" + topFields);
    }

    private static KubeObject pod(List<KubeObject> objects, String name) {
        return objects.stream().filter(o -> o.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + objects));
    }

    @Test
    void vars_expandInReferenceFieldsKeepingTypesEscapesAndUnknownNames() {
        List<KubeObject> objects = built(files("kustomization.yaml", "resources: [all.yaml]\nnamePrefix: p-\n"
                + vars("A", WEB), "all.yaml", objects("A", "a", 80)), "");

        KubeObject pod = pod(objects, "p-client");
        assertThat(pod.field(CONTAINER.key("args"))).contains(ListNode.of(Node.of("p-web"),
                Node.of("http://p-web:80/"), Node.of("$(SVC_A)"), Node.of("$(UNKNOWN)"), Node.of(80L)));
        assertThat(pod.field(CONTAINER.key("env").index(0).key("value"))).contains(Node.of(80L));
        assertThat(pod.annotation("port")).contains("80");
    }

    @Test
    void varsFromBases_stayTiedToTheirOwnObjectAndSeeLaterNames() {
        List<KubeObject> objects = built(twoBases("nameSuffix: -x\n"), "top");

        assertThat(pod(objects, "a-client-x").field(CONTAINER.key("args").index(1))).contains(Node.of("http://a-web-x:80/"));
        assertThat(pod(objects, "b-client-x").field(CONTAINER.key("args").index(1))).contains(Node.of("http://b-web-x:81/"));
    }

    @Test
    void varsFromAComponent_joinTheParentsVars() {
        List<KubeObject> objects = built(files(
                "kustomization.yaml", "resources: [all.yaml]\ncomponents: [comp]\n",
                "all.yaml", objects("A", "a", 80),
                "comp/kustomization.yaml", "apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n"
                        + vars("A", WEB)), "");

        assertThat(pod(objects, "client").field(CONTAINER.key("args").index(0))).contains(Node.of("web"));
    }

    static Stream<Arguments> failures() {
        String one = objects("A", "a", 80);
        String two = one + "---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: other\n";
        return Stream.of(
                Arguments.of("objref without apiVersion matches nothing",
                        files("kustomization.yaml", "resources: [all.yaml]\n" + vars("A", "kind: Service, name: web"),
                                "all.yaml", one), "", "kustomization.yaml", FieldPath.of("vars").index(1),
                        "var 'PORT_A' (Service [noVersion] web, field spec.ports[0].port) cannot be mapped to a field"),
                Arguments.of("objref matching two objects",
                        files("kustomization.yaml", "resources: [all.yaml]\n" + vars("A", WEB), "all.yaml", two), "",
                        "kustomization.yaml", FieldPath.of("vars").index(0), "found 2 resources matching var 'SVC_A'"),
                Arguments.of("fieldref naming a missing field",
                        files("kustomization.yaml", "resources: [all.yaml]\nvars:\n- name: SVC_A\n  objref: {" + WEB
                                + "}\n  fieldref: {fieldPath: spec.clusterIP}\n", "all.yaml", one), "",
                        "kustomization.yaml", FieldPath.of("vars").index(0).key("fieldref"), "not found in corresponding"),
                Arguments.of("the same var name in two bases",
                        files("a/kustomization.yaml", "resources: [all.yaml]\nnamePrefix: a-\n" + vars("A", WEB),
                                "b/kustomization.yaml", "resources: [all.yaml]\nnamePrefix: b-\n" + vars("A", WEB),
                                "a/all.yaml", one, "b/all.yaml", one, "top/kustomization.yaml", "resources: [../a, ../b]\n"),
                        "top",
                        "top/kustomization.yaml", FieldPath.of("resources"), "var 'SVC_A' already encountered"),
                Arguments.of("a number in a list vars expand in",
                        files("kustomization.yaml", "resources: [all.yaml]\n" + vars("A", WEB),
                                "all.yaml", one.replace("\"$(UNKNOWN)\"", "8080")), "",
                        "all.yaml", CONTAINER.key("args").index(3), "invalid value type expect a string"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void vars_failWhereKustomizeFails(String name, MemorySnapshot snapshot, String path, String file, FieldPath field,
            String message) {
        List<Issue> errors = build(snapshot, path).errors();

        assertThat(errors).isNotEmpty();
        assertThat(errors.get(0).location().fileName()).contains(file);
        assertThat(errors.get(0).location().fieldPath()).contains(field);
        assertThat(errors.get(0).message()).contains(message);
    }
}
