package dev.windlass.cli.rego;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.rego.ast.Module;
import dev.windlass.rego.value.Values;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegoFilesTest {
    @TempDir
    Path dir;

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void load_directoryNestsDataUnderItsSubdirectories() throws IOException {
        write("data.json", "{\"top\": 1}");
        write("a/b/data.json", "{\"x\": true}");
        write("a/other.yaml", "names: [alice, bob]\n");

        RegoFiles.Loaded loaded = RegoFiles.load(List.of(dir.toString()));

        assertThat(loaded.errors()).isEmpty();
        assertThat(loaded.data().toJson()).isEqualTo("{\"a\":{\"b\":{\"x\":true},\"names\":[\"alice\",\"bob\"]},\"top\":1}");
    }

    @Test
    void load_fileGivenDirectlyIsMergedAtTheRoot() throws IOException {
        Path file = write("deep/inside/data.json", "{\"k\": \"v\"}");

        assertThat(RegoFiles.load(List.of(file.toString())).data().toJson()).isEqualTo("{\"k\":\"v\"}");
    }

    @Test
    void load_prefixPutsDataUnderThatPath() throws IOException {
        Path file = write("users.json", "[\"alice\"]");

        RegoFiles.Loaded loaded = RegoFiles.load(List.of("org.users:" + file));

        assertThat(loaded.errors()).isEmpty();
        assertThat(loaded.data().toJson()).isEqualTo("{\"org\":{\"users\":[\"alice\"]}}");
    }

    @Test
    void load_readsModulesAndSkipsHiddenAndUnknownFiles() throws IOException {
        write("policy.rego", "package p\nallow := true\n");
        write(".hidden/secret.rego", "package hidden\n");
        write(".skip.json", "{\"no\": 1}");
        write("README.md", "not data");

        RegoFiles.Loaded loaded = RegoFiles.load(List.of(dir.toString()));

        assertThat(loaded.errors()).isEmpty();
        assertThat(loaded.modules()).extracting(Module::file).containsExactly(dir.resolve("policy.rego").toString());
        assertThat(loaded.data().size()).isZero();
    }

    @Test
    void load_namesFilesFoundInADirectoryByTheCleanedPath() throws IOException {
        write("p.rego", "package p\n");

        RegoFiles.Loaded loaded = RegoFiles.load(List.of(dir + "/./"));

        assertThat(loaded.modules()).extracting(Module::file).containsExactly(dir.resolve("p.rego").toString());
    }

    @Test
    void load_collectsEveryParseErrorWithItsSourceLine() throws IOException {
        write("a.rego", "package a\np := \n");
        write("b.rego", "package b\nq if {\n");

        RegoFiles.Loaded loaded = RegoFiles.load(List.of(dir.toString()));

        assertThat(loaded.errors()).hasSize(2);
        assertThat(loaded.errors().get(0).code()).isEqualTo("rego_parse_error");
        assertThat(loaded.errors().get(0).text()).startsWith(dir.resolve("a.rego") + ":");
        assertThat(loaded.errors().get(0).sourceLine()).isNotNull();
    }

    @Test
    void load_missingPathIsReportedAsOpaDoes() {
        RegoFiles.Loaded loaded = RegoFiles.load(List.of("no/such.rego"));

        assertThat(loaded.errors()).extracting(OpaError::text)
                .containsExactly("stat no/such.rego: no such file or directory");
    }

    @Test
    void load_conflictingDataIsAMergeError() throws IOException {
        Path one = write("one.json", "{\"a\": 1}");
        Path two = write("two.json", "{\"a\": 2}");

        RegoFiles.Loaded loaded = RegoFiles.load(List.of(one.toString(), two.toString()));

        assertThat(loaded.errors()).extracting(OpaError::text).containsExactly(two + ": merge error");
    }

    @Test
    void load_nonObjectAtTheRootIsRejected() throws IOException {
        Path list = write("list.json", "[1, 2]");

        assertThat(RegoFiles.load(List.of(list.toString())).errors()).extracting(OpaError::text)
                .containsExactly(list + ": document must be of type object");
    }

    @Test
    void load_badJsonNamesTheFile() throws IOException {
        Path bad = write("bad.json", "{\"a\": ");

        assertThat(RegoFiles.load(List.of(bad.toString())).errors().get(0).text()).startsWith(bad + ": ");
    }

    @Test
    void load_unknownExtensionNamedDirectlyIsTriedAsEachFormat() throws IOException {
        Path policy = write("policy.txt", "package p\nx := 1\n");
        Path data = write("data.txt", "{\"d\": 1}");

        RegoFiles.Loaded loaded = RegoFiles.load(List.of(policy.toString(), data.toString()));

        assertThat(loaded.errors()).isEmpty();
        assertThat(loaded.modules()).hasSize(1);
        assertThat(loaded.data().toJson()).isEqualTo("{\"d\":1}");
    }

    @Test
    void loadRego_readsOnlyRegoFiles() throws IOException {
        write("p.rego", "package p\n");
        write("data.json", "{broken");

        RegoFiles.Loaded loaded = RegoFiles.loadRego(List.of(dir.toString()), List.of());

        assertThat(loaded.errors()).isEmpty();
        assertThat(loaded.modules()).hasSize(1);
    }

    @Test
    void load_ignorePatternsSkipMatchingNamesAtAnyDepth() throws IOException {
        write("p.rego", "package p\n");
        write("p_test.rego", "package p\n");
        write("vendor/lib.rego", "package lib\n");

        RegoFiles.Loaded loaded = RegoFiles.load(List.of(dir.toString()), List.of("*_test.rego", "vendor"));

        assertThat(loaded.modules()).extracting(Module::file).containsExactly(dir.resolve("p.rego").toString());
    }

    @Test
    void merge_combinesNestedObjects() throws IOException {
        var a = (dev.windlass.rego.value.ObjectValue) Values.parseJson("{\"x\": {\"a\": 1}}");
        var b = (dev.windlass.rego.value.ObjectValue) Values.parseJson("{\"x\": {\"b\": 2}, \"y\": 3}");

        assertThat(DataDocuments.merge(a, b).toJson()).isEqualTo("{\"x\":{\"a\":1,\"b\":2},\"y\":3}");
    }

    @Test
    void parseInput_acceptsJsonOrYaml() throws IOException {
        assertThat(DataDocuments.parseInput("{\"a\": 1}").toJson()).isEqualTo("{\"a\":1}");
        assertThat(DataDocuments.parseInput("a: 1\nb: [x, true, null, 1.5]\n").toJson())
                .isEqualTo("{\"a\":1,\"b\":[\"x\",true,null,1.5]}");
    }

    @Test
    void dataPrefix_urlsHaveNoPrefix() {
        List<String> prefix = new java.util.ArrayList<>();

        assertThat(DataPrefix.split("file:///tmp/x.json", prefix)).isEqualTo("/tmp/x.json");
        assertThat(prefix).isEmpty();
        assertThat(DataPrefix.split("a.b:/tmp/y.json", prefix)).isEqualTo("/tmp/y.json");
        assertThat(prefix).containsExactly("a", "b");
    }
}
