package dev.windlass.pipelines.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each Tekton validation rule, with the field path the issue names and what its message says. */
class ValidationRulesTest {

    static String task(String spec) {
        return "apiVersion: tekton.dev/v1\nkind: Task\nmetadata: {name: t}\nspec:\n" + spec.indent(2);
    }

    static String pipeline(String spec) {
        return "apiVersion: tekton.dev/v1\nkind: Pipeline\nmetadata: {name: p}\nspec:\n" + spec.indent(2);
    }

    static String pipelineRun(String spec) {
        return "apiVersion: tekton.dev/v1\nkind: PipelineRun\nmetadata: {name: pr}\nspec:\n" + spec.indent(2);
    }

    static String taskRun(String spec) {
        return "apiVersion: tekton.dev/v1\nkind: TaskRun\nmetadata: {name: tr}\nspec:\n" + spec.indent(2);
    }

    private static final String STEP = "steps: [{name: s, image: alpine}]\n";

    static Stream<Arguments> rules() {
        return Stream.of(taskRules(), pipelineRules(), pipelineTaskRules(), runRules(), objectRules()).flatMap(rows -> rows);
    }

    static Stream<Arguments> taskRules() {
        return Stream.of(
                row("step name must be a DNS label", task("steps: [{name: Bad_Name, image: alpine}]"),
                        "spec.steps[0].name", "must be a valid DNS Label"),
                row("step names are unique", task("steps: [{name: s, image: a}, {name: s, image: b}]"),
                        "spec.steps[1].name", "step name \"s\" must be unique"),
                row("step needs an image", task("steps: [{name: s, script: echo}]"),
                        "spec.steps[0].image", "missing field(s): image"),
                row("script and command are exclusive", task("steps: [{name: s, image: a, script: x, command: [sh]}]"),
                        "spec.steps[0].script", "script cannot be used with command"),
                row("onError values", task("steps: [{name: s, image: a, onError: ignore}]"),
                        "spec.steps[0].onError", "onError must be \"continue\" or \"stopAndFail\""),
                row("step with ref takes no image", task("steps: [{name: s, image: a, ref: {name: act}}]"),
                        "spec.steps[0].image", "image cannot be used with Ref"),
                row("step params need a ref", task("steps: [{name: s, image: a, params: [{name: x, value: y}]}]"),
                        "spec.steps[0].params", "params cannot be used without Ref"),
                row("step timeout parses", task("steps: [{name: s, image: a, timeout: 5 minutes}]"),
                        "spec.steps[0].timeout", "is not a duration"),
                row("step timeout not negative", task("steps: [{name: s, image: a, timeout: -1s}]"),
                        "spec.steps[0].timeout", "negative timeout"),
                row("a task needs steps", task("description: nothing"), "spec.steps", "missing field(s): steps"),
                row("param names are unique", task("params: [{name: a}, {name: a}]\n" + STEP),
                        "spec.params[1].name", "param name \"a\" must be unique"),
                row("param name format", task("params: [{name: 1a}]\n" + STEP),
                        "spec.params[0].name", "invalid param name \"1a\""),
                row("default matches type", task("params: [{name: a, type: array, default: x}]\n" + STEP),
                        "spec.params[0].default", "\"array\" type does not match default value's type: \"string\""),
                row("string default for a list", task("params: [{name: a, type: string, default: [x]}]\n" + STEP),
                        "spec.params[0].default", "\"string\" type does not match default value's type: \"array\""),
                row("unknown param type", task("params: [{name: a, type: number}]\n" + STEP),
                        "spec.params[0].type", "a type must be string, array or object"),
                row("object params need properties", task("params: [{name: a, type: object}]\n" + STEP),
                        "spec.params[0].properties", "missing field(s): a.properties"),
                row("enum holds the default", task("params: [{name: a, enum: [x, y], default: z}]\n" + STEP),
                        "spec.params[0].default", "param default value z not in the enum list"),
                row("enum only for strings", task("params: [{name: a, type: array, enum: [x]}]\n" + STEP),
                        "spec.params[0].enum", "enum can only be set with string type param"),
                row("enum values are unique", task("params: [{name: a, enum: [x, x]}]\n" + STEP),
                        "spec.params[0].enum[1]", "parameter enum value x appears more than once"),
                row("result names are unique", task("results: [{name: r}, {name: r}]\n" + STEP),
                        "spec.results[1].name", "result name \"r\" must be unique"),
                row("result name format", task("results: [{name: -r}]\n" + STEP),
                        "spec.results[0].name", "invalid key name \"-r\""),
                row("workspace names are unique", task("workspaces: [{name: w}, {name: w}]\n" + STEP),
                        "spec.workspaces[1].name", "workspace name \"w\" must be unique"),
                row("workspace mount paths are unique",
                        task("workspaces: [{name: a, mountPath: /x}, {name: b, mountPath: /x}]\n" + STEP),
                        "spec.workspaces[1].mountPath", "workspace mount path \"/x\" must be unique"),
                row("v1beta1 task resources are unsupported", task(STEP + "resources: {inputs: []}")
                                .replace("tekton.dev/v1\n", "tekton.dev/v1beta1\n"),
                        "spec.resources", "PipelineResources"));
    }

