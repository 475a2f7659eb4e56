package dev.windlass.kustomize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.Position;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which spellings of a null field are an empty value ({@code key:}) rather than a null written out. */
class EmptyValuesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "'k:'|true",
        "'k:   '|true",
        "'k: # note'|true",
        "'k: !!null'|true",
        "'\"k\":'|true",
        "'''k'':'|true",
        "'{k: , j: 1}'|true",
        "'{k: }'|true",
        "'k: null'|false",
        "'k: ~'|false",
        "'k: Null'|false",
        "'k: !!null ~'|false",
        "'{k: ~}'|false",
    })
    void oneLine_isEmptyOnlyWhenNothingFollowsTheColon(String line, boolean empty) {
        int column = line.startsWith("{") ? 2 : 1;

        assertThat(EmptyValues.writtenEmpty(new String[] {line}, new Position(1, column), "k")).isEqualTo(empty);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "'  k:\\n    ~'|false",
        "'  k:\\n\\n    # c\\n    null'|false",
        "'  k:\\n  j: 1'|true",
        "'  k:\\nj: 1'|true",
        "'  k:\\n---\\n'|true",
    })
    void valueOnAMoreIndentedNextLine_isNotEmpty(String text, boolean empty) {
        String[] lines = text.replace("\\n", "\n").split("\n", -1);

        assertThat(EmptyValues.writtenEmpty(lines, new Position(1, 3), "k")).isEqualTo(empty);
    }
}
