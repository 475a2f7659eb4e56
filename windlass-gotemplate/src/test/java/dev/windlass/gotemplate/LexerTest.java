package dev.windlass.gotemplate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The lexer's tokens: kinds, values, trim markers, keywords and positions. */
class LexerTest {

    private static String lex(String text) {
        return lex(text, true);
    }

    private static String lex(String text, boolean keywordsOk) {
        List<Item> items = new Lexer(text, "{{", "}}", keywordsOk, keywordsOk).lex();
        return items.stream().map(i -> i.type() + (i.val().isEmpty() ? "" : ":" + i.val()))
                .collect(Collectors.joining(" "));
    }

    @Test
    void lex_textAndSimpleAction() {
        assertThat(lex("a{{.b}}c")).isEqualTo("TEXT:a LEFT_DELIM:{{ FIELD:.b RIGHT_DELIM:}} TEXT:c EOF");
    }

    @Test
    void lex_fieldChainIsSplitIntoFields() {
        assertThat(lex("{{.a.b $x.c}}")).isEqualTo(
                "LEFT_DELIM:{{ FIELD:.a FIELD:.b SPACE:  VARIABLE:$x FIELD:.c RIGHT_DELIM:}} EOF");
    }

    @Test
    void lex_trimMarkersRemoveSurroundingWhitespace() {
        assertThat(lex("a \n{{- .b -}}\n\t c")).isEqualTo(
                "TEXT:a LEFT_DELIM:{{ FIELD:.b RIGHT_DELIM:}} TEXT:c EOF");
    }

    @Test
    void lex_minusWithoutSpaceIsANumber() {
        assertThat(lex("a {{-3}}")).isEqualTo("TEXT:a  LEFT_DELIM:{{ NUMBER:-3 RIGHT_DELIM:}} EOF");
    }

    @Test
    void lex_declarationsAndPipes() {
        assertThat(lex("{{$x := 1 | f}}{{$x = 2}}")).isEqualTo(
                "LEFT_DELIM:{{ VARIABLE:$x SPACE:  DECLARE::= SPACE:  NUMBER:1 SPACE:  PIPE:| SPACE:  IDENTIFIER:f "
                        + "RIGHT_DELIM:}} LEFT_DELIM:{{ VARIABLE:$x SPACE:  ASSIGN:= SPACE:  NUMBER:2 RIGHT_DELIM:}} EOF");
    }

    @Test
    void lex_keywordsAndConstants() {
        assertThat(lex("{{if true}}{{else}}{{nil}}{{end}}")).isEqualTo(
                "LEFT_DELIM:{{ IF:if SPACE:  BOOL:true RIGHT_DELIM:}} LEFT_DELIM:{{ ELSE:else RIGHT_DELIM:}} "
                        + "LEFT_DELIM:{{ NIL:nil RIGHT_DELIM:}} LEFT_DELIM:{{ END:end RIGHT_DELIM:}} EOF");
    }

    @Test
    void lex_breakIsAnIdentifierWhenAFunctionHasItsName() {
        assertThat(lex("{{break}}", false)).isEqualTo("LEFT_DELIM:{{ IDENTIFIER:break RIGHT_DELIM:}} EOF");
        assertThat(lex("{{break}}", true)).isEqualTo("LEFT_DELIM:{{ BREAK:break RIGHT_DELIM:}} EOF");
    }

    @Test
    void lex_numbersOfEveryBase() {
        assertThat(lex("{{0x1F 0o17 0b1 1_000 1.5e3 0x1p-2 'a'}}")).isEqualTo(
                "LEFT_DELIM:{{ NUMBER:0x1F SPACE:  NUMBER:0o17 SPACE:  NUMBER:0b1 SPACE:  NUMBER:1_000 SPACE:  "
                        + "NUMBER:1.5e3 SPACE:  NUMBER:0x1p-2 SPACE:  CHAR_CONSTANT:'a' RIGHT_DELIM:}} EOF");
    }

    @Test
    void lex_commentsProduceNoItems() {
        assertThat(lex("a{{/* x */}}b{{- /* y */ -}} c")).isEqualTo("TEXT:a TEXT:b TEXT:c EOF");
    }

    @Test
    void lex_itemsCarryLines() {
        List<Item> items = new Lexer("a\nb{{.c\n}}\nd", "{{", "}}", true, true).lex();
        assertThat(items).extracting(Item::line).containsExactly(1, 2, 2, 2, 3, 3, 4);
    }

    @Test
    void lex_parenthesesAndStrings() {
        assertThat(lex("{{(f \"a\" `b`)}}")).isEqualTo(
                "LEFT_DELIM:{{ LEFT_PAREN:( IDENTIFIER:f SPACE:  STRING:\"a\" SPACE:  RAW_STRING:`b` RIGHT_PAREN:) "
                        + "RIGHT_DELIM:}} EOF");
    }

    @Test
    void number_literalsHaveGoValues() {
        assertThat(NumberLiteral.parse("0x1F", ItemType.NUMBER).int64()).isEqualTo(31);
        assertThat(NumberLiteral.parse("017", ItemType.NUMBER).int64()).isEqualTo(15);
        assertThat(NumberLiteral.parse("1_000", ItemType.NUMBER).int64()).isEqualTo(1000);
        assertThat(NumberLiteral.parse("0x1p-2", ItemType.NUMBER).float64()).isEqualTo(0.25);
        assertThat(NumberLiteral.parse("2.0", ItemType.NUMBER).isInt()).isTrue();
        assertThat(NumberLiteral.parse("2.5", ItemType.NUMBER).isInt()).isFalse();
        assertThat(NumberLiteral.parse("'\\u00e9'", ItemType.CHAR_CONSTANT).int64()).isEqualTo(0xe9);
    }
}