    static Stream<Arguments> pipelineRules() {
        return Stream.of(
                row("pipeline task name is a DNS label", pipeline("tasks: [{name: Build, taskRef: {name: b}}]"),
                        "spec.tasks[0].name", "Pipeline Task name must be a valid DNS Label"),
                row("pipeline task names are unique across finally",
                        pipeline("tasks: [{name: a, taskRef: {name: b}}]\nfinally: [{name: a, taskRef: {name: b}}]"),
                        "spec.finally[0].name", "pipeline task name \"a\" is also used at spec.tasks[0]"),
                row("taskRef or taskSpec, not neither", pipeline("tasks: [{name: a}]"),
                        "spec.tasks[0]", "expected exactly one, got neither: taskRef, taskSpec"),
                row("taskRef or taskSpec, not both",
                        pipeline("tasks: [{name: a, taskRef: {name: b}, taskSpec: {" + STEP.trim() + "}}]"),
                        "spec.tasks[0]", "expected exactly one, got multiple: taskRef, taskSpec"),
                row("embedded task spec is validated", pipeline("tasks: [{name: a, taskSpec: {steps: [{name: s}]}}]"),
                        "spec.tasks[0].taskSpec.steps[0].image", "missing field(s): image"),
                row("runAfter names a task", pipeline("tasks: [{name: a, taskRef: {name: b}, runAfter: [nope]}]"),
                        "spec.tasks[0].runAfter[0]", "task a depends on nope but nope wasn't present in Pipeline"),
                row("runAfter itself is a cycle", pipeline("tasks: [{name: a, taskRef: {name: b}, runAfter: [a]}]"),
                        "spec.tasks[0]", "cycle detected; task \"a\" depends on \"a\""),
                row("cycles through results", pipeline("""
                        tasks:
                          - {name: a, taskRef: {name: t}, runAfter: [b]}
                          - {name: b, taskRef: {name: t}, params: [{name: x, value: $(tasks.a.results.r)}]}
                        """), "spec.tasks[0]", "cycle detected; task \"a\" depends on \"b\""),
                row("results of unknown tasks", pipeline(
                        "tasks: [{name: a, taskRef: {name: t}, params: [{name: x, value: $(tasks.z.results.r)}]}]"),
                        "spec.tasks[0].params[0].value", "z wasn't present in Pipeline"),
                row("finally tasks have no runAfter", pipeline("""
                        tasks: [{name: a, taskRef: {name: t}}]
                        finally: [{name: f, taskRef: {name: t}, runAfter: [a]}]
                        """), "spec.finally[0].runAfter", "no runAfter allowed under spec.finally"),
                row("finally reads no finally results", pipeline("""
                        tasks: [{name: a, taskRef: {name: t}}]
                        finally:
                          - {name: f, taskRef: {name: t}}
                          - {name: g, taskRef: {name: t}, params: [{name: x, value: $(tasks.f.results.r)}]}
                        """), "spec.finally[1].params[0].value", "result reference from a final task f"),
                row("finally needs tasks", pipeline("finally: [{name: f, taskRef: {name: t}}]"),
                        "spec.finally", "spec.tasks is empty but spec.finally has 1 tasks"));
    }

