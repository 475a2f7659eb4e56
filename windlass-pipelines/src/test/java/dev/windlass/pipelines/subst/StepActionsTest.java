package dev.windlass.pipelines.subst;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import dev.windlass.pipelines.model.OnError;
import dev.windlass.pipelines.model.ParamSpec;
import dev.windlass.pipelines.model.ParamType;
import dev.windlass.pipelines.model.ParamValue;
import dev.windlass.pipelines.model.Step;
import dev.windlass.pipelines.model.StepAction;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StepActionsTest {

    private static final KubeObject OWNER = Yaml.owner("TaskRun", "run");
    private static final FieldPath AT = FieldPath.of("spec", "taskSpec");

    static StepAction action(String name, List<ParamSpec> params, String body) {
        MapNode container = Yaml.map(body);
        Step step = new Step(name, "", List.of(), List.of(), "", "", List.of(), OnError.STOP_AND_FAIL, Optional.empty(),
                Optional.empty(), List.of(), List.of(), container);
        return new StepAction(Yaml.owner("StepAction", name), step, params, List.of());
    }

    static final StepAction GREET = action("greet", List.of(ParamSpec.string("who"),
            new ParamSpec("greeting", ParamType.STRING, "", Optional.of(ParamValue.of("hello")), Map.of(), List.of()),
            new ParamSpec("line", ParamType.STRING, "", Optional.of(ParamValue.of("$(params.greeting), $(params.who)")),
                    Map.of(), List.of())),
            "params: [{name: who}]\nimage: alpine\nenv: [{name: LINE, value: \"$(params.line)\"}]\n"
                    + "args: [\"$(params.who)\", \"$(params.task)\"]\nscript: echo \"$LINE\"\nresults: [{name: out}]");

    static final StepAction FORWARD = action("forward", List.of(
            new ParamSpec("arr", ParamType.ARRAY, "", Optional.empty(), Map.of(), List.of()),
            ParamSpec.string("str"),
            new ParamSpec("obj", ParamType.OBJECT, "", Optional.empty(), Map.of("url", ParamType.STRING), List.of())),
            "image: bash\nargs: [\"$(params.arr[*])\", \"$(params.arr[0])\", \"$(params.obj.url)\"]\n"
                    + "env: [{name: S, value: \"$(params.str)\"}]");

    static final StepActions.Lookup LOOKUP = name -> Stream.of(GREET, FORWARD)
            .filter(action -> action.name().equals(name)).findFirst();

    static Stream<Arguments> inlined() {
        return Stream.of(
                Arguments.of("params, defaults and defaults that reference params; the step keeps its name and fields",
                        "steps: [{name: a, image: ubuntu}, {name: say, ref: {name: greet}, onError: continue,"
                                + " params: [{name: who, value: \"$(params.user)\"}]}]",
                        "steps: [{name: a, image: ubuntu}, {name: say, image: alpine, args: [\"$(params.user)\", \"$(params.task)\"],"
                                + " script: \"echo \\\"$LINE\\\"\", env: [{name: LINE, value: \"hello, $(params.user)\"}],"
                                + " results: [{name: out}], onError: continue}]"),
                Arguments.of("a whole step result is forwarded element by element and key by key",
                        "steps: [{name: f, ref: {name: forward}, params: [{name: arr, value: \"$(steps.s.results.list[*])\"},"
                                + " {name: str, value: \"$(steps.s.results.one)\"}, {name: obj, value: \"$(steps.s.results.o[*])\"}]}]",
                        "steps: [{name: f, image: bash, args: [\"$(steps.s.results.list[*])\", \"$(steps.s.results.list[0])\","
                                + " \"$(steps.s.results.o.url)\"], env: [{name: S, value: \"$(steps.s.results.one)\"}]}]"),
                Arguments.of("without refs the spec is unchanged",
                        "steps: [{name: a, image: \"$(params.x)\"}]", "steps: [{name: a, image: \"$(params.x)\"}]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inlined")
    void inlineTree_replacesRefStepsByTheirStepAction(String name, String in, String out) {
        Result<MapNode> result = StepActions.inlineTree(Yaml.map(in), LOOKUP, OWNER, AT);
        assertThat(result.issues()).isEmpty();
        assertThat(Yaml.write(result.value())).isEqualTo(Yaml.normal(out));
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("steps: [{name: s, ref: {name: nope}}]", "StepAction \"nope\" was not found", "spec.taskSpec.steps[0].ref"),
                Arguments.of("steps: [{name: s, ref: {name: greet}}]", "param \"who\" of StepAction \"greet\" has no default",
                        "spec.taskSpec.steps[0].params"),
                Arguments.of("steps: [{name: s, ref: {name: greet}, params: [{name: who, value: x}, {name: extra, value: y}]}]",
                        "param \"extra\" is not declared by StepAction \"greet\"", "spec.taskSpec.steps[0].params[1]"),
                Arguments.of("steps: [{name: s, ref: {name: greet}, image: ubuntu, params: [{name: who, value: x}]}]",
                        "image cannot be used with ref", "spec.taskSpec.steps[0].image"),
                Arguments.of("steps: [{name: s, ref: {resolver: git}}]", "resolver refs", "spec.taskSpec.steps[0].ref"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("errors")
    void inlineTree_reportsWhatCannotBeInlined(String in, String message, String field) {
        Result<MapNode> result = StepActions.inlineTree(Yaml.map(in), LOOKUP, OWNER, AT);
        assertThat(result.errors()).singleElement().satisfies(issue -> {
            assertThat(issue.message()).contains(message);
            assertThat(issue.location().field()).hasToString(field);
        });
    }

    @Test
    void inlineTree_reportsACycleInStepActionDefaults() {
        StepAction cyclic = action("cyclic", List.of(
                new ParamSpec("a", ParamType.STRING, "", Optional.of(ParamValue.of("$(params.b)")), Map.of(), List.of()),
                new ParamSpec("b", ParamType.STRING, "", Optional.of(ParamValue.of("$(params.a)")), Map.of(), List.of())),
                "image: x");
        Result<MapNode> result = StepActions.inlineTree(Yaml.map("steps: [{ref: {name: cyclic}}]"),
                name -> Optional.of(cyclic), OWNER, AT);
        assertThat(result.errors()).extracting(Issue::message).singleElement().asString().contains("cycle");
    }
}
