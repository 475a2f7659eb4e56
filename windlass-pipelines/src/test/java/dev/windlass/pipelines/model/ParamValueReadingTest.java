package dev.windlass.pipelines.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ParamValueReadingTest {

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of("plain", ParamValue.of("plain")),
                Arguments.of("\"quoted\"", ParamValue.of("quoted")),
                Arguments.of("42", ParamValue.of("42")),
                Arguments.of("true", ParamValue.of("true")),
                Arguments.of("1.5", ParamValue.of("1.5")),
                Arguments.of("\"\"", ParamValue.of("")),
                Arguments.of("[a, 2, false]", ParamValue.of(List.of("a", "2", "false"))),
                Arguments.of("[]", ParamValue.of(List.<String>of())),
                Arguments.of("{b: x, a: 1}", ParamValue.of(Map.of("b", "x", "a", "1"))));
    }

    @ParameterizedTest
    @MethodSource("values")
    void paramValue_readsShapeFromYaml(String yaml, ParamValue expected) {
        TaskRun run = TektonReader.taskRun(TektonYaml.object("""
                apiVersion: tekton.dev/v1
                kind: TaskRun
                metadata: {name: tr}
                spec:
                  taskRef: {name: t}
                  params:
                    - name: p
                      value: %s
                """.formatted(yaml))).value();

        assertThat(run.spec().params().get(0).value()).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void paramValue_objectKeepsWrittenOrder() {
        TaskRun run = TektonReader.taskRun(TektonYaml.object("""
                apiVersion: tekton.dev/v1
                kind: TaskRun
                metadata: {name: tr}
                spec:
                  taskRef: {name: t}
                  params: [{name: p, value: {b: x, a: y, c: z}}]
                """)).value();

        ParamValue.Obj read = (ParamValue.Obj) run.spec().params().get(0).value();
        assertThat(read.values().keySet()).containsExactly("b", "a", "c");
    }
}