    static Stream<Arguments> pipelineTaskRules() {
        return Stream.of(
                row("when needs values", pipeline("""
                        tasks: [{name: a, taskRef: {name: t}, when: [{input: x, operator: in, values: []}]}]
                        """), "spec.tasks[0].when[0].values", "expecting non-empty values field"),
                row("when operator is in or notin", pipeline("""
                        tasks: [{name: a, taskRef: {name: t}, when: [{input: x, operator: eq, values: [x]}]}]
                        """), "spec.tasks[0].when[0].operator", "operator \"eq\" is not recognized"),
                row("when cel stands alone", pipeline("""
                        tasks: [{name: a, taskRef: {name: t}, when: [{cel: "1 == 1", input: x}]}]
                        """), "spec.tasks[0].when[0]", "cel and input+operator+values cannot be set"),
                row("when cel compiles", pipeline("""
                        tasks: [{name: a, taskRef: {name: t}, when: [{cel: "$(params.x) == 'y'"}]}]
                        """), "spec.tasks[0].when[0].cel", "invalid cel expression"),
                row("matrix fans out to at most 256", pipeline("""
                        tasks:
                          - name: a
                            taskRef: {name: t}
                            matrix:
                              params:
                                - {name: x, value: [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q]}
                                - {name: y, value: [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p]}
                        """), "spec.tasks[0].matrix", "expected 0 <= 272 <= 256"),
                row("matrix params are arrays", pipeline("""
                        tasks: [{name: a, taskRef: {name: t}, matrix: {params: [{name: p, value: one}]}}]
                        """), "spec.tasks[0].matrix.params[0].value", "matrix param \"p\" must be an array"),
                row("matrix params are not also params", pipeline("""
                        tasks:
                          - name: a
                            taskRef: {name: t}
                            params: [{name: p, value: x}]
                            matrix: {params: [{name: p, value: [x, y]}]}
                        """), "spec.tasks[0].params[0]", "expected exactly one, got both: matrix[p], params[p]"),
                row("retries are not negative", pipeline("tasks: [{name: a, taskRef: {name: t}, retries: -1}]"),
                        "spec.tasks[0].retries", "-1 should be >= 0"),
                row("pipeline task timeout parses", pipeline("tasks: [{name: a, taskRef: {name: t}, timeout: 1day}]"),
                        "spec.tasks[0].timeout", "\"1day\" is not a duration"),
                row("pipeline task params are unique", pipeline(
                        "tasks: [{name: a, taskRef: {name: t}, params: [{name: x, value: 1}, {name: x, value: 2}]}]"),
                        "spec.tasks[0].params[1].name", "parameter names must be unique"),
                row("pipeline task onError", pipeline("tasks: [{name: a, taskRef: {name: t}, onError: skip}]"),
                        "spec.tasks[0].onError", "PipelineTask OnError must be either"),
                row("pipeline task workspaces are declared", pipeline(
                        "tasks: [{name: a, taskRef: {name: t}, workspaces: [{name: src, workspace: shared}]}]"),
                        "spec.tasks[0].workspaces[0]", "expects workspace with name \"shared\" but none exists"),
                row("pipeline results name tasks", pipeline("""
                        tasks: [{name: a, taskRef: {name: t}}]
                        results: [{name: r, value: $(tasks.z.results.r)}]
                        """), "spec.results[0].value", "referencing a nonexistent task z"),
                row("pipeline results are expressions", pipeline("""
                        tasks: [{name: a, taskRef: {name: t}}]
                        results: [{name: r, value: fixed}]
                        """), "spec.results[0].value", "no expressions were found"),
                row("v1beta1 pipeline task resources", pipeline(
                        "tasks: [{name: a, taskRef: {name: t}, resources: {inputs: []}}]")
                                .replace("tekton.dev/v1\n", "tekton.dev/v1beta1\n"),
                        "spec.tasks[0].resources", "PipelineResources"));
    }

