package dev.windlass.pipelines.subst;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import dev.windlass.pipelines.model.Param;
import dev.windlass.pipelines.model.ParamSpec;
import dev.windlass.pipelines.model.ParamType;
import dev.windlass.pipelines.model.ParamValue;
import dev.windlass.pipelines.model.PipelineSpec;
import dev.windlass.pipelines.model.ResultSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PipelineSubstitutionTest {

    private static final KubeObject OWNER = Yaml.owner("PipelineRun", "pr");
    private static final PipelineContext CONTEXT = new PipelineContext("pr", "ci", "uid-p", "pipe");

    static ParamSpec param(String name, ParamValue fallback) {
        return new ParamSpec(name, fallback.type(), "", Optional.of(fallback), Map.of(), List.of());
    }

    static PipelineSpec spec(List<ParamSpec> params, String raw) {
        return new PipelineSpec("", "", params, List.of(), List.of(), List.of(), List.of(), Yaml.map(raw));
    }

    static final List<ParamSpec> DECLARED = List.of(ParamSpec.string("url"),
            param("registry", ParamValue.of("gcr.io")),
            param("image", ParamValue.of("$(params.registry)/$(params.url):$(params.tag)")),
            param("tag", ParamValue.of("v1")),
            param("args", ParamValue.of(List.of("--image=$(params.image)", "-x"))),
            param("conf", ParamValue.of(Map.of("host", "$(params.registry)"))));

    static final List<Param> GIVEN = List.of(new Param("url", ParamValue.of("app-$(params.tag)")),
            new Param("list", ParamValue.of(List.of("a", "b"))));

    static Stream<Arguments> params() {
        return Stream.of(
                Arguments.of("defaults resolve through other params; given values are not expanded again",
                        "tasks: [{name: t, params: [{name: i, value: \"$(params.image)\"}, {name: u, value: \"$(params.url)\"}]}]",
                        "tasks: [{name: t, params: [{name: i, value: \"gcr.io/app-$(params.tag):v1\"},"
                                + " {name: u, value: \"app-$(params.tag)\"}]}]"),
                Arguments.of("a whole array or object reference changes the param's shape",
                        "tasks: [{name: t, params: [{name: a, value: \"$(params.args[*])\"}, {name: l, value: [\"$(params.list[*])\", z]},"
                                + " {name: c, value: \"$(params.conf[*])\"}, {name: h, value: \"$(params.conf.host)\"}]}]",
                        "tasks: [{name: t, params: [{name: a, value: [\"--image=gcr.io/app-$(params.tag):v1\", \"-x\"]},"
                                + " {name: l, value: [a, b, z]}, {name: c, value: {host: gcr.io}}, {name: h, value: gcr.io}]}]"),
                Arguments.of("when, matrix, taskRef, workspaces subPath, displayName, onError, finally",
                        "tasks: [{name: t, displayName: \"build $(params.tag) $(context.pipelineRun.name)\", onError: \"$(params.tag)\","
                                + " when: [{input: \"$(params.tag)\", operator: in, values: [\"$(params.list[*])\"]}],"
                                + " taskRef: {name: \"task-$(params.tag)\", kind: \"$(params.tag)\"},"
                                + " workspaces: [{name: w, workspace: ws, subPath: \"$(params.tag)\"}]}]\n"
                                + "finally: [{name: f, matrix: {params: [{name: m, value: [\"$(params.list[*])\"]}]},"
                                + " displayName: \"$(params.tag)\", params: [{name: r, value: \"$(context.pipelineTask.retries)\"}], retries: 2}]",
                        "tasks: [{name: t, displayName: \"build v1 pr\", onError: v1,"
                                + " when: [{input: v1, operator: in, values: [a, b]}],"
                                + " taskRef: {name: \"task-v1\", kind: \"$(params.tag)\"},"
                                + " workspaces: [{name: w, workspace: ws, subPath: v1}]}]\n"
                                + "finally: [{name: f, matrix: {params: [{name: m, value: [a, b]}]},"
                                + " displayName: \"$(params.tag)\", params: [{name: r, value: \"2\"}], retries: 2}]"),
                Arguments.of("embedded taskSpec sees pipeline params; the task's own params win",
                        "tasks: [{name: t, params: [{name: tag, value: mine}], taskSpec: {params: [{name: tag}],"
                                + " steps: [{image: \"$(params.registry)\", script: \"$(params.tag) $(params.url) $(context.pipeline.name)\"}]}}]",
                        "tasks: [{name: t, params: [{name: tag, value: mine}], taskSpec: {params: [{name: tag}],"
                                + " steps: [{image: gcr.io, script: \"mine app-$(params.tag) pipe\"}]}}]"),
                Arguments.of("the run's value wins over an embedded taskSpec's default",
                        "tasks: [{name: t, taskSpec: {params: [{name: tag, default: dflt}], steps: [{script: \"$(params.tag)\"}]}}]",
                        "tasks: [{name: t, taskSpec: {params: [{name: tag, default: dflt}], steps: [{script: v1}]}}]"),
                Arguments.of("an object passed in part keeps the pipeline's other keys",
                        "tasks: [{name: t, params: [{name: conf, value: {port: \"80\"}}], taskSpec: {steps: [{args:"
                                + " [\"$(params.conf.host)\", \"$(params.conf.port)\"]}]}}]",
                        "tasks: [{name: t, params: [{name: conf, value: {port: \"80\"}}], taskSpec: {steps: [{args:"
                                + " [gcr.io, \"80\"]}]}}]"),
                Arguments.of("a when input that is a whole array becomes its JSON text; cel is a string",
                        "tasks: [{name: t, when: [{input: \"$(params.list[*])\", operator: in, values: [\"[\\\"a\\\",\\\"b\\\"]\"]},"
                                + " {cel: \"'$(params.tag)' == 'v1'\"}]}]",
                        "tasks: [{name: t, when: [{input: \"[\\\"a\\\",\\\"b\\\"]\", operator: in, values: [\"[\\\"a\\\",\\\"b\\\"]\"]},"
                                + " {cel: \"'v1' == 'v1'\"}]}]"),
                Arguments.of("unknown variables stay",
                        "tasks: [{name: t, params: [{name: x, value: \"$(params.nope) $(tasks.a.results.r)\"}]}]",
                        "tasks: [{name: t, params: [{name: x, value: \"$(params.nope) $(tasks.a.results.r)\"}]}]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("params")
    void applyParamsToTree_substitutesAsTekton(String name, String in, String out) {
        Result<MapNode> result = PipelineSubstitution.applyParamsToTree(spec(DECLARED, in), GIVEN, CONTEXT, OWNER);
        assertThat(result.issues()).isEmpty();
        assertThat(Yaml.write(result.value())).isEqualTo(Yaml.normal(out));
    }

    static Stream<Arguments> defaultErrors() {
        return Stream.of(
                Arguments.of(List.of(param("a", ParamValue.of("$(params.b)")), param("b", ParamValue.of("$(params.a)"))),
                        "cycle"),
                Arguments.of(List.of(param("a", ParamValue.of("$(params.ghost)"))), "$(params.ghost), which is not a param"),
                Arguments.of(chain(Substitution.MAX_DEPTH + 2), "more than 10 defaults"));
    }

    static List<ParamSpec> chain(int length) {
        List<ParamSpec> specs = new java.util.ArrayList<>();
        for (int i = 0; i < length; i++) {
            specs.add(param("p" + i, ParamValue.of(i == length - 1 ? "end" : "$(params.p" + (i + 1) + ")")));
        }
        return specs;
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("defaultErrors")
    void applyParamsToTree_reportsDefaultsThatCannotResolve(List<ParamSpec> declared, String message) {
        Result<MapNode> result = PipelineSubstitution.applyParamsToTree(spec(declared, "tasks: []"), List.of(), CONTEXT, OWNER);
        assertThat(result.errors()).extracting(Issue::message).singleElement().asString().contains(message);
    }

    @Test
    void applyParamsToTree_followsAChainWithinTheBound() {
        Result<MapNode> result = PipelineSubstitution.applyParamsToTree(spec(chain(Substitution.MAX_DEPTH),
                "tasks: [{name: t, params: [{name: x, value: \"$(params.p0)\"}]}]"), List.of(), CONTEXT, OWNER);
        assertThat(Yaml.write(result.value())).contains("value: end");
    }

    @Test
    void applyParamsToTree_checksRunParams() {
        Result<MapNode> result = PipelineSubstitution.applyParamsToTree(spec(DECLARED, "tasks: []"), List.of(), CONTEXT, OWNER);
        assertThat(result.errors()).singleElement().satisfies(issue -> {
            assertThat(issue.message()).contains("param \"url\" of pipeline has no default");
            assertThat(issue.location().field()).hasToString("spec.params");
        });
    }

    @Test
    void applyWorkspacesToTree_tellsBoundFromUnbound() {
        PipelineSpec spec = new PipelineSpec("", "", List.of(), List.of(
                new dev.windlass.pipelines.model.WorkspaceDeclaration("src", "", "", false, false),
                new dev.windlass.pipelines.model.WorkspaceDeclaration("cache", "", "", false, true)),
                List.of(), List.of(), List.of(), Yaml.map("tasks: [{name: t, when: [{input: \"$(workspaces.cache.bound)\","
                        + " operator: in, values: [\"true\"]}], params: [{name: s, value: \"$(workspaces.src.bound)\"}]}]"));
        Result<MapNode> out = PipelineSubstitution.applyWorkspacesToTree(spec, java.util.Set.of("src"), OWNER);
        assertThat(Yaml.write(out.value())).isEqualTo(Yaml.normal("tasks: [{name: t, when: [{input: \"false\","
                + " operator: in, values: [\"true\"]}], params: [{name: s, value: \"true\"}]}]"));
    }

    static final Map<String, Map<String, ParamValue>> RESULTS = Map.of("build", Map.of(
            "digest", ParamValue.of("sha256:1"), "files", ParamValue.of(List.of("a", "b")),
            "meta", ParamValue.of(ordered("url", "u", "rev", "r"))));

    static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }

    static Stream<Arguments> results() {
        return Stream.of(
                Arguments.of("params: [{name: d, value: \"$(tasks.build.results.digest)\"}, {name: f, value: \"$(tasks.build.results.files[*])\"},"
                                + " {name: one, value: \"$(tasks.build.results.files[1])\"}, {name: m, value: \"$(tasks.build.results.meta[*])\"},"
                                + " {name: k, value: \"$(tasks.build.results.meta.url)\"}]",
                        "params: [{name: d, value: \"sha256:1\"}, {name: f, value: [a, b]}, {name: one, value: b},"
                                + " {name: m, value: {url: u, rev: r}}, {name: k, value: u}]"),
                Arguments.of("when: [{input: \"$(tasks.build.results.digest)\", operator: in, values: [\"$(tasks.build.results.files[*])\"]}]",
                        "when: [{input: \"sha256:1\", operator: in, values: [a, b]}]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("results")
    void applyResultsToTree_substitutesEveryShape(String in, String out) {
        Result<MapNode> result = PipelineSubstitution.applyResultsToTree(Yaml.map("name: t\n" + in), RESULTS, OWNER,
                FieldPath.of("spec", "tasks").index(0));
        assertThat(result.issues()).isEmpty();
        assertThat(Yaml.write(result.value())).isEqualTo(Yaml.normal("name: t\n" + out));
    }

    static Stream<Arguments> resultErrors() {
        return Stream.of(
                Arguments.of("$(tasks.test.results.x)", "task \"test\" did not produce result \"x\""),
                Arguments.of("$(tasks.build.results.nope)", "did not produce result \"nope\""),
                Arguments.of("$(tasks.build.results.meta.nokey)", "has no key \"nokey\""),
                Arguments.of("$(tasks.build.results.files[5])", "out of range"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("resultErrors")
    void applyResultsToTree_reportsResultsNotProduced(String reference, String message) {
        Result<MapNode> result = PipelineSubstitution.applyResultsToTree(
                Yaml.map("name: t\nparams: [{name: p, value: \"" + reference + "\"}]"), RESULTS, OWNER,
                FieldPath.of("spec", "tasks").index(0));
        assertThat(result.errors()).singleElement().satisfies(issue -> {
            assertThat(issue.message()).contains(message);
            assertThat(issue.location().field()).hasToString("spec.tasks[0].params");
        });
    }

    @Test
    void applyStatusesToTree_substitutesTaskAndAggregateStatus() {
        MapNode out = PipelineSubstitution.applyStatusesToTree(Yaml.map("name: f\nparams: [{name: s, value: \"$(tasks.build.status)"
                + " $(tasks.status) $(tasks.build.reason) $(tasks.test.results.x)\"}]\nwhen: [{input: \"$(tasks.build.status)\", operator: in, values: [Failed]}]"),
                Map.of("build", "Failed"), Map.of("build", "TaskRunTimeout"), "Failed");
        assertThat(Yaml.write(out)).isEqualTo(Yaml.normal("name: f\nparams: [{name: s, value: \"Failed Failed TaskRunTimeout $(tasks.test.results.x)\"}]\n"
                + "when: [{input: Failed, operator: in, values: [Failed]}]"));
    }

    static ResultSpec result(String name, ParamValue value) {
        return new ResultSpec(name, value.type(), "", Map.of(), Optional.of(value));
    }

    @Test
    void pipelineResults_computesShapesAndLeavesOutMissingOnes() {
        Result<Map<String, ParamValue>> out = PipelineSubstitution.pipelineResults(List.of(
                result("d", ParamValue.of("digest=$(tasks.build.results.digest)")),
                result("files", ParamValue.of("$(tasks.build.results.files[*])")),
                result("meta", ParamValue.of("$(tasks.build.results.meta[*])")),
                result("pair", ParamValue.of(List.of("$(tasks.build.results.files[0])", "$(finally.build.results.digest)"))),
                result("obj", ParamValue.of(Map.of("u", "$(tasks.build.results.meta.url)"))),
                result("gone", ParamValue.of("$(tasks.skipped.results.x)"))), RESULTS, OWNER);
        assertThat(out.value()).containsExactly(
                Map.entry("d", ParamValue.of("digest=sha256:1")),
                Map.entry("files", ParamValue.of(List.of("a", "b"))),
                Map.entry("meta", ParamValue.of(Map.of("url", "u", "rev", "r"))),
                Map.entry("pair", ParamValue.of(List.of("a", "sha256:1"))),
                Map.entry("obj", ParamValue.of(Map.of("u", "u"))));
        assertThat(out.errors()).isEmpty();
        assertThat(out.warnings()).singleElement().satisfies(issue -> {
            assertThat(issue.message()).contains("pipeline result \"gone\" is left out");
            assertThat(issue.location().field()).hasToString("spec.results[5]");
        });
    }
}
