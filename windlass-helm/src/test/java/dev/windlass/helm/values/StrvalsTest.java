package dev.windlass.helm.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StrvalsTest {

    private static Map<String, Object> parse(String text, Strvals.Mode mode) throws StrvalsException {
        Map<String, Object> data = new LinkedHashMap<>();
        Strvals.parseInto(text, data, mode, rs -> "file:" + rs);
        return data;
    }

    private static List<Object> list(Object... items) {
        return new ArrayList<>(Arrays.asList(items));
    }

    static Stream<Arguments> typed() {
        return Stream.of(
                Arguments.of("name=value", Map.of("name", "value")),
                Arguments.of("a=1,b=2", Map.of("a", 1L, "b", 2L)),
                Arguments.of("zero=0", Map.of("zero", 0L)),
                Arguments.of("lead=00009", Map.of("lead", "00009")),
                Arguments.of("long=1234567890", Map.of("long", 1234567890L)),
                Arguments.of("neg=-5", Map.of("neg", -5L)),
                Arguments.of("big=99999999999999999999", Map.of("big", "99999999999999999999")),
                Arguments.of("float=1.5", Map.of("float", "1.5")),
                Arguments.of("b=TRUE,c=False", Map.of("b", true, "c", false)),
                Arguments.of("n=NuLL", mapOf("n", null)),
                Arguments.of("empty=", Map.of("empty", "")),
                Arguments.of("name1=,name2=value2", Map.of("name1", "", "name2", "value2")),
                Arguments.of("a.b.c=d", Map.of("a", Map.of("b", Map.of("c", "d")))),
                Arguments.of("a.b=1,a.c=2", Map.of("a", Map.of("b", 1L, "c", 2L))),
                Arguments.of("name1.name2=", Map.of("name1", Map.of("name2", ""))),
                Arguments.of("list={a,b,c}", Map.of("list", List.of("a", "b", "c"))),
                Arguments.of("list={1,true}", Map.of("list", List.of(1L, true))),
                Arguments.of("list={}", Map.of("list", List.of(""))),
                Arguments.of("list={a},x=y", Map.of("list", List.of("a"), "x", "y")),
                Arguments.of("esc=a\\,b", Map.of("esc", "a,b")),
                Arguments.of("a\\.b=c", Map.of("a.b", "c")),
                Arguments.of("k=a\\=b", Map.of("k", "a=b")),
                Arguments.of("list[0]=foo", Map.of("list", List.of("foo"))),
                Arguments.of("list[0]=foo,list[1]=bar,", Map.of("list", List.of("foo", "bar"))),
                Arguments.of("list[0]=foo,list[3]=bar", Map.of("list", list("foo", null, null, "bar"))),
                Arguments.of("list[0].foo=bar,list[0].hello=world",
                        Map.of("list", List.of(Map.of("foo", "bar", "hello", "world")))),
                Arguments.of("noval[0]", Map.of("noval", List.of())),
                Arguments.of("noval[0]=", Map.of("noval", List.of(""))),
                Arguments.of("nested[0][0]=1", Map.of("nested", List.of(List.of(1L)))),
                Arguments.of("nested[1][1]=1", Map.of("nested", list(null, list(null, 1L)))),
                Arguments.of("n.l[1].foo=bar", Map.of("n", Map.of("l", list(null, Map.of("foo", "bar"))))),
                Arguments.of("a.", Map.of()),
                Arguments.of("x[0]={a,b}", Map.of("x", List.of(List.of("a", "b")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("typed")
    void set_parsesLikeHelm(String text, Map<String, Object> expected) throws StrvalsException {
        assertThat(parse(text, Strvals.Mode.TYPED)).isEqualTo(expected);
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("name1,name2=", "key \"name1\" has no value (cannot end with ,)"),
                Arguments.of("name1.name2", "key \"name2\" has no value"),
                Arguments.of("name1", "key \"name1\" has no value"),
                Arguments.of("name1.=name2", "key map \"name1\" has no value"),
                Arguments.of("name1={1021,902", "list must terminate with '}'"),
                Arguments.of("list[-30].hello=world", "negative -30 index not allowed"),
                Arguments.of("list[x]=1", "error parsing index: strconv.Atoi: parsing \"x\": invalid syntax"),
                Arguments.of("list[0", "error parsing index: EOF"),
                Arguments.of("list[65537]=1", "index of 65537 is greater than maximum supported index of 65536"),
                Arguments.of("illegal[0]name.foo=bar", "unexpected data at end of array index: \"name\""),
                Arguments.of("a=1,a.b=2", "unable to parse key: interface conversion: interface {} is int64, "
                        + "not map[string]interface {}"),
                Arguments.of("a=x,a[0]=2", "unable to parse key: interface conversion: interface {} is string, "
                        + "not []interface {}"),
                Arguments.of("a.".repeat(31) + "a=1",
                        "value name nested level is greater than maximum supported nested level of 30"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void set_failsWithHelmsText(String text, String message) {
        assertThatThrownBy(() -> parse(text, Strvals.Mode.TYPED)).isInstanceOf(StrvalsException.class)
                .hasMessage(message);
    }

    @Test
    void setString_keepsEverythingAString() throws StrvalsException {
        assertThat(parse("a=1,b=true,c=null,d=0,e={1,2}", Strvals.Mode.STRING))
                .isEqualTo(Map.of("a", "1", "b", "true", "c", "null", "d", "0", "e", List.of("1", "2")));
    }

    @Test
    void setFile_readsValuesThroughTheReader() throws StrvalsException {
        assertThat(parse("a=x.txt,b.c=y", Strvals.Mode.FILE))
                .isEqualTo(Map.of("a", "file:x.txt", "b", Map.of("c", "file:y")));
    }

    @Test
    void setJson_decodesJsonValues() throws StrvalsException {
        assertThat(parse("a={\"b\":[1,\"x\",null]},c=true,d=", Strvals.Mode.JSON))
                .isEqualTo(mapOf("a", Map.of("b", list(1.0, "x", null)), "c", true, "d", null));
        assertThat(parse("l[1]=\"s\"", Strvals.Mode.JSON)).isEqualTo(Map.of("l", list(null, "s")));
    }

    @Test
    void setJson_badJsonFails() {
        assertThatThrownBy(() -> parse("a={x}", Strvals.Mode.JSON))
                .hasMessage("invalid character 'x' looking for beginning of object key string");
    }

    @Test
    void setLiteral_takesTheRestVerbatim() throws StrvalsException {
        assertThat(parse("a.b=x,y=\\z{1}", Strvals.Mode.LITERAL)).isEqualTo(Map.of("a", Map.of("b", "x,y=\\z{1}")));
        assertThat(parse("l[1]=a,b", Strvals.Mode.LITERAL)).isEqualTo(Map.of("l", list(null, "a,b")));
    }

    @Test
    void set_mergesIntoExistingValues() throws StrvalsException {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("a", new LinkedHashMap<>(Map.of("keep", "yes")));
        data.put("l", list("x", "y"));
        Strvals.parseInto("a.new=1,l[1]=z", data, Strvals.Mode.TYPED, null);
        assertThat(data).isEqualTo(Map.of("a", Map.of("keep", "yes", "new", 1L), "l", List.of("x", "z")));
    }

    @Test
    void typedValue_table() {
        assertThat(Strvals.typedValue("+7", false)).isEqualTo(7L);
        assertThat(Strvals.typedValue("1_000", false)).isEqualTo("1_000");
        assertThat(Strvals.typedValue("0x10", false)).isEqualTo("0x10");
        assertThat(Strvals.typedValue("true", true)).isEqualTo("true");
    }

    private static Map<String, Object> mapOf(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