    static Stream<Arguments> runRules() {
        return Stream.of(
                row("pipelineRun needs a pipeline", pipelineRun("params: []"),
                        "spec", "expected exactly one, got neither: pipelineRef, pipelineSpec"),
                row("pipelineRun takes one pipeline", pipelineRun(
                        "pipelineRef: {name: p}\npipelineSpec: {tasks: [{name: a, taskRef: {name: t}}]}"),
                        "spec.pipelineSpec", "expected exactly one, got both: pipelineRef, pipelineSpec"),
                row("pipelineRun timeouts add up", pipelineRun(
                        "pipelineRef: {name: p}\ntimeouts: {pipeline: 1h, tasks: 45m, finally: 30m}"),
                        "spec.timeouts.tasks", "45m0s + 30m0s should be <= pipeline duration"),
                row("pipelineRun tasks timeout within pipeline", pipelineRun(
                        "pipelineRef: {name: p}\ntimeouts: {pipeline: 1h, tasks: 2h}"),
                        "spec.timeouts.tasks", "2h0m0s should be <= pipeline duration"),
                row("pipelineRun tasks timeout within the default", pipelineRun(
                        "pipelineRef: {name: p}\ntimeouts: {tasks: 2h}"),
                        "spec.timeouts.tasks", "should be <= default timeout duration"),
                row("pipelineRun timeout not negative", pipelineRun(
                        "pipelineRef: {name: p}\ntimeouts: {pipeline: -1h}"),
                        "spec.timeouts.pipeline", "-1h0m0s should be >= 0"),
                row("pipelineRun timeout parses", pipelineRun("pipelineRef: {name: p}\ntimeouts: {pipeline: soon}"),
                        "spec.timeouts.pipeline", "\"soon\" is not a duration"),
                row("pipelineRun status values", pipelineRun("pipelineRef: {name: p}\nstatus: Stopped"),
                        "spec.status", "spec.status must be one of"),
                row("workspace binding needs one source", pipelineRun(
                        "pipelineRef: {name: p}\nworkspaces: [{name: w}]"),
                        "spec.workspaces[0]", "expected exactly one, got neither"),
                row("workspace binding takes one source", pipelineRun(
                        "pipelineRef: {name: p}\nworkspaces: [{name: w, emptyDir: {}, secret: {secretName: s}}]"),
                        "spec.workspaces[0]", "expected exactly one, got both: emptyDir, secret"),
                row("workspace binding claim name", pipelineRun(
                        "pipelineRef: {name: p}\nworkspaces: [{name: w, persistentVolumeClaim: {}}]"),
                        "spec.workspaces[0].persistentVolumeClaim.claimName", "missing field(s)"),
                row("workspace bindings are unique", pipelineRun(
                        "pipelineRef: {name: p}\nworkspaces: [{name: w, emptyDir: {}}, {name: w, emptyDir: {}}]"),
                        "spec.workspaces[1].name", "workspace name \"w\" must be unique"),
                row("run params are unique", pipelineRun(
                        "pipelineRef: {name: p}\nparams: [{name: a, value: x}, {name: a, value: y}]"),
                        "spec.params[1].name", "parameter names must be unique"),
                row("v1beta1 run resources", pipelineRun("pipelineRef: {name: p}\nresources: []")
                                .replace("tekton.dev/v1\n", "tekton.dev/v1beta1\n"),
                        "spec.resources", "PipelineResources"),
                row("taskRun needs a task", taskRun("params: []"),
                        "spec", "expected exactly one, got neither: taskRef, taskSpec"),
                row("taskRun retries", taskRun("taskRef: {name: t}\nretries: -2"), "spec.retries", "-2 should be >= 0"),
                row("taskRun status", taskRun("taskRef: {name: t}\nstatus: Cancelled"),
                        "spec.status", "may only be TaskRunCancelled"),
                row("taskRun statusMessage needs status", taskRun("taskRef: {name: t}\nstatusMessage: why"),
                        "spec.statusMessage", "statusMessage should not be set if status is not set"),
                row("taskRun timeout not negative", taskRun("taskRef: {name: t}\ntimeout: -5m"),
                        "spec.timeout", "-5m0s should be >= 0"),
                row("v1beta1 taskRun resources", taskRun("taskRef: {name: t}\nresources: {inputs: []}")
                                .replace("tekton.dev/v1\n", "tekton.dev/v1beta1\n"),
                        "spec.resources", "PipelineResources"));
    }

