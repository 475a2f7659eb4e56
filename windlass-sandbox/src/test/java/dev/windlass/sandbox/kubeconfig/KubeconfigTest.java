package dev.windlass.sandbox.kubeconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import io.fabric8.kubernetes.client.Config;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KubeconfigTest {

    private static final String CA = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
    private static final Kubeconfig SANDBOX = Kubeconfig.of("https://127.0.0.1:6443", CA, "tok-123");

    @TempDir
    Path dir;

    @Test
    void toYaml_writesKubectlShapedConfig() {
        String caData = Base64.getEncoder().encodeToString(CA.getBytes(StandardCharsets.US_ASCII));

        assertThat(SANDBOX.toYaml()).isEqualTo("""
                apiVersion: v1
                clusters:
                - cluster:
                    certificate-authority-data: %s
                    server: https://127.0.0.1:6443
                  name: windlass-sandbox
                contexts:
                - context:
                    cluster: windlass-sandbox
                    namespace: default
                    user: windlass-sandbox
                  name: windlass-sandbox
                current-context: windlass-sandbox
                kind: Config
                preferences: {}
                users:
                - name: windlass-sandbox
                  user:
                    token: tok-123
                """.formatted(caData));
    }

    @Test
    void writeTo_createsFileThatFabric8Reads() throws Exception {
        Path file = dir.resolve(".kube/config");

        SANDBOX.writeTo(file);

        Config config = Config.fromKubeconfig(Files.readString(file));
        assertThat(config.getMasterUrl()).startsWith("https://127.0.0.1:6443");
        assertThat(config.getNamespace()).isEqualTo("default");
        assertThat(config.getAutoOAuthToken()).isEqualTo("tok-123");
        assertThat(new String(Base64.getDecoder().decode(config.getCaCertData()), StandardCharsets.US_ASCII)).isEqualTo(CA);
        assertThat(config.getCurrentContext().getName()).isEqualTo("windlass-sandbox");
    }

    @Test
    void writeTo_writesOwnerOnlyAndLeavesNoLockOrTemporaryFile() throws Exception {
        Path file = dir.resolve("config");

        SANDBOX.writeTo(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("config");
        }
        assertThat(Files.readString(file)).isEqualTo(SANDBOX.toYaml());
    }

    @Test
    void writeTo_mergesKeepingOtherEntriesAndFields() throws Exception {
        Path file = write("""
                apiVersion: v1
                kind: Config
                clusters:
                - name: prod
                  cluster: {server: "https://prod.example:443", insecure-skip-tls-verify: true}
                contexts:
                - name: prod
                  context: {cluster: prod, user: admin}
                current-context: prod
                users:
                - name: admin
                  user: {username: admin}
                preferences: {colors: true}
                extensions: [{name: x, extension: {a: 1}}]
                """);

        SANDBOX.writeTo(file);

        MapNode merged = readBack(file);
        assertThat(names(merged, "clusters")).containsExactly("prod", "windlass-sandbox");
        assertThat(names(merged, "contexts")).containsExactly("prod", "windlass-sandbox");
        assertThat(names(merged, "users")).containsExactly("admin", "windlass-sandbox");
        assertThat(merged.getText("current-context")).contains("windlass-sandbox");
        assertThat(merged.at(FieldPath.of("clusters").index(0).key("cluster").key("insecure-skip-tls-verify")))
                .contains(Node.of(true));
        assertThat(merged.at(FieldPath.of("preferences", "colors"))).contains(Node.of(true));
        assertThat(merged.get("extensions")).isPresent();
        assertThat(merged.keys()).startsWith("apiVersion", "kind", "clusters", "contexts", "current-context", "users");
    }

    @Test
    void writeTo_replacesOurEntriesByNameInPlace() throws Exception {
        Path file = dir.resolve("config");
        Kubeconfig.of("https://127.0.0.1:1111", CA, "old-token").writeTo(file);
        Kubeconfig.of("https://other:1", CA, "other").withName("other").writeTo(file);

        SANDBOX.writeTo(file);

        MapNode merged = readBack(file);
        assertThat(names(merged, "clusters")).containsExactly("windlass-sandbox", "other");
        assertThat(names(merged, "users")).containsExactly("windlass-sandbox", "other");
        assertThat(merged.at(FieldPath.of("clusters").index(0).key("cluster").key("server")))
                .contains(Node.of("https://127.0.0.1:6443"));
        assertThat(merged.at(FieldPath.of("users").index(0).key("user").key("token"))).contains(Node.of("tok-123"));
        assertThat(merged.getText("current-context")).contains("windlass-sandbox");
    }

    @Test
    void writeTo_dropsDuplicatesOfOurEntries() throws Exception {
        Path file = write("""
                clusters:
                - {name: windlass-sandbox, cluster: {server: "https://a"}}
                - {name: keep, cluster: {server: "https://b"}}
                - {name: windlass-sandbox, cluster: {server: "https://c"}}
                """);

        SANDBOX.writeTo(file);

        assertThat(names(readBack(file), "clusters")).containsExactly("windlass-sandbox", "keep");
    }

    @Test
    void writeTo_withoutMakeCurrent_keepsTheFilesCurrentContext() throws Exception {
        Path file = write("contexts:\n- {name: prod, context: {cluster: prod, user: prod}}\ncurrent-context: prod\n");

        SANDBOX.writeTo(file, false);

        assertThat(readBack(file).getText("current-context")).contains("prod");
    }

    @Test
    void writeTo_withoutMakeCurrent_setsOursWhenTheFileHasNone() throws Exception {
        Path file = write("clusters: null\ncontexts: []\ncurrent-context: \"\"\nusers: null\n");

        SANDBOX.writeTo(file, false);

        assertThat(readBack(file).getText("current-context")).contains("windlass-sandbox");
    }

    @Test
    void writeTo_treatsEmptyFileAsNewConfig() throws Exception {
        Path file = write("# nothing yet\n");

        SANDBOX.writeTo(file);

        assertThat(Files.readString(file)).isEqualTo(SANDBOX.toYaml());
    }

    @Test
    void writeTo_throughSymbolicLink_replacesTheLinkedFile() throws Exception {
        Path real = write("current-context: prod\n");
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);

        SANDBOX.writeTo(link);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(readBack(real).getText("current-context")).contains("windlass-sandbox");
    }

    @Test
    void writeTo_whileKubectlHoldsTheLock_failsWithoutWriting() throws Exception {
        Path file = write("current-context: prod\n");
        Files.createFile(dir.resolve("config.lock"));

        assertThatThrownBy(() -> SANDBOX.writeTo(file))
                .isInstanceOf(KubeconfigException.class)
                .hasMessageContaining(dir.resolve("config.lock") + " exists");
        assertThat(Files.readString(file)).isEqualTo("current-context: prod\n");
    }

    @Test
    void writeTo_refusesFileThatIsNotAKubeconfig() throws Exception {
        List<List<String>> cases = List.of(
                List.of("- a\n- b\n", "the document is a list, not a map of kubeconfig fields"),
                List.of("clusters: {prod: {}}\n", "clusters is a map, not a list of named entries"),
                List.of("users:\n- name: a\n- just-text\n", "users[1] is a string, not a map with a name"),
                List.of("kind: Pod\n", "kind is \"Pod\", not \"Config\""),
                List.of("current-context: 5\n", "current-context is an integer, not a string"),
                List.of("a: 1\n---\nb: 2\n", "it holds 2 YAML documents, but a kubeconfig is one"),
                List.of("clusters: [\n", "config:"));
        for (List<String> c : cases) {
            Path file = write(c.get(0));

            assertThatThrownBy(() -> SANDBOX.writeTo(file))
                    .as(c.get(0))
                    .isInstanceOf(KubeconfigException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining(c.get(1))
                    .hasMessageContaining("nothing was written");
            assertThat(Files.readString(file)).isEqualTo(c.get(0));
            assertThat(dir.resolve("config.lock")).doesNotExist();
        }
    }

    @Test
    void toString_hidesTheToken() {
        assertThat(SANDBOX.toString()).doesNotContain("tok-123").contains("redacted");
    }

    private Path write(String text) throws Exception {
        Path file = dir.resolve("config");
        Files.writeString(file, text);
        return file;
    }

    private static MapNode readBack(Path file) throws Exception {
        var stream = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES).read(file.toString(),
                Files.readString(file));
        assertThat(stream.hasErrors()).isFalse();
        return (MapNode) stream.documents().get(0).content();
    }

    private static List<String> names(MapNode config, String field) {
        return config.getList(field).orElseThrow().items().stream()
                .map(item -> ((MapNode) item).getText("name").orElseThrow())
                .toList();
    }
}
