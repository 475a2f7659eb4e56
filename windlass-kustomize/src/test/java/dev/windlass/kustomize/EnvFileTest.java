package dev.windlass.kustomize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class EnvFileTest {

    private static List<Map.Entry<String, String>> parse(String text) throws EnvFile.InvalidLine {
        return EnvFile.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    static Stream<Arguments> lines() {
        return Stream.of(
                Arguments.of("A=1\n", List.of(Map.entry("A", "1"))),
                Arguments.of("# comment\n\n   \nA=1", List.of(Map.entry("A", "1"))),
                Arguments.of("KEY\n", List.of(Map.entry("KEY", ""))),
                Arguments.of("  B = 2 \n", List.of(Map.entry("B ", " 2 "))),
                Arguments.of("D=x=y\n", List.of(Map.entry("D", "x=y"))),
                Arguments.of("E=\"quoted\"\n", List.of(Map.entry("E", "\"quoted\""))),
                Arguments.of("A=1\r\nB=2\r\n", List.of(Map.entry("A", "1"), Map.entry("B", "2"))),
                Arguments.of("\uFEFFA=1\n\uFEFFB=2\n", List.of(Map.entry("A", "1"), Map.entry("\uFEFFB", "2"))),
                Arguments.of("=novalue\n", List.of()),
                Arguments.of("\t\u00A0  #x=1\n", List.of()));
    }

    @ParameterizedTest
    @MethodSource("lines")
    void parse_readsLinesAsKustomizeDoes(String text, List<Map.Entry<String, String>> pairs) throws Exception {
        assertThat(parse(text)).containsExactlyElementsOf(pairs);
    }

    @Test
    void parse_refusesALineThatIsNotUtf8NamingIt() {
        byte[] content = {'A', '=', '1', '\n', 'B', '=', (byte) 0xC3, '\n'};

        assertThatThrownBy(() -> EnvFile.parse(content)).isInstanceOf(EnvFile.InvalidLine.class)
                .hasMessage("line 2 has invalid UTF-8 bytes");
    }
}
