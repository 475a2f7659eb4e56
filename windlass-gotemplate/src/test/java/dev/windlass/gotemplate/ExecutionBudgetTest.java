package dev.windlass.gotemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Depth, time and output budgets, including executions nested through functions (Helm's include). */
class ExecutionBudgetTest {

    private static TemplateOptions limits(int depth, Duration time, long output) {
        return TemplateOptions.defaults().withLimits(depth, time, output);
    }

    /** A set with an {@code include NAME DATA} function that executes another template of the set. */
    private static TemplateSet withInclude(TemplateOptions options) {
        TemplateSet[] holder = new TemplateSet[1];
        holder[0] = new TemplateSet(options).addFuncs(Map.of("include", GoFunc.of("include", a -> {
            try {
                return holder[0].execute((String) a[0], a[1]);
            } catch (TemplateException e) {
                throw new GoFunctionException(e.getMessage(), e);
            }
        }, GoType.STRING, GoType.ANY)));
        return holder[0];
    }

    @Test
    void depth_recursiveTemplateStopsWithGoMessage() throws Exception {
        TemplateSet set = new TemplateSet(limits(5, Duration.ofSeconds(30), 1000));
        set.parse("t", "{{define \"r\"}}{{template \"r\" .}}{{end}}{{template \"r\" .}}");
        assertThatThrownBy(() -> set.execute("t", null)).hasMessage(
                "template: t:1:25: executing \"r\" at <{{template \"r\" .}}>: exceeded maximum template depth (5)");
    }

    @Test
    void depth_allowsCallsUpToTheLimit() throws Exception {
        TemplateSet set = new TemplateSet(limits(3, Duration.ofSeconds(30), 1000));
        set.parse("t", "{{define \"a\"}}a{{template \"b\"}}{{end}}{{define \"b\"}}b{{template \"c\"}}{{end}}"
                + "{{define \"c\"}}c{{end}}{{template \"a\"}}");
        assertThat(set.execute("t", null)).isEqualTo("abc");
    }

    @Test
    void depth_defaultLimitStopsUnboundedRecursion() throws Exception {
        TemplateSet set = new TemplateSet(TemplateOptions.defaults());
        set.parse("t", "{{define \"r\"}}{{template \"r\" .}}{{end}}{{template \"r\" .}}");
        assertThatThrownBy(() -> set.execute("t", null)).hasMessageEndingWith(
                "exceeded maximum template depth (100000)");
    }

    @Test
    void depth_nestedExecutionsShareTheDepth() throws Exception {
        TemplateSet set = withInclude(limits(10, Duration.ofSeconds(30), 1000));
        set.parse("a", "{{include \"a\" .}}");
        assertThatThrownBy(() -> set.execute("a", null)).hasMessageStartingWith(
                "template: a:1:2: executing \"a\" at <include \"a\" .>: error calling include: ")
                .hasMessageEndingWith("exceeded maximum template depth (10)");
    }

    @Test
    void output_stopsAtTheLimit() throws Exception {
        TemplateSet set = new TemplateSet(limits(100, Duration.ofSeconds(30), 10));
        set.parse("t", "{{range 100}}x{{end}}");
        assertThatThrownBy(() -> set.execute("t", null)).hasMessage(
                "template: t:1:13: executing \"t\" at <x>: template output exceeded the limit of 10 characters");
    }

    @Test
    void output_nestedExecutionsShareTheLimit() throws Exception {
        TemplateSet set = withInclude(limits(100, Duration.ofSeconds(30), 50));
        set.parse("inner", "{{range 8}}x{{end}}");
        set.parse("outer", "{{range 10}}{{include \"inner\" .}}{{end}}");
        assertThatThrownBy(() -> set.execute("outer", null)).hasMessageContaining(
                "template output exceeded the limit of 50 characters");
    }

    @Test
    void time_stopsWhenTheBudgetIsSpent() throws Exception {
        TemplateSet set = new TemplateSet(limits(100, Duration.ofMillis(-1), 1000));
        set.parse("t", "{{range 5}}x{{end}}");
        assertThatThrownBy(() -> set.execute("t", null)).hasMessageContaining(
                "template execution exceeded the time limit of");
    }

    @Test
    void budget_isReleasedAfterEachTopLevelExecution() throws Exception {
        TemplateSet set = new TemplateSet(limits(100, Duration.ofSeconds(30), 5));
        set.parse("t", "xxxx");
        assertThat(set.execute("t", null)).isEqualTo("xxxx");
        assertThat(set.execute("t", null)).isEqualTo("xxxx");
        assertThat(Budget.current()).isNull();
    }

    @Test
    void nested_executionsSeeTheirOwnDotAndVariables() throws Exception {
        TemplateSet set = withInclude(TemplateOptions.defaults());
        set.parse("inner", "[{{.}}]");
        set.parse("outer", "{{$x := 1}}{{include \"inner\" \"in\"}}{{$x}}{{.}}");
        assertThat(set.execute("outer", "out")).isEqualTo("[in]1out");
    }
}
