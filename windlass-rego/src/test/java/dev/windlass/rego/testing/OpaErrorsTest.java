package dev.windlass.rego.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.rego.CompileError;
import dev.windlass.rego.RegoEvalException;
import dev.windlass.rego.RegoParseException;
import dev.windlass.rego.ast.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpaErrorsTest {

    @Test
    void line_withFileNamesFileAndRowOnly() {
        assertThat(OpaErrors.line(new Location("x.rego", 3, 7), "rego_unsafe_var_error", "var x is unsafe"))
                .isEqualTo("x.rego:3: rego_unsafe_var_error: var x is unsafe");
    }

    @Test
    void line_withoutFileNamesRowAndColumn() {
        assertThat(OpaErrors.line(new Location("", 1, 5), "rego_type_error", "undefined function f"))
                .isEqualTo("1:5: rego_type_error: undefined function f");
    }

    @Test
    void line_withoutLocationIsCodeAndMessage() {
        assertThat(OpaErrors.line(null, "eval_cancel_error", "timed out")).isEqualTo("eval_cancel_error: timed out");
    }

    @Test
    void of_formatsEachErrorKind() {
        Location at = new Location("p.rego", 4, 2);
        assertThat(OpaErrors.of(new CompileError(at, "rego_recursion_error", "rule p is recursive")))
                .isEqualTo("p.rego:4: rego_recursion_error: rule p is recursive");
        assertThat(OpaErrors.of(new RegoEvalException(at, "eval_conflict_error", "complete rules must not produce multiple outputs")))
                .isEqualTo("p.rego:4: eval_conflict_error: complete rules must not produce multiple outputs");
        assertThat(OpaErrors.of(new RegoParseException(at, "unexpected eof token")))
                .isEqualTo("p.rego:4: rego_parse_error: unexpected eof token");
    }

    @Test
    void occurred_oneErrorOnOneLineSeveralOnSeparateLines() {
        assertThat(OpaErrors.occurred(List.of("a"))).isEqualTo("1 error occurred: a");
        assertThat(OpaErrors.occurred(List.of("a", "b"))).isEqualTo("2 errors occurred:\na\nb");
    }

    @Test
    void parseDetails_caretUnderTheColumnAfterLeadingTabsAreRemoved() {
        assertThat(OpaErrors.parseDetails("\tx := ", 7)).isEqualTo("\n\tx := \n\t     ^");
        assertThat(OpaErrors.parseDetails("p = {", 5)).isEqualTo("\n\tp = {\n\t    ^");
        assertThat(OpaErrors.parseDetails(null, 1)).isEmpty();
    }
}
