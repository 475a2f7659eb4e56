package dev.windlass.cli.rego;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.rego.RegoParseException;
import dev.windlass.rego.RegoParser;
import org.junit.jupiter.api.Test;

class ExpressionTextsTest {

    @Test
    void of_splitsAtEachExpressionWithoutSeparators() throws RegoParseException {
        String query = "x := 1; y := [1, 2]\n  x < y[1]";

        assertThat(ExpressionTexts.of(RegoParser.parseQuery("", query), query))
                .containsExactly("x := 1", "y := [1, 2]", "x < y[1]");
    }

    @Test
    void of_singleExpressionIsTheWholeQueryTrimmed() throws RegoParseException {
        String query = "  data.p.allow  ";

        assertThat(ExpressionTexts.of(RegoParser.parseQuery("", query), query)).containsExactly("data.p.allow");
    }
}
