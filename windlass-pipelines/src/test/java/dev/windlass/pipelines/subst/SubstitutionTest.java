package dev.windlass.pipelines.subst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.pipelines.model.ParamValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class SubstitutionTest {

    private static final Replacements TABLE = table();

    private static Replacements table() {
        Map<String, String> obj = new LinkedHashMap<>();
        obj.put("url", "https://example.com");
        obj.put("rev", "main");
        return Replacements.builder()
                .param("params", "name", ParamValue.of("world"))
                .param("params", "dotted.name", ParamValue.of("dot"))
                .param("params", "flags", ParamValue.of(List.of("-a", "-b")))
                .param("params", "repo", ParamValue.of(obj))
                .param("params", "tricky", ParamValue.of("$(params.name)"))
                .string("context.taskRun.name", "run-1")
                .build();
    }

    static Stream<Arguments> strings() {
        return Stream.of(
                Arguments.of("hello $(params.name)", "hello world"),
                Arguments.of("hello $(params[\"name\"])", "hello world"),
                Arguments.of("hello $(params['name'])", "hello world"),
                Arguments.of("$(params['dotted.name'])", "dot"),
                Arguments.of("$(params.flags[1])", "-b"),
                Arguments.of("$(params[\"flags\"][0])", "-a"),
                Arguments.of("$(params.repo.url)@$(params.repo.rev)", "https://example.com@main"),
                Arguments.of("$(params.unknown) stays", "$(params.unknown) stays"),
                Arguments.of("$(params.repo.nokey)", "$(params.repo.nokey)"),
                Arguments.of("$(context.taskRun.name)-$(params.name)", "run-1-world"),
                Arguments.of("$(params.tricky)", "$(params.name)"),
                Arguments.of("$$(params.name)", "$world"),
                Arguments.of("$(outer $(params.name))", "$(outer world)"),
                Arguments.of("no variables", "no variables"),
                Arguments.of("unclosed $(params.name", "unclosed $(params.name"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("strings")
    void apply_substitutesStringsOnce(String in, String out) {
        assertThat(Substitution.apply(in, TABLE)).isEqualTo(out);
    }

    static Stream<Arguments> stringErrors() {
        return Stream.of(
                Arguments.of("echo $(params.flags[*])", "is an array"),
                Arguments.of("echo $(params.flags)", "is an array"),
                Arguments.of("echo $(params.repo[*])", "is an object"),
                Arguments.of("$(params.flags[2])", "out of range: params.flags has 2 elements"),
                Arguments.of("$(params['flags'][99999999999])", "out of range"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stringErrors")
    void apply_rejectsWholeArraysAndObjectsInStrings(String in, String message) {
        assertThatThrownBy(() -> Substitution.apply(in, TABLE))
                .isInstanceOf(SubstitutionException.class)
                .hasMessageContaining(message);
    }

    static Stream<Arguments> trees() {
        return Stream.of(
                Arguments.of("args: [\"$(params.flags[*])\", x, \"$(params.name)\"]",
                        "args: [\"-a\", \"-b\", x, world]"),
                Arguments.of("args: [\"$(params.flags)\"]", "args: [\"-a\", \"-b\"]"),
                Arguments.of("args: [\"$(params['flags'][*])\"]", "args: [\"-a\", \"-b\"]"),
                Arguments.of("value: $(params.repo[*])", "value: {url: \"https://example.com\", rev: main}"),
                Arguments.of("value: $(params.flags[*])", "value: [\"-a\", \"-b\"]"),
                Arguments.of("$(params.name): $(params.name)", "$(params.name): world"),
                Arguments.of("env: [{name: A, value: \"$(params.repo.rev)\"}]", "env: [{name: A, value: main}]"),
                Arguments.of("n: 3\nb: true\ns: $(params.tricky)", "n: 3\nb: true\ns: $(params.name)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trees")
    void apply_expandsWholeReferencesInTrees(String in, String out) {
        assertThat(Yaml.write(Substitution.apply(Yaml.read(in), TABLE))).isEqualTo(Yaml.normal(out));
    }

    @Test
    void apply_rejectsAnArrayInsideAStringOfATree() {
        assertThatThrownBy(() -> Substitution.apply(Yaml.read("script: echo $(params.flags[*])"), TABLE))
                .isInstanceOf(SubstitutionException.class);
    }

    @Test
    void replacements_removeForgetsEverySpellingAndForm() {
        Replacements less = TABLE.toBuilder().remove("params", "repo").remove("params", "flags").build();
        assertThat(Substitution.apply("$(params.repo.url) $(params['flags'][0])", less))
                .isEqualTo("$(params.repo.url) $(params['flags'][0])");
        assertThat(Substitution.apply("$(params.name)", less)).isEqualTo("world");
    }
}
