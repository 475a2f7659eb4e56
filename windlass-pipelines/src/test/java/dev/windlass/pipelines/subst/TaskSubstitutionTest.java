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
import dev.windlass.pipelines.model.ResultSpec;
import dev.windlass.pipelines.model.TaskSpec;
import dev.windlass.pipelines.model.WorkspaceDeclaration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TaskSubstitutionTest {

    private static final KubeObject OWNER = Yaml.owner("TaskRun", "build-run");
    private static final FieldPath PARAMS_AT = FieldPath.of("spec", "params");
    private static final FieldPath SPEC_AT = FieldPath.of("spec", "taskSpec");

    private static final List<ParamSpec> DECLARED = List.of(
            ParamSpec.string("url"),
            param("rev", ParamType.STRING, ParamValue.of("main")),
            param("flags", ParamType.ARRAY, ParamValue.of(List.of("-v"))),
            param("image", ParamType.STRING, ParamValue.of("alpine:$(params.rev)")),
            new ParamSpec("repo", ParamType.OBJECT, "", Optional.of(ParamValue.of(Map.of("host", "gh", "org", "t"))),
                    Map.of("host", ParamType.STRING, "org", ParamType.STRING), List.of()),
            new ParamSpec("mode", ParamType.STRING, "", Optional.of(ParamValue.of("fast")), Map.of(),
                    List.of("fast", "slow")));

    private static final TaskContext CONTEXT = new TaskContext(
            new TaskContext.RunNames("build-run", "ci", "uid-1", "build", "pr", "ci", "uid-p", "pipe", "build"),
            Map.of("src", new TaskContext.WorkspacePath("/ws/src", "claim-1", "vol-src")),
            "/tekton/results", "/tekton/steps", "/tekton/creds", 2);

    static ParamSpec param(String name, ParamType type, ParamValue fallback) {
        return new ParamSpec(name, type, "", Optional.of(fallback), Map.of(), List.of());
    }

    static TaskSpec spec(String raw) {
        return new TaskSpec("", "", DECLARED, List.of(ResultSpec.string("digest")),
                List.of(new WorkspaceDeclaration("src", "", "", false, false),
                        new WorkspaceDeclaration("cache", "", "", false, true)),
                List.of(), List.of(), Optional.empty(), List.of(), Yaml.map(raw));
    }

    static Result<MapNode> run(String raw, List<Param> params) {
        return TaskSubstitution.applyToTree(spec(raw), params, CONTEXT, OWNER, PARAMS_AT, SPEC_AT);
    }

    static final List<Param> GIVEN = List.of(new Param("url", ParamValue.of("https://git")),
            new Param("flags", ParamValue.of(List.of("-a", "-b"))),
            new Param("extra", ParamValue.of("ignored-but-known")));

    static Stream<Arguments> trees() {
        return Stream.of(
                Arguments.of("params (given, default, array expansion, index)",
                        "steps: [{name: s, image: \"$(params.image)\", args: [\"$(params.flags[*])\", \"$(params.url)\","
                                + " \"$(params.flags[1])\"], env: [{name: R, value: \"$(params.rev)\"}]}]",
                        "steps: [{name: s, image: \"alpine:main\", args: [\"-a\", \"-b\", \"https://git\", \"-b\"],"
                                + " env: [{name: R, value: main}]}]"),
                Arguments.of("object keys from the default, given params not declared",
                        "steps: [{script: \"$(params.repo.host)/$(params.repo.org) $(params.extra)\"}]",
                        "steps: [{script: \"gh/t ignored-but-known\"}]"),
                Arguments.of("context",
                        "steps: [{name: \"$(context.task.name)\", script: \"$(context.taskRun.name) $(context.taskRun.namespace)"
                                + " $(context.taskRun.uid) $(context.task.retry-count) $(context.pipelineRun.name)\"}]",
                        "steps: [{name: build, script: \"build-run ci uid-1 2 $(context.pipelineRun.name)\"}]"),
                Arguments.of("workspaces: bound and unbound optional",
                        "steps: [{script: \"$(workspaces.src.path) $(workspaces.src.bound) $(workspaces.src.claim)"
                                + " $(workspaces.src.volume) [$(workspaces.cache.path)] $(workspaces.cache.bound)\"}]",
                        "steps: [{script: \"/ws/src true claim-1 vol-src [] false\"}]"),
                Arguments.of("results, step results, exit codes, credentials",
                        "steps: [{name: a, results: [{name: out}], script: \"$(results.digest.path) $(results['digest'].path)"
                                + " $(step.results.out.path)\"}, {script: \"$(steps.step-a.exitCode.path)"
                                + " $(credentials.path) $(step.results.out.path)\"}]",
                        "steps: [{name: a, results: [{name: out}], script: \"/tekton/results/digest /tekton/results/digest"
                                + " /tekton/steps/step-a/results/out\"}, {script: \"/tekton/steps/step-a/exitCode"
                                + " /tekton/creds $(step.results.out.path)\"}]"),
                Arguments.of("sidecars, stepTemplate, volumes, workspace mountPath; declarations untouched",
                        "params: [{name: url, description: \"$(params.rev)\"}]\n"
                                + "sidecars: [{image: \"$(params.image)\"}]\nstepTemplate: {workingDir: \"$(params.rev)\"}\n"
                                + "volumes: [{name: v, configMap: {name: \"$(params.rev)\"}}]\n"
                                + "workspaces: [{name: src, mountPath: \"/m/$(params.rev)\"}]",
                        "params: [{name: url, description: \"$(params.rev)\"}]\n"
                                + "sidecars: [{image: \"alpine:main\"}]\nstepTemplate: {workingDir: main}\n"
                                + "volumes: [{name: v, configMap: {name: main}}]\n"
                                + "workspaces: [{name: src, mountPath: \"/m/main\"}]"),
                Arguments.of("a step's ref and results are not substituted",
                        "steps: [{name: \"$(params.rev)\", ref: {name: \"$(params.rev)\"}, params: [{name: p, value: \"$(params.rev)\"}]}]",
                        "steps: [{name: main, ref: {name: \"$(params.rev)\"}, params: [{name: p, value: main}]}]"),
                Arguments.of("a param value is not substituted again by params, but later passes see it",
                        "steps: [{script: \"$(params.url)\"}]", "steps: [{script: \"$(params.rev) /ws/src\"}]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trees")
    void applyToTree_substitutesAsTekton(String name, String in, String out) {
        List<Param> given = name.startsWith("a param value")
                ? List.of(new Param("url", ParamValue.of("$(params.rev) $(workspaces.src.path)"))) : GIVEN;
        Result<MapNode> result = run(in, given);
        assertThat(result.issues()).isEmpty();
        assertThat(Yaml.write(result.value())).isEqualTo(Yaml.normal(out));
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of(List.of(), "param \"url\" of task has no default", "spec.params"),
                Arguments.of(List.of(new Param("url", ParamValue.of(List.of("a")))),
                        "declared string but given an array", "spec.params[0]"),
                Arguments.of(List.of(new Param("url", ParamValue.of("u")), new Param("mode", ParamValue.of("medium"))),
                        "\"medium\", which is not in its enum [fast, slow]", "spec.params[1]"),
                Arguments.of(List.of(new Param("url", ParamValue.of("u")), new Param("rev", ParamValue.of(Map.of("a", "b")))),
                        "declared string but given an object", "spec.params[1]"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("errors")
    void applyToTree_reportsParamProblems(List<Param> given, String message, String field) {
        Result<MapNode> result = run("steps: []", given);
        assertThat(result.errors()).singleElement().satisfies(issue -> {
            assertThat(issue.message()).contains(message);
            assertThat(issue.location().field()).hasToString(field);
        });
    }

    @Test
    void applyToTree_reportsMissingObjectKeys() {
        TaskSpec spec = new TaskSpec("", "", List.of(new ParamSpec("o", ParamType.OBJECT, "", Optional.empty(),
                Map.of("a", ParamType.STRING, "b", ParamType.STRING), List.of())), List.of(), List.of(), List.of(),
                List.of(), Optional.empty(), List.of(), Yaml.map("steps: []"));
        Result<MapNode> result = TaskSubstitution.applyToTree(spec, List.of(new Param("o", ParamValue.of(Map.of("a", "1")))),
                CONTEXT, OWNER, PARAMS_AT, SPEC_AT);
        assertThat(result.errors()).extracting(Issue::message).singleElement().asString()
                .contains("lacks the declared properties [b]");
    }

    @Test
    void applyToTree_mergesAGivenObjectWithItsDefault() {
        Result<MapNode> result = run("steps: [{script: \"$(params.repo.host)/$(params.repo.org)\"}]",
                List.of(new Param("url", ParamValue.of("u")), new Param("repo", ParamValue.of(Map.of("org", "mine")))));
        assertThat(Yaml.write(result.value())).isEqualTo(Yaml.normal("steps: [{script: gh/mine}]"));
    }

    @Test
    void applyToTree_substitutesTheV1alpha1SpellingOfStringParams() {
        Result<MapNode> result = run("steps: [{script: \"echo $(inputs.params.url)\"}]",
                List.of(new Param("url", ParamValue.of("u"))));
        assertThat(Yaml.write(result.value())).isEqualTo(Yaml.normal("steps: [{script: echo u}]"));
    }

    @Test
    void applyToTree_locatesAnArrayUsedInsideAString() {
        Result<MapNode> result = run("steps: [{name: a}, {name: b, script: \"echo $(params.flags[*])\"}]", GIVEN);
        assertThat(result.errors()).singleElement().satisfies(issue -> {
            assertThat(issue.location().field()).hasToString("spec.taskSpec.steps[1].script");
            assertThat(issue.message()).contains("is an array");
        });
    }

    @Test
    void applyToTree_requiresNonOptionalWorkspaces() {
        TaskContext none = new TaskContext(CONTEXT.names(), Map.of(), "/r", "/s", "/c", 0);
        Result<MapNode> result = TaskSubstitution.applyToTree(spec("steps: []"), GIVEN, none, OWNER, PARAMS_AT, SPEC_AT);
        assertThat(result.errors()).extracting(Issue::message).singleElement().asString()
                .contains("workspace \"src\" is required but not bound");
    }

    @Test
    void specAt_findsTheEmbeddedTaskSpecBesideTheParams() {
        KubeObject embedded = KubeObject.of(Yaml.map("apiVersion: tekton.dev/v1\nkind: TaskRun\nmetadata: {name: r}\n"
                + "spec: {params: [], taskSpec: {steps: []}}"));
        assertThat(TaskSubstitution.specAt(embedded, PARAMS_AT)).hasToString("spec.taskSpec");
        assertThat(TaskSubstitution.specAt(OWNER, PARAMS_AT)).hasToString("spec");
        assertThat(TaskSubstitution.specAt(OWNER, FieldPath.root())).isEqualTo(FieldPath.root());
    }

    @Test
    void stepResults_substituteEveryShape() {
        Replacements table = TaskSubstitution.stepResults(Map.of("a", Map.of(
                "s", ParamValue.of("x"), "arr", ParamValue.of(List.of("1", "2")), "o", ParamValue.of(Map.of("k", "v")))));
        MapNode step = Yaml.map("args: [\"$(steps.a.results.arr[*])\", \"$(steps.a.results.s)\","
                + " \"$(steps.a.results.arr[0])\", \"$(steps.a.results.o.k)\"]");
        assertThat(Yaml.write(Substitution.apply(step, table))).isEqualTo(Yaml.normal("args: [\"1\", \"2\", x, \"1\", v]"));
    }
}
