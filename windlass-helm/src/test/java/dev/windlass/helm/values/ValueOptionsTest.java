package dev.windlass.helm.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.helm.HelmException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueOptionsTest {

    private static final Map<String, String> FILES = Map.of(
            "a.yaml", "image:\n  repo: nginx\n  tag: \"1\"\nreplicas: 1\n",
            "b.yaml", "image:\n  tag: \"2\"\nextra: [1]\n",
            "bad.yaml", "a: b: c\n",
            "cert.pem", "-----BEGIN-----\n");

    private static byte[] read(String name) throws HelmException {
        String text = FILES.get(name);
        if (text == null) {
            throw new HelmException("open " + name + ": no such file or directory");
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static ValueOptions options(List<String> files, List<String> json, List<String> set, List<String> str,
            List<String> file, List<String> literal) {
        return new ValueOptions(files, json, set, str, file, literal);
    }

    @Test
    void merge_noOptionsIsEmpty() throws HelmException {
        assertThat(ValueOptions.none().merge(ValueOptionsTest::read)).isEmpty();
    }

    @Test
    void merge_valueFilesMergeInOrder() throws HelmException {
        Map<String, Object> v = options(List.of("a.yaml", "b.yaml"), List.of(), List.of(), List.of(), List.of(),
                List.of()).merge(ValueOptionsTest::read);
        assertThat(v).isEqualTo(Map.of("image", Map.of("repo", "nginx", "tag", "2"), "replicas", 1.0,
                "extra", List.of(1.0)));
    }

    @Test
    void merge_flagsApplyInHelmsOrder() throws HelmException {
        Map<String, Object> v = options(List.of("a.yaml"), List.of("replicas=5"), List.of("replicas=6", "x=1"),
                List.of("x=2"), List.of("cert=cert.pem"), List.of("lit=a,b")).merge(ValueOptionsTest::read);
        assertThat(v).containsEntry("replicas", 6L).containsEntry("x", "2")
                .containsEntry("cert", "-----BEGIN-----\n").containsEntry("lit", "a,b");
    }

    @Test
    void merge_setJsonObjectMergesMaps() throws HelmException {
        Map<String, Object> v = options(List.of("a.yaml"), List.of("{\"image\":{\"tag\":\"3\"}}"), List.of(),
                List.of(), List.of(), List.of()).merge(ValueOptionsTest::read);
        assertThat(v.get("image")).isEqualTo(Map.of("repo", "nginx", "tag", "3"));
    }

    @Test
    void merge_badValueFileNamesTheFile() {
        assertThatThrownBy(() -> options(List.of("bad.yaml"), List.of(), List.of(), List.of(), List.of(), List.of())
                .merge(ValueOptionsTest::read)).hasMessage("failed to parse bad.yaml: cannot unmarshal yaml document: "
                        + "error converting YAML to JSON: yaml: mapping values are not allowed in this context");
    }

    @Test
    void merge_missingValueFile() {
        assertThatThrownBy(() -> options(List.of("nope.yaml"), List.of(), List.of(), List.of(), List.of(), List.of())
                .merge(ValueOptionsTest::read)).hasMessage("open nope.yaml: no such file or directory");
    }

    @Test
    void merge_badSetNamesTheFlag() {
        assertThatThrownBy(() -> options(List.of(), List.of(), List.of("a"), List.of(), List.of(), List.of())
                .merge(ValueOptionsTest::read)).hasMessage("failed parsing --set data: key \"a\" has no value");
        assertThatThrownBy(() -> options(List.of(), List.of(), List.of(), List.of("a"), List.of(), List.of())
                .merge(ValueOptionsTest::read)).hasMessage("failed parsing --set-string data: key \"a\" has no value");
        assertThatThrownBy(() -> options(List.of(), List.of(), List.of(), List.of(), List.of(), List.of("a"))
                .merge(ValueOptionsTest::read)).hasMessage("failed parsing --set-literal data: key \"a\" has no value");
    }

    @Test
    void merge_badSetFileReportsTheReadError() {
        assertThatThrownBy(() -> options(List.of(), List.of(), List.of(), List.of(), List.of("a=missing"), List.of())
                .merge(ValueOptionsTest::read))
                .hasMessage("failed parsing --set-file data: open missing: no such file or directory");
    }

    @Test
    void merge_badSetJson() {
        assertThatThrownBy(() -> options(List.of(), List.of("a={x"), List.of(), List.of(), List.of(), List.of())
                .merge(ValueOptionsTest::read)).hasMessage("failed parsing --set-json data a={x");
        assertThatThrownBy(() -> options(List.of(), List.of("{bad"), List.of(), List.of(), List.of(), List.of())
                .merge(ValueOptionsTest::read)).hasMessage("failed parsing --set-json data JSON: {bad");
    }
}
