package dev.windlass.render.jsonnet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.snapshot.MemorySnapshot;
import dev.windlass.model.snapshot.Snapshot;
import dev.windlass.render.RenderResult;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonnetRendererTest {

    private static final String CM = "{apiVersion: 'v1', kind: 'ConfigMap', metadata: {name: %s}}";

    private static Snapshot files(String... pathsAndTexts) {
        MemorySnapshot.Builder builder = MemorySnapshot.builder("test");
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            builder.file(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return builder.build();
    }

    private static RenderResult render(JsonnetOptions options, Snapshot snapshot, String path) {
        return new JsonnetRenderer(options).render(snapshot, path);
    }

    private static List<String> names(RenderResult result) {
        return result.objects().stream().map(KubeObject::name).toList();
    }

    private static Issue onlyIssue(RenderResult result) {
        assertThat(result.objects()).isEmpty();
        assertThat(result.issues()).hasSize(1);
        return result.issues().get(0);
    }

    @Test
    void render_singleObject_becomesOneObjectFromTheFile() {
        RenderResult result = render(JsonnetOptions.DEFAULT, files("app/main.jsonnet", CM.formatted("'a'")), "app/main.jsonnet");

        assertThat(result.issues()).isEmpty();
        assertThat(names(result)).containsExactly("a");
        assertThat(result.objects().get(0).origin().orElseThrow().file()).isEqualTo("app/main.jsonnet");
    }

    @Test
    void render_array_isFlattenedInOrder() {
        String text = "[" + CM.formatted("'a'") + ", " + CM.formatted("'b'") + "]";

        assertThat(names(render(JsonnetOptions.DEFAULT, files("m.jsonnet", text), "m.jsonnet"))).containsExactly("a", "b");
    }

    @Test
    void render_listKind_standsForItsItems() {
        String text = "{apiVersion: 'v1', kind: 'List', items: [" + CM.formatted("'a'") + "]}";

        assertThat(names(render(JsonnetOptions.DEFAULT, files("m.jsonnet", text), "m.jsonnet"))).containsExactly("a");
    }

    @Test
    void render_objectOfObjects_isNotAManifest() {
        String text = "{a: " + CM.formatted("'a'") + "}";

        assertThat(onlyIssue(render(JsonnetOptions.DEFAULT, files("m.jsonnet", text), "m.jsonnet")).code())
                .isEqualTo(JsonnetMessages.NOT_AN_OBJECT);
    }

    @Test
    void render_integers_stayIntegers() {
        String text = "{apiVersion: 'apps/v1', kind: 'Deployment', metadata: {name: 'w'}, spec: {replicas: 1 + 2}}";
        KubeObject object = render(JsonnetOptions.DEFAULT, files("m.jsonnet", text), "m.jsonnet").objects().get(0);

        assertThat(object.content().getMap("spec").orElseThrow().get("replicas").orElseThrow().toPlain()).isEqualTo(3L);
    }

    @Test
    void extVar_string_isPassedAsString() {
        JsonnetOptions options = JsonnetOptions.DEFAULT.withExtVars(List.of(JsonnetVariable.string("name", "x'\"y")));

        assertThat(names(render(options, files("m.jsonnet", CM.formatted("std.extVar('name')")), "m.jsonnet")))
                .containsExactly("x'\"y");
    }

    @Test
    void extVar_code_isEvaluated() {
        JsonnetOptions options = JsonnetOptions.DEFAULT.withExtVars(List.of(JsonnetVariable.code("name", "'a' + 'b'")));

        assertThat(names(render(options, files("m.jsonnet", CM.formatted("std.extVar('name')")), "m.jsonnet")))
                .containsExactly("ab");
    }

    @Test
    void extVar_missing_isAnEvaluationError() {
        Issue issue = onlyIssue(render(JsonnetOptions.DEFAULT, files("m.jsonnet", CM.formatted("std.extVar('nope')")), "m.jsonnet"));

        assertThat(issue.code()).isEqualTo(JsonnetMessages.EVALUATION_ERROR);
        assertThat(issue.message()).contains("nope");
    }

    @Test
    void tla_stringAndCode_arePassedToTheTopLevelFunction() {
        JsonnetOptions options = JsonnetOptions.DEFAULT.withTlas(List.of(JsonnetVariable.string("prefix", "p"),
                JsonnetVariable.code("count", "2")));
        String text = "function(prefix, count) [" + CM.formatted("prefix + i") + " for i in ['1', '2'][0:count]]";

        assertThat(names(render(options, files("m.jsonnet", text), "m.jsonnet"))).containsExactly("p1", "p2");
    }

    @Test
    void import_fromALibPath_isFound() {
        Snapshot snapshot = files("app/m.jsonnet", "local k = import 'k.libsonnet'; k.cm('a')",
                "vendor/k.libsonnet", "{cm(n): " + CM.formatted("n") + "}");
        JsonnetOptions options = JsonnetOptions.DEFAULT.withLibs(List.of("vendor"));

        assertThat(names(render(options, snapshot, "app/m.jsonnet"))).containsExactly("a");
    }

    @Test
    void import_relativeToTheFile_winsOverLibs() {
        Snapshot snapshot = files("app/m.jsonnet", "(import 'n.libsonnet')",
                "app/n.libsonnet", CM.formatted("'local'"), "vendor/n.libsonnet", CM.formatted("'lib'"));
        JsonnetOptions options = JsonnetOptions.DEFAULT.withLibs(List.of("vendor"));

        assertThat(names(render(options, snapshot, "app/m.jsonnet"))).containsExactly("local");
    }

    @Test
    void import_laterLib_winsOverEarlierLib() {
        Snapshot snapshot = files("app/m.jsonnet", "(import 'n.libsonnet')",
                "one/n.libsonnet", CM.formatted("'one'"), "two/n.libsonnet", CM.formatted("'two'"));
        JsonnetOptions options = JsonnetOptions.DEFAULT.withLibs(List.of("one", "two"));

        assertThat(names(render(options, snapshot, "app/m.jsonnet"))).containsExactly("two");
    }

    @Test
    void import_escapingTheRoot_isRefused() {
        Issue issue = onlyIssue(render(JsonnetOptions.DEFAULT, files("app/m.jsonnet", "import '../../etc/x.jsonnet'"),
                "app/m.jsonnet"));

        assertThat(issue.code()).isEqualTo(JsonnetMessages.IMPORT_OUTSIDE_ROOT);
        assertThat(issue.location().toString()).startsWith("app/m.jsonnet:1:");
    }

    @Test
    void import_absolute_isRefused() {
        Issue issue = onlyIssue(render(JsonnetOptions.DEFAULT, files("m.jsonnet", "import '/etc/passwd'"), "m.jsonnet"));

        assertThat(issue.code()).isEqualTo(JsonnetMessages.IMPORT_OUTSIDE_ROOT);
    }

    @Test
    void lib_outsideTheRoot_isRefused() {
        JsonnetOptions options = JsonnetOptions.DEFAULT.withLibs(List.of("../outside"));
        Issue issue = onlyIssue(render(options, files("m.jsonnet", CM.formatted("'a'")), "m.jsonnet"));

        assertThat(issue.code()).isEqualTo(JsonnetMessages.IMPORT_OUTSIDE_ROOT);
        assertThat(issue.message()).contains("../outside");
    }

    @Test
    void syntaxError_isReportedWithItsPosition() {
        Issue issue = onlyIssue(render(JsonnetOptions.DEFAULT, files("d/m.jsonnet", "{\n  a: 1,\n  b: ]\n}"), "d/m.jsonnet"));

        assertThat(issue.code()).isEqualTo(JsonnetMessages.SYNTAX_ERROR);
        assertThat(issue.location().toString()).startsWith("d/m.jsonnet:3:");
    }

    @Test
    void runtimeError_isReportedAtTheErrorExpression() {
        Issue issue = onlyIssue(render(JsonnetOptions.DEFAULT, files("m.jsonnet", "local x = 1;\n  error 'boom ' + x"), "m.jsonnet"));

        assertThat(issue.code()).isEqualTo(JsonnetMessages.EVALUATION_ERROR);
        assertThat(issue.message()).contains("boom 1");
        assertThat(issue.location().toString()).isEqualTo("m.jsonnet:2:3");
    }

    @Test
    void longLoop_isStoppedByTheTimeout() {
        JsonnetOptions options = JsonnetOptions.DEFAULT.withTimeout(Duration.ofMillis(300));
        String text = "std.length([1 for x in std.range(0, 100000) for y in std.range(0, 100000) if x < 0])";

        assertThat(onlyIssue(render(options, files("m.jsonnet", text), "m.jsonnet")).code()).isEqualTo(JsonnetMessages.TIMEOUT);
    }

    @Test
    void infiniteRecursion_isAnErrorNotACrash() {
        JsonnetOptions options = JsonnetOptions.DEFAULT.withTimeout(Duration.ofSeconds(2));
        Issue issue = onlyIssue(render(options, files("m.jsonnet", "local f(x) = f(x + 1) + 1; f(0)"), "m.jsonnet"));

        assertThat(issue.code()).isIn(JsonnetMessages.TIMEOUT, JsonnetMessages.STACK_OVERFLOW);
    }

    @Test
    void hugeOutput_isStoppedByTheOutputLimit() {
        JsonnetOptions options = JsonnetOptions.DEFAULT.withMaxOutputBytes(1000);
        String text = "[" + CM.formatted("'n' + i") + " for i in std.range(0, 1000)]";

        assertThat(onlyIssue(render(options, files("m.jsonnet", text), "m.jsonnet")).code())
                .isEqualTo(JsonnetMessages.OUTPUT_TOO_LARGE);
    }

    @Test
    void missingFile_isReported() {
        assertThat(onlyIssue(render(JsonnetOptions.DEFAULT, files("a.yaml", "x: 1"), "m.jsonnet")).code())
                .isEqualTo(JsonnetMessages.FILE_NOT_FOUND);
    }
}
