package dev.windlass.pipelines.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.pipelines.model.ParamType;
import dev.windlass.pipelines.model.ParamValue;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table tests of the executor's small parts: path rewriting, expansion, durations, result parsing. */
class LocalPartsTest {

    private static final RunDirectory DIR = new RunDirectory(Path.of("/runs/tr"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/workspace/source/f|/runs/tr/workspace/source/f",
        "cd /workspace && ls|cd /runs/tr/workspace && ls",
        "cat /tekton/results/x|cat /runs/tr/results/x",
        "HOME=/tekton/home|HOME=/runs/tr/home",
        "/workspaces/other|/workspaces/other",
        "/home/me/workspace/x|/home/me/workspace/x",
        "/tektonic|/tektonic",
        "$(workspaces.s.path)|$(workspaces.s.path)",
        "\"/workspace\"|\"/runs/tr/workspace\"",
    })
    void rewrite_replacesTektonsContainerPathsOnly(String text, String expected) {
        assertThat(DIR.rewrite(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "$(A)-$(B)|x-$(B)",
        "$$(A)|$(A)",
        "cost $5|cost $5",
        "$(A|$(A",
        "end$|end$",
    })
    void expand_replacesDefinedVariablesOnly(String text, String expected) {
        assertThat(EnvExpansion.expand(text, Map.of("A", "x"))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"PT1H,1h0m0s", "PT1M30S,1m30s", "PT30S,30s", "PT0.5S,500ms", "PT1.5S,1.5s", "PT0S,0s"})
    void goDuration_printsAsGoDoes(String iso, String expected) {
        assertThat(GoDurations.format(Duration.parse(iso))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ARRAY|[\"a\",\"b\"]|ARRAY",
        "ARRAY|[1,2]|STRING",
        "ARRAY|not json|STRING",
        "OBJECT|{\"k\":\"v\"}|OBJECT",
        "OBJECT|{\"k\":1}|STRING",
        "STRING|[\"a\"]|STRING",
    })
    void parse_givesTheShapeTektonWould(ParamType declared, String text, ParamType expected) {
        assertThat(ResultValues.parse(text, declared).type()).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void parse_unquotesAJsonStringForAStructuredResult() {
        assertThat(ResultValues.parse("\"plain\"", ParamType.ARRAY)).isEqualTo(ParamValue.of("plain"));
        assertThat(ResultValues.parse("[\"a\"]\n", ParamType.ARRAY)).isEqualTo(ParamValue.of(List.of("a")));
    }
}
