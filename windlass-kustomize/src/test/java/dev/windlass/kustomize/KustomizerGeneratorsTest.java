package dev.windlass.kustomize;

import static dev.windlass.kustomize.KustomizeFixtures.DEPLOYMENT;
import static dev.windlass.kustomize.KustomizeFixtures.build;
import static dev.windlass.kustomize.KustomizeFixtures.built;
import static dev.windlass.kustomize.KustomizeFixtures.files;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.snapshot.MemorySnapshot;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.Node;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** configMapGenerator, secretGenerator and generatorOptions; expected names are what kubectl kustomize (v5.5.0) printed. */
class KustomizerGeneratorsTest {

    private static List<KubeObject> generate(String kustomization, String... moreFiles) {
        String[] all = Stream.concat(Stream.of("kustomization.yaml", kustomization), Stream.of(moreFiles))
                .toArray(String[]::new);
        return built(files(all), "");
    }

    private static KubeObject named(List<KubeObject> objects, String prefix) {
        return objects.stream().filter(o -> o.name().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no object named " + prefix + "* in " + objects));
    }

    private static Issue failure(MemorySnapshot snapshot) {
        Result<List<KubeObject>> result = build(snapshot, "");
        assertThat(result.errors()).as("errors of the build").isNotEmpty();
        return result.errors().get(0);
    }

    private static Map<String, String> data(KubeObject object, String field) {
        return object.content().getMap(field).map(Generators::texts).orElse(Map.of());
    }

    static Stream<Arguments> kustomizeNames() {
        return Stream.of(
                Arguments.of("configMapGenerator:\n- name: literals\n  literals: [a=1]\n", "literals-h29d89cmmt"),
                Arguments.of("configMapGenerator:\n- name: empty\n", "empty-6ct58987ht"),
                Arguments.of("configMapGenerator:\n- name: env\n  envs: [app.env]\n", "env-8dddb6dbc4"),
                Arguments.of("configMapGenerator:\n- name: blob\n  files: [blob.bin]\n", "blob-fdmfcm288f"),
                Arguments.of("configMapGenerator:\n- name: text\n  files: [greet=greeting.txt]\n", "text-d59999h2hb"),
                Arguments.of("configMapGenerator:\n- name: html\n  literals: [\"page=<b>&</b>\"]\n", "html-6thmchk7hf"),
                Arguments.of("configMapGenerator:\n- name: cm\n  literals:\n  - \"a b=1\"\n  - \"x=\\\"quoted\\\"\"\n"
                        + "  - \"y='single'\"\n  - \"z=\\\"unbalanced'\"\n  - \"e=\"\n", "cm-bm6gt47b2f"),
                Arguments.of("secretGenerator:\n- name: s\n  literals: [k=v]\n", "s-ftgtgc4t9f"),
                Arguments.of("secretGenerator:\n- name: s2\n", "s2-46f8b28mk5"),
                Arguments.of("secretGenerator:\n- name: opaque\n  literals: [password=s3cr3t]\n", "opaque-25k92892fb"),
                Arguments.of("secretGenerator:\n- name: tls\n  type: kubernetes.io/tls\n  literals: [tls.crt=CERT, tls.key=KEY]\n",
                        "tls-4b255hm948"));
    }

    @ParameterizedTest
    @MethodSource("kustomizeNames")
    void generator_hashesNameLikeKustomize(String kustomization, String name) {
        MemorySnapshot snapshot = MemorySnapshot.builder("test").file("kustomization.yaml", kustomization)
                .file("app.env", "PORT=8080\n# comment\n\nDEBUG\n  NAME=web app\n")
                .file("blob.bin", new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 'b', 'i', 'n'})
                .file("greeting.txt", "hello\nworld\n").build();

        assertThat(built(snapshot, "")).extracting(KubeObject::name).containsExactly(name);
    }

    @Test
    void configMapGenerator_putsTextInDataAndOtherBytesInBinaryData() {
        MemorySnapshot snapshot = MemorySnapshot.builder("test")
                .file("kustomization.yaml", "configMapGenerator:\n- name: c\n  files: [blob.bin, greeting.txt]\n")
                .file("blob.bin", new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 'b', 'i', 'n'})
                .file("greeting.txt", "hello\nworld\n").build();

        KubeObject cm = built(snapshot, "").get(0);

