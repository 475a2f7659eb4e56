package dev.windlass.engine.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.JsonReader;
import dev.windlass.model.codec.JsonWriter;
import dev.windlass.model.tree.Node;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JqPathTest {

    private static final String DOC = """
            {"spec":{"containers":[{"name":"app","image":"a:1","port":80},{"name":"side","image":"s:1","port":90}],\
            "labels":{"a/b":"x","c":"y"},"empty":null,"count":3}}""";

    private static Node json(String text) {
        return JsonReader.create(CodecLimits.DEFAULT).read("t.json", text).documents().get(0).content();
    }

    private static String deleted(String expression) throws JqPathParser.Unsupported {
        return JsonWriter.write(JqPathParser.parse(expression).delete(json(DOC)), 0);
    }

    @ParameterizedTest(name = "del({0})")
    @CsvSource(delimiterString = " => ", value = {
        ".spec.count => {\"spec\":{\"containers\":[{\"name\":\"app\",\"image\":\"a:1\",\"port\":80},{\"name\":\"side\",\"image\":\"s:1\",\"port\":90}],\"labels\":{\"a/b\":\"x\",\"c\":\"y\"},\"empty\":null}}",
        ".spec.containers[] | select(.name == \"side\") => {\"spec\":{\"containers\":[{\"name\":\"app\",\"image\":\"a:1\",\"port\":80}],\"labels\":{\"a/b\":\"x\",\"c\":\"y\"},\"empty\":null,\"count\":3}}",
        ".spec.containers[] | select(.name != \"side\") | .image => {\"spec\":{\"containers\":[{\"name\":\"app\",\"port\":80},{\"name\":\"side\",\"image\":\"s:1\",\"port\":90}],\"labels\":{\"a/b\":\"x\",\"c\":\"y\"},\"empty\":null,\"count\":3}}",
        ".spec.containers[].image => {\"spec\":{\"containers\":[{\"name\":\"app\",\"port\":80},{\"name\":\"side\",\"port\":90}],\"labels\":{\"a/b\":\"x\",\"c\":\"y\"},\"empty\":null,\"count\":3}}",
        ".spec.containers[] | select(.port == 90.0 and .name == \"side\") => {\"spec\":{\"containers\":[{\"name\":\"app\",\"image\":\"a:1\",\"port\":80}],\"labels\":{\"a/b\":\"x\",\"c\":\"y\"},\"empty\":null,\"count\":3}}",
        ".spec.containers[] | select(.name | startswith(\"si\")) => {\"spec\":{\"containers\":[{\"name\":\"app\",\"image\":\"a:1\",\"port\":80}],\"labels\":{\"a/b\":\"x\",\"c\":\"y\"},\"empty\":null,\"count\":3}}",
        ".spec.labels.\"a/b\" => {\"spec\":{\"containers\":[{\"name\":\"app\",\"image\":\"a:1\",\"port\":80},{\"name\":\"side\",\"image\":\"s:1\",\"port\":90}],\"labels\":{\"c\":\"y\"},\"empty\":null,\"count\":3}}",
        ".spec.labels[\"c\"] => {\"spec\":{\"containers\":[{\"name\":\"app\",\"image\":\"a:1\",\"port\":80},{\"name\":\"side\",\"image\":\"s:1\",\"port\":90}],\"labels\":{\"a/b\":\"x\"},\"empty\":null,\"count\":3}}",
        ".spec.containers[1] => {\"spec\":{\"containers\":[{\"name\":\"app\",\"image\":\"a:1\",\"port\":80}],\"labels\":{\"a/b\":\"x\",\"c\":\"y\"},\"empty\":null,\"count\":3}}",
        ".spec.containers[] => {\"spec\":{\"containers\":[],\"labels\":{\"a/b\":\"x\",\"c\":\"y\"},\"empty\":null,\"count\":3}}",
    })
    void delete_removesWhatTheExpressionSelects(String expression, String expected) throws Exception {
        assertThat(deleted(expression)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        ".spec.empty[]",
        ".spec.count.value",
        ".spec.containers[] | select(.name | startswith(\"x\")) | .image.tag.more",
        ".spec.missing.deeper",
        ".spec.empty[]? | .x",
        ".spec.count[]?",
    })
    void delete_changesNothingWhenJqWouldFailOrFindNothing(String expression) throws Exception {
        assertThat(JqPathParser.parse(expression).delete(json(DOC))).isEqualTo(json(DOC));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "spec.replicas",
        ".spec | keys",
        ".spec.containers[] | select(.name | test(\"x\"))",
        ".spec.containers[] | select(.ports[] == 80)",
        ".spec.containers[.name]",
        "del(.spec)",
        ".a | select(.b > 1)",
        ".a[",
    })
    void parse_refusesWhatIsOutsideTheSupportedSubset(String expression) {
        assertThatThrownBy(() -> JqPathParser.parse(expression))
                .isInstanceOf(JqPathParser.Unsupported.class).hasMessageStartingWith("at column ");
    }
}
