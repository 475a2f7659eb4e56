package dev.windlass.gotemplate;

import static dev.windlass.gotemplate.TemplateCase.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** TemplateSet behaviour beyond single templates: options, sets of templates, copies, errors' parts. */
class TemplateSetTest {

    private static TemplateSet set(TemplateOptions options) {
        return new TemplateSet("gotpl", options).addFuncs(TestObjects.funcs());
    }

    @Test
    void delims_customDelimitersReplaceBraces() throws Exception {
        TemplateSet set = set(TemplateOptions.defaults().withDelims("[[", "]]"));
        set.parse("t", "[[ .s ]] {{.s}} [[- \" x\" -]] !");
        assertThat(set.execute("t", map("s", "v"))).isEqualTo("v {{.s}} x!");
    }

    @Test
    void delims_commentWithCustomDelimiters() throws Exception {
        TemplateSet set = set(TemplateOptions.defaults().withDelims("<<", ">>"));
        set.parse("t", "a<</* c */>>b");
        assertThat(set.execute("t", map())).isEqualTo("ab");
    }

    @Test
    void missingKeyZero_missingKeyIsNilAndPrintsNoValue() throws Exception {
        TemplateSet set = set(TemplateOptions.defaults().withMissingKey(MissingKey.ZERO));
        set.parse("t", "{{.a}} {{isNil .a}} {{typeOf .a}}");
        assertThat(set.execute("t", map())).isEqualTo("<no value> true <nil>");
    }

    @Test
    void missingKeyZero_fieldOfMissingKeyIsNilPointerError() throws Exception {
        TemplateSet set = set(TemplateOptions.defaults().withMissingKey(MissingKey.ZERO));
        set.parse("t", "{{.a.b}}");
        assertThatThrownBy(() -> set.execute("t", map())).hasMessage(
                "template: t:1:4: executing \"t\" at <.a.b>: nil pointer evaluating interface {}.b");
    }

    @Test
    void missingKeyZero_stringParameterGetsInterfaceNil() throws Exception {
        TemplateSet set = set(TemplateOptions.defaults().withMissingKey(MissingKey.ZERO));
        set.parse("t", "{{printLen .a}}");
        assertThatThrownBy(() -> set.execute("t", map())).hasMessage(
                "template: t:1:11: executing \"t\" at <.a>: wrong type for value; expected string; got interface {}");
    }

    @Test
    void missingKeyError_missingKeyStopsExecution() throws Exception {
        TemplateSet set = set(TemplateOptions.defaults().withMissingKey(MissingKey.ERROR));
        set.parse("t", "{{.present}}{{.a}}");
        assertThatThrownBy(() -> set.execute("t", map("present", 1))).hasMessage(
                "template: t:1:14: executing \"t\" at <.a>: map has no entry for key \"a\"");
    }

    @Test
    void missingKeyError_fieldOfNilDataIsError() throws Exception {
        TemplateSet set = set(TemplateOptions.defaults().withMissingKey(MissingKey.ERROR));
        set.parse("t", "{{.missing}}");
        assertThatThrownBy(() -> set.execute("t", null)).hasMessage(
                "template: t:1:2: executing \"t\" at <.missing>: nil data; no entry for key \"missing\"");
    }

    @Test
    void parse_emptyBodyDoesNotReplaceExistingTemplate() throws Exception {
        TemplateSet set = set(TemplateOptions.defaults());
        set.parse("a", "{{define \"x\"}}X{{end}}");
        set.parse("b", "{{define \"x\"}}  {{/* nothing */}}\n{{end}}");
        set.parse("main", "{{template \"x\"}}");
        assertThat(set.execute("main", null)).isEqualTo("X");
    }

    @Test
    void parse_nonEmptyBodyReplacesExistingTemplate() throws Exception {
        TemplateSet set = set(TemplateOptions.defaults());
        set.parse("a", "{{define \"x\"}}X{{end}}");
        set.parse("b", "{{define \"x\"}}Y{{end}}");
        set.parse("main", "{{template \"x\"}}");
        assertThat(set.execute("main", null)).isEqualTo("Y");
    }

    @Test
    void parse_whitespaceOnlyFileIsStillDefined() throws Exception {
        TemplateSet set = set(TemplateOptions.defaults());
        set.parse("helpers", "{{define \"h\"}}H{{end}}\n");
        assertThat(set.has("helpers")).isTrue();
        assertThat(set.names()).containsExactlyInAnyOrder("helpers", "h");
        assertThat(set.execute("helpers", null)).isEqualTo("\n");
    }

    @Test
    void parse_failedParseAddsNothing() {
        TemplateSet set = set(TemplateOptions.defaults());
        assertThatThrownBy(() -> set.parse("bad", "{{define \"ok\"}}x{{end}}{{if}}")).isInstanceOf(
                TemplateException.class);
        assertThat(set.names()).isEmpty();
    }