        assertThat(data(cm, "data")).containsExactly(Map.entry("greeting.txt", "hello\nworld\n"));
        assertThat(data(cm, "binaryData")).containsExactly(Map.entry("blob.bin", "//4AYmlu"));
    }

    @Test
    void secretGenerator_encodesBase64InLinesOf70AndDefaultsToOpaque() {
        String hundred = "a".repeat(100);
        KubeObject secret = generate("secretGenerator:\n- name: s\n  files: [long.txt]\n  literals: [short=v]\n",
                "long.txt", hundred).get(0);

        assertThat(secret.field(FieldPath.of("type"))).contains(Node.of("Opaque"));
        assertThat(data(secret, "data")).containsEntry("short", "dg==").containsEntry("long.txt",
                "YWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYW\n"
                        + "FhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYQ==\n");
    }

    @Test
    void secretGenerator_withoutDataHasEmptyDataMapLikeKustomize() {
        KubeObject secret = generate("secretGenerator:\n- name: s\n").get(0);

        assertThat(secret.field(FieldPath.of("data"))).contains(dev.windlass.model.tree.MapNode.empty());
        assertThat(generate("configMapGenerator:\n- name: c\n").get(0).field(FieldPath.of("data"))).isEmpty();
    }

    @Test
    void envs_readInKustomizeOrderBeforeLiteralsAndFiles() {
        KubeObject cm = generate("configMapGenerator:\n- name: c\n  env: legacy.env\n  envs: [a.env]\n"
                + "  literals: [lit=1]\n  files: [f.txt]\n", "legacy.env", "LEGACY=1\n", "a.env",
                "\uFEFFA=1\r\n  B = 2 \nC\nD=x=y\nE=\"q\"\n", "f.txt", "file").get(0);

        assertThat(data(cm, "data")).containsExactly(Map.entry("A", "1"), Map.entry("B ", " 2 "), Map.entry("C", ""),
                Map.entry("D", "x=y"), Map.entry("E", "\"q\""), Map.entry("LEGACY", "1"), Map.entry("f.txt", "file"),
                Map.entry("lit", "1"));
    }

    @Test
    void options_mergeOverGeneratorOptionsAndMarkImmutable() {
        KubeObject cm = generate("generatorOptions:\n  labels: {a: global, g: \"2\"}\n  immutable: true\n"
                + "configMapGenerator:\n- name: c\n  options:\n    labels: {a: own}\n    annotations: {note: x}\n").get(0);

        assertThat(cm.labels()).containsOnly(Map.entry("a", "own"), Map.entry("g", "2"));
        assertThat(cm.annotations()).containsOnly(Map.entry("note", "x"));
        assertThat(cm.field(FieldPath.of("immutable"))).contains(Node.of(true));
    }

    @Test
    void disableNameSuffixHash_inGeneratorOptionsKeepsTheName() {
        List<KubeObject> objects = generate("generatorOptions:\n  disableNameSuffixHash: true\n"
                + "configMapGenerator:\n- name: c\n  literals: [a=1]\n");

        assertThat(objects).extracting(KubeObject::name).containsExactly("c");
        assertThat(objects.get(0).metadata().containsKey("annotations")).isFalse();
    }

    @Test
    void hash_isAddedAfterPrefixSuffixAndComputedFromPatchedData() {
        List<KubeObject> objects = generate("namePrefix: p-\nnameSuffix: -s\nconfigMapGenerator:\n- name: patched\n"
                + "  literals: [a=1]\npatches:\n- patch: |\n    apiVersion: v1\n    kind: ConfigMap\n    metadata:\n"
                + "      name: patched\n    data:\n      a: \"2\"\n");

        assertThat(objects).extracting(KubeObject::name).containsExactly("p-patched-s-6gtghh96k8");
    }

    @Test
    void jsonPatchRemovingAnnotations_keepsTheHashMark() {
        List<KubeObject> objects = generate("configMapGenerator:\n- name: lost\n  literals: [a=1]\n"
                + "  options: {annotations: {x: \"1\"}}\npatches:\n- target: {name: lost}\n  patch: |\n"
                + "    - op: remove\n      path: /metadata/annotations\n");

        assertThat(objects).extracting(KubeObject::name).containsExactly("lost-h29d89cmmt");
        assertThat(objects.get(0).metadata().containsKey("annotations")).isFalse();
    }

    @Test
    void merge_intoBaseGeneratorKeepsBaseNameAndNamespaceAndMergesData() {
        MemorySnapshot snapshot = files(
                "base/kustomization.yaml", "namePrefix: b-\nnamespace: bns\nconfigMapGenerator:\n- name: cm\n"
                        + "  literals: [a=1, c=old]\n  options: {labels: {x: \"1\", z: \"1\"}}\n",
                "kustomization.yaml", "resources: [base]\nconfigMapGenerator:\n- name: cm\n  behavior: merge\n"
                        + "  literals: [b=1, c=new]\n  options: {labels: {x: \"2\"}}\n");

        KubeObject cm = built(snapshot, "").get(0);

        assertThat(cm.namespace()).isEqualTo("bns");
        assertThat(cm.name()).startsWith("b-cm-");
        assertThat(data(cm, "data")).containsExactly(Map.entry("a", "1"), Map.entry("b", "1"), Map.entry("c", "new"));
        assertThat(cm.labels()).containsOnly(Map.entry("x", "2"), Map.entry("z", "1"));
    }

    @Test
    void replaceAndMerge_withinOneKustomizationFollowKustomizesHashRule() {
        List<KubeObject> objects = generate("configMapGenerator:\n- name: cm\n  literals: [a=1, c=old]\n"
                + "- name: cm\n  behavior: merge\n  literals: [b=1]\n  options: {disableNameSuffixHash: true}\n"
                + "- name: cm2\n  literals: [a=1]\n  options: {disableNameSuffixHash: true}\n"
                + "- name: cm2\n  behavior: replace\n  literals: [b=1]\n"
                + "- name: cm3\n  literals: [a=1]\n- name: cm3\n  namespace: default\n  behavior: replace\n"
                + "  literals: [b=1]\n");

        assertThat(objects).extracting(KubeObject::name).containsExactly("cm", "cm2", "cm3-k2572242mg");
        assertThat(data(objects.get(1), "data")).containsExactly(Map.entry("b", "1"));
        assertThat(objects.get(2).namespace()).isEmpty();
    }

    @Test
    void merge_intoPlainResourceLeavesItsNameWithoutHash() {
        List<KubeObject> objects = generate("resources: [cm.yaml]\nconfigMapGenerator:\n- name: plain\n"
                + "  behavior: merge\n  literals: [y=2]\n", "cm.yaml",
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: plain\ndata:\n  x: \"1\"\n  n: 5\n");

        assertThat(objects).extracting(KubeObject::name).containsExactly("plain");
        assertThat(data(objects.get(0), "data")).containsOnly(Map.entry("n", "5"), Map.entry("x", "1"),
                Map.entry("y", "2"));
    }

    @Test
    void generatedObjectsFollowTheResourcesOfTheirLevel() {
        List<KubeObject> objects = Kustomizer.build(files("kustomization.yaml", "resources: [d.yaml]\n"
                + "configMapGenerator:\n- name: c\n", "d.yaml", DEPLOYMENT), "",
                KustomizeOptions.defaults().withAccumulationOrder()).value();

        assertThat(objects).extracting(KubeObject::kind).containsExactly("Deployment", "ConfigMap");
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("configMapGenerator:\n- name: cm\n  literals: [a=1, b=2, a=3]\n",
                        "configMapGenerator[0].literals[2]", "illegally repeats the key `a`"),
                Arguments.of("configMapGenerator:\n- literals: [a=1]\n", "configMapGenerator[0]", "must have a name"),
                Arguments.of("configMapGenerator:\n- name: c\n  literals: [=x]\n", "configMapGenerator[0].literals[0]",
                        "invalid literal source =x, expected key=value"),
                Arguments.of("configMapGenerator:\n- name: c\n  literals: [novalue]\n",
                        "configMapGenerator[0].literals[0]", "expected key=value"),
                Arguments.of("configMapGenerator:\n- name: c\n  files: [a=b=c]\n", "configMapGenerator[0].files[0]",
                        "key name or file path contains '='"),
                Arguments.of("configMapGenerator:\n- name: c\n  files: [missing.txt]\n",
                        "configMapGenerator[0].files[0]", "does not exist"),
                Arguments.of("configMapGenerator:\n- name: c\n  bogus: 1\n", "configMapGenerator[0].bogus",
                        "unknown field 'bogus'"),
                Arguments.of("configMapGenerator:\n- name: cm\n  behavior: merge\n  literals: [a=1]\n",
                        "configMapGenerator[0].behavior", "does not exist; cannot merge or replace"),
                Arguments.of("configMapGenerator:\n- name: cm\n- name: cm\n", "configMapGenerator[1]",
                        "exists; behavior must be merge or replace"),
                Arguments.of("secretGenerator:\n- name: s\n  envs: [bad.env]\n", "secretGenerator[0].envs[0]",
                        "line 2 has invalid UTF-8 bytes"));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void generator_refusesLikeKustomizeNamingTheField(String kustomization, String field, String message) {
        MemorySnapshot snapshot = MemorySnapshot.builder("test").file("kustomization.yaml", kustomization)
                .file("bad.env", new byte[] {'A', '=', '1', '\n', (byte) 0xFF, '=', '2', '\n'}).build();

        Issue issue = failure(snapshot);

        assertThat(issue.message()).contains(message);
        assertThat(issue.location().file()).isEqualTo("kustomization.yaml");
        assertThat(issue.location().field()).hasToString(field);
    }

    @Test
    void files_outsideTheKustomizationAreRefusedByTheLoadRestrictor() {
        MemorySnapshot snapshot = files("shared/f.txt", "x", "app/kustomization.yaml",
                "configMapGenerator:\n- name: c\n  files: [../shared/f.txt]\n");

        assertThat(build(snapshot, "app").errors()).singleElement().extracting(Issue::message).asString()
                .contains("security; file '../shared/f.txt' is not in or below 'app'");
        assertThat(Kustomizer.build(snapshot, "app", KustomizeOptions.defaults().withLoadRestrictor(LoadRestrictor.NONE))
                .value()).extracting(o -> data(o, "data")).containsExactly(Map.of("f.txt", "x"));
    }

    @Test
    void output_hasNoInternalAnnotation() {
        String yaml = KustomizeOutput.yaml(generate("configMapGenerator:\n- name: c\n  literals: [a=1]\n"));

        assertThat(yaml).isEqualTo("apiVersion: v1\ndata:\n  a: \"1\"\nkind: ConfigMap\nmetadata:\n"
                + "  name: c-h29d89cmmt\n");
    }
}