    static Stream<Arguments> objectRules() {
        return Stream.of(
                row("step action needs an image", """
                        apiVersion: tekton.dev/v1beta1
                        kind: StepAction
                        metadata: {name: a}
                        spec: {script: echo}
                        """, "spec.image", "missing field(s): image"),
                row("steps use declared params", task("params: [{name: a}]\nsteps: [{name: s, image: a, args: [$(params.b)]}]"),
                        "spec.steps[0].args[0]", "non-existent variable in \"$(params.b)\""),
                row("pipeline tasks use declared params", pipeline(
                        "tasks: [{name: a, taskRef: {name: t}, params: [{name: x, value: \"$(params['nope'])\"}]}]"),
                        "spec.tasks[0].params[0].value", "param \"nope\" is not declared"),
                row("object names are DNS subdomains", task(STEP).replace("name: t}", "name: My_Task}"),
                        "metadata.name", "invalid resource name \"My_Task\""),
                row("objects are named", task(STEP).replace("metadata: {name: t}", "metadata: {labels: {}}"),
                        "metadata.name", "missing field(s): metadata.name"),
                row("ref needs a name", pipeline("tasks: [{name: a, taskRef: {kind: Task}}]"),
                        "spec.tasks[0].taskRef.name", "missing field(s): name"),
                row("ref name or resolver params", pipeline(
                        "tasks: [{name: a, taskRef: {name: x, resolver: git, params: [{name: url, value: u}]}}]"),
                        "spec.tasks[0].taskRef.name", "expected exactly one, got both: name, params"),
                row("resolver params need a resolver", pipelineRun(
                        "pipelineRef: {params: [{name: url, value: u}]}"),
                        "spec.pipelineRef.resolver", "missing field(s): resolver"),
                row("ref names are qualified names", taskRun("taskRef: {name: \"bad name\"}"),
                        "spec.taskRef.name", "invalid value: bad name"),
                row("wrong kind", "apiVersion: tekton.dev/v2\nkind: Task\nmetadata: {name: t}\nspec: {" + STEP.trim()
                        + "}\n", "kind", "expected a Task of tekton.dev/v1 or tekton.dev/v1beta1"));
    }

    private static Arguments row(String rule, String yaml, String path, String message) {
        return Arguments.of(rule, yaml, path, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void rule_isReportedAtItsField(String rule, String yaml, String path, String message) {
        Result<?> result = read(TektonYaml.object(yaml));

        assertThat(result.errors()).as(rule).anySatisfy(issue -> {
            assertThat(issue.location().fieldPath()).map(Object::toString).contains(path);
            assertThat(issue.message()).contains(message);
            assertThat(issue.format()).startsWith("test.yaml:").contains(" " + path + ": error: ");
        });
    }

    @Test
    void wellFormedObjects_haveNoIssues() {
        String yaml = String.join("---\n", List.of(
                task("params: [{name: a, enum: [x, y], default: x}]\nresults: [{name: r}]\n"
                        + "steps: [{name: s, image: alpine, args: [$(params.a), '$(params[\"a\"])']}]"),
                pipeline("""
                        params: [{name: p}]
                        workspaces: [{name: shared}]
                        tasks:
                          - {name: a, taskRef: {name: t}, workspaces: [{name: src, workspace: shared}]}
                          - name: b
                            taskRef: {name: t}
                            params: [{name: x, value: $(tasks.a.results.r)}]
                            when: [{input: $(params.p), operator: in, values: [y]}, {cel: "'$(params.p)' == 'y'"}]
                            matrix: {params: [{name: m, value: [1, 2]}]}
                        finally:
                          - {name: f, taskRef: {name: t}, params: [{name: y, value: $(tasks.b.results.r)}]}
                        results: [{name: r, value: $(tasks.a.results.r)}]
                        """),
                pipelineRun("pipelineRef: {name: p}\ntimeouts: {pipeline: 0, tasks: 2h}\n"
                        + "workspaces: [{name: shared, persistentVolumeClaim: {claimName: c}}]"),
                taskRun("taskRef: {name: t}\nretries: 1\ntimeout: 10m")));

        Result<TektonCatalog> result = TektonCatalog.of(TektonYaml.objects("ok.yaml", yaml));

        assertThat(result.issues()).isEmpty();
    }

    @Test
    void unknownFields_areWarningsAndKept() {
        KubeObject object = TektonYaml.object(pipeline("tasks: [{name: a, taskRef: {name: t}, colour: blue}]"));

        Result<Pipeline> result = TektonReader.pipeline(object);

        assertThat(result.hasErrors()).isFalse();
        assertThat(result.warnings()).extracting(Issue::format)
                .containsExactly("test.yaml:5:41: Pipeline.tekton.dev/p spec.tasks[0].colour: warning: unknown field \"colour\" is kept but"
                        + " not understood by Windlass; check its spelling against the tekton.dev/v1 API");
        assertThat(result.value().spec().tasks().get(0).raw().getText("colour")).contains("blue");
    }

    private static Result<?> read(KubeObject object) {
        switch (object.kind()) {
            case "Task":
            case "ClusterTask":
                return TektonReader.task(object);
            case "Pipeline":
                return TektonReader.pipeline(object);
            case "PipelineRun":
                return TektonReader.pipelineRun(object);
            case "TaskRun":
                return TektonReader.taskRun(object);
            default:
                return TektonReader.stepAction(object);
        }
    }
}