    @Test
    void parse_errorPartsAreKept() {
        TemplateSet set = set(TemplateOptions.defaults());
        assertThatThrownBy(() -> set.parse("file.yaml", "x\n{{ foo }}")).isInstanceOfSatisfying(
                TemplateException.class, e -> {
                    assertThat(e.phase()).isEqualTo(TemplateException.Phase.PARSE);
                    assertThat(e.templateName()).isEqualTo("file.yaml");
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.detail()).isEqualTo("function \"foo\" not defined");
                });
    }

    @Test
    void execute_errorPartsAreKept() throws Exception {
        TemplateSet set = set(TemplateOptions.defaults());
        set.parse("file.yaml", "{{define \"d\"}}\n\n  {{fail \"x\"}}{{end}}{{template \"d\"}}");
        assertThatThrownBy(() -> set.execute("file.yaml", null)).isInstanceOfSatisfying(TemplateException.class,
                e -> {
                    assertThat(e.getMessage()).isEqualTo(
                            "template: file.yaml:3:4: executing \"d\" at <fail \"x\">: error calling fail: x");
                    assertThat(e.phase()).isEqualTo(TemplateException.Phase.EXEC);
                    assertThat(e.templateName()).isEqualTo("file.yaml");
                    assertThat(e.executing()).isEqualTo("d");
                    assertThat(e.node()).isEqualTo("fail \"x\"");
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(4);
                    assertThat(e.detail()).isEqualTo("error calling fail: x");
                });
    }

    @Test
    void execute_columnCountsBytes() throws Exception {
        TemplateSet set = set(TemplateOptions.defaults());
        set.parse("t", "é{{.a.b}}");
        assertThatThrownBy(() -> set.execute("t", map("a", null))).hasMessage(
                "template: t:1:6: executing \"t\" at <.a.b>: nil pointer evaluating interface {}.b");
    }

    @Test
    void execute_columnZeroIsPrinted() throws Exception {
        TemplateSet set = set(TemplateOptions.defaults());
        set.parse("t", "{{printLen\n.n}}");
        assertThatThrownBy(() -> set.execute("t", map("n", 1))).hasMessage(
                "template: t:2:0: executing \"t\" at <.n>: wrong type for value; expected string; got int");
    }

    @Test
    void execute_unknownTemplateNamesTheSet() {
        TemplateSet set = set(TemplateOptions.defaults());
        assertThatThrownBy(() -> set.execute("nope", null)).hasMessage(
                "template: no template \"nope\" associated with template \"gotpl\"");
    }

    @Test
    void execute_partialOutputIsWrittenBeforeAnError() throws Exception {
        TemplateSet set = set(TemplateOptions.defaults());
        set.parse("t", "before {{fail \"x\"}} after");
        StringBuilder out = new StringBuilder();
        assertThatThrownBy(() -> set.execute("t", null, out)).isInstanceOf(TemplateException.class);
        assertThat(out).hasToString("before ");
    }

    @Test
    void copy_parsesIntoTheCopyOnly() throws Exception {
        TemplateSet set = set(TemplateOptions.defaults());
        set.parse("a", "A");
        TemplateSet copy = set.copy();
        copy.parse("b", "{{template \"a\"}}B");
        copy.parse("a", "A2");
        assertThat(copy.execute("b", null)).isEqualTo("A2B");
        assertThat(set.has("b")).isFalse();
        assertThat(set.execute("a", null)).isEqualTo("A");
    }

    @Test
    void addFuncs_userFunctionOverridesBuiltin() throws Exception {
        TemplateSet set = new TemplateSet(TemplateOptions.defaults())
                .addFuncs(Map.of("len", GoFunc.of("len", a -> "mine", GoType.ANY)));
        set.parse("t", "{{len .}}");
        assertThat(set.execute("t", "abc")).isEqualTo("mine");
    }

    @Test
    void addFuncs_functionNamedBreakDisablesTheKeyword() throws Exception {
        TemplateSet set = new TemplateSet(TemplateOptions.defaults())
                .addFuncs(Map.of("break", GoFunc.of("break", a -> "fn")));
        set.parse("t", "{{break}}");
        assertThat(set.execute("t", null)).isEqualTo("fn");
    }

    @Test
    void execute_concurrentExecutionsDoNotShareState() throws Exception {
        TemplateSet set = set(TemplateOptions.defaults());
        set.parse("t", "{{range $i := .}}{{$i}}{{end}}");
        Thread[] threads = new Thread[4];
        String[] results = new String[4];
        for (int t = 0; t < threads.length; t++) {
            int id = t;
            threads[t] = new Thread(() -> {
                try {
                    results[id] = set.execute("t", 50 + id);
                } catch (TemplateException e) {
                    results[id] = e.getMessage();
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        for (int t = 0; t < threads.length; t++) {
            assertThat(results[t]).hasSize(90 + 2 * t);
        }
    }
}
