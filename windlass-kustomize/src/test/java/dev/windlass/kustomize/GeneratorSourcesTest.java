package dev.windlass.kustomize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GeneratorSourcesTest {

    static Stream<Arguments> quotes() {
        return Stream.of(
                Arguments.of("\"quoted\"", "quoted"),
                Arguments.of("'single'", "single"),
                Arguments.of("\"unbalanced'", "\"unbalanced'"),
                Arguments.of("\"", "\""),
                Arguments.of("\"\"", ""),
                Arguments.of("xvaluex", "xvaluex"),
                Arguments.of("\"in\"side\"", "in\"side"));
    }

    @ParameterizedTest
    @MethodSource("quotes")
    void unquote_dropsOneMatchingPairOfQuotes(String value, String unquoted) {
        assertThat(GeneratorSources.unquote(value)).isEqualTo(unquoted);
    }

    @Test
    void baseName_isGoPathBase() {
        assertThat(GeneratorSources.baseName("dir/sub/file.txt")).isEqualTo("file.txt");
        assertThat(GeneratorSources.baseName("file.txt")).isEqualTo("file.txt");
        assertThat(GeneratorSources.baseName("dir/")).isEqualTo("dir");
        assertThat(GeneratorSources.baseName("")).isEqualTo(".");
    }

    @Test
    void base64_wrapsAt70CharactersOnceThatLong() {
        assertThat(Generators.base64("v".getBytes())).isEqualTo("dg==");
        assertThat(Generators.base64(new byte[51])).hasSize(68).doesNotContain("\n");
        assertThat(Generators.base64(new byte[54])).isEqualTo("A".repeat(70) + "\n" + "AA\n");
        assertThat(Generators.base64(new byte[60])).isEqualTo("A".repeat(70) + "\n" + "A".repeat(10) + "\n");
    }
}
