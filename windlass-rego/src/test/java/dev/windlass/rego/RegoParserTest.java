package dev.windlass.rego;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.rego.ast.Literal;
import dev.windlass.rego.ast.Location;
import dev.windlass.rego.ast.Module;
import dev.windlass.rego.ast.RegoVersion;
import dev.windlass.rego.ast.Rule;
import dev.windlass.rego.ast.RuleKind;
import dev.windlass.rego.ast.Term;
import java.math.BigDecimal;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegoParserTest {

    private static String query(String text) throws RegoParseException {
        return AstText.body(RegoParser.parseQuery("q.rego", text));
    }

    private static String rules(String text) throws RegoParseException {
        Module m = RegoParser.parse("p.rego", text.replace("\\n", "\n"));
        return m.rules().stream().map(AstText::rule).collect(Collectors.joining(" || "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            null ~ null
            true; false ~ true; false
            42 ~ 42
            -3.5e2 ~ -3.5e2
            "a\\tb\\u0041" ~ "a\\tbA"
            `raw \\n` ~ r"raw \\n"
            x ~ x
            _ ~ _
            input.a.b ~ input.a.b
            input.a[0]["k-1"][x] ~ input.a[0]["k-1"][x]
            [1, 2, ] ~ [1, 2]
            [] ~ []
            {} ~ {}
            {"a": 1, "b": [x]} ~ {"a": 1, "b": [x]}
            {1, 2} ~ {1, 2}
            set() ~ set()
            [x | x := xs[_]] ~ [x | (:= x xs[_])]
            {x | some x in xs} ~ {x | some x in xs}
            {k: v | v := o[k]} ~ {k: v | (:= v o[k])}
            [x | y, 5] ~ [(| x y), 5]
            count(x) ~ count(x)
            object.get(o, "k", null) ~ object.get(o, "k", null)
            f(x)[0].y ~ f(x)[0].y
            1 + 2 * 3 ~ (+ 1 (* 2 3))
            (1 + 2) * 3 ~ (* (+ 1 2) 3)
            8 / 2 % 3 ~ (% (/ 8 2) 3)
            1 - 2 - 3 ~ (- (- 1 2) 3)
            a | b & c ~ (| a (& b c))
            a + 1 == b * 2 ~ (== (+ a 1) (* b 2))
            a < b; a <= b; a > b; a >= b; a != b ~ (< a b); (<= a b); (> a b); (>= a b); (!= a b)
            x in {1, 2} ~ (in x {1, 2})
            x := 1 + 2 in xs ~ (:= x (in (+ 1 2) xs))
            x = [1, y] ~ (= x [1, y])
            k, v in o ~ (in k v o)
            -x ~ (neg x)
            - 1 ~ -1
            a - -1 ~ (- a -1)
            not p ~ not p
            not x == 1 ~ not (== x 1)
            some x, y ~ some x, y
            some x in xs ~ some x in xs
            some k, v in {"a": 1} ~ some k, v in {"a": 1}
            every x in xs { x > 0 } ~ every x in xs { (> x 0) }
            every k, v in o { k == v } ~ every k, v in o { (== k v) }
            allow with input as {"a": 1} with data.x as 2 ~ allow with input as {"a": 1} with data.x as 2
            x := [1,\\n 2] ~ (:= x [1, 2])
            [x - y | z] ~ [(| (- x y) z)]
            [(x - y) | z] ~ [(- x y) | z]
            {1 | 1} ~ {1 | 1}
            {({1} | {2})} ~ {(| {1} {2})}
            {k: v + 1 | v} ~ {k: (| (+ v 1) v)}
            """)
    void query_parsesToExpectedShape(String text, String expected) throws RegoParseException {
        assertThat(query(text.replace("\\n", "\n"))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            package p\\np := 1 ~ COMPLETE p := 1
            package p\\np = 1 ~ COMPLETE p = 1
            package p\\np if { true } ~ COMPLETE p if { true }
            package p\\np if input.x > 1 ~ COMPLETE p if { (> input.x 1) }
            package p\\np := x if { x := 1 } ~ COMPLETE p := x if { (:= x 1) }
            package p\\ndefault p := false ~ default COMPLETE p := false
            package p\\ndefault f(_) := {"a": [1]} ~ default FUNCTION f(_) := {"a": [1]}
            package p\\ns contains x if { some x in [1] } ~ PARTIAL_SET s key=x if { some x in [1] }
            package p\\ns contains "a" ~ PARTIAL_SET s key="a"
            package p\\no[k] := v if { some k, v in i } ~ PARTIAL_OBJECT o[k] key=k := v if { some k, v in i }
            package p\\na.b[c] := 1 if { c := 2 } ~ PARTIAL_OBJECT a.b[c] key=c := 1 if { (:= c 2) }
            package p\\na.b.c := 1 ~ COMPLETE a.b.c := 1
            package p\\np[a][b] if { a := 1; b := 2 } ~ PARTIAL_OBJECT p[a][b] key=b if { (:= a 1); (:= b 2) }
            package p\\nf(x) := y if { y := x } ~ FUNCTION f(x) := y if { (:= y x) }
            package p\\nf(x, [y, _]) if x == y ~ FUNCTION f(x, [y, _]) if { (== x y) }
            package p\\np := 1 if { false } else := 2 if { true } else := 3 ~ COMPLETE p := 1 if { false } else := 2 { true } else := 3
            package p\\np := 1; q := 2 ~ COMPLETE p := 1 || COMPLETE q := 2
            package p\\nx if { 1: 2 | some p in [1] } ~ COMPLETE x if { {1: 2 | some p in [1]} }
            package p\\ndeny[msg] { msg := "no" } ~ PARTIAL_SET deny key=msg if { (:= msg "no") }
            package p\\nviolation[{"msg": m}] { m := 1 } ~ PARTIAL_SET violation key={"msg": m} if { (:= m 1) }
            package p\\nr["s"] ~ PARTIAL_SET r key="s"
            package p\\nimport rego.v1\\nr["s"] if true ~ COMPLETE r.s if { true }
            package p\\np { true } { false } ~ COMPLETE p if { true } || COMPLETE p if { false }
            package p\\np = 1 { false } else = 2 { true } ~ COMPLETE p = 1 if { false } else = 2 { true }
            package p\\ncontains(a, b) { a == b } ~ FUNCTION contains(a, b) if { (== a b) }
            package p\\nimport future.keywords.if\\ndeny[m] if { m := 1 } ~ PARTIAL_SET deny key=m if { (:= m 1) }
            package p\\nimport future.keywords\\nq contains x if { x := 1 } ~ PARTIAL_SET q key=x if { (:= x 1) }
            package p\\nimport future.keywords.in\\np { 1 in [1] } ~ COMPLETE p if { (in 1 [1]) }
            package p\\np if {\\n  x := 1 # one\\n  x > 0\\n} ~ COMPLETE p if { (:= x 1); (> x 0) }
            package p\\np := [x |\\n  some x in [1]\\n  x > 0\\n] ~ COMPLETE p := [x | some x in [1]; (> x 0)]
            package p\\ntest_p if {\\n  p\\n    with input as 1\\n} ~ COMPLETE test_p if { p with input as 1 }
            package p\\nsum (a, b) := c { c := a + b } ~ FUNCTION sum(a, b) := c if { (:= c (+ a b)) }
            package p\\nr["s"] p1 { true } ~ PARTIAL_SET r key="s" || COMPLETE p1 if { true }
            package p\\nimport rego.v1\\nx if { 1 | 1 } ~ COMPLETE x if { {1 | 1} }
            """)
    void module_parsesRulesToExpectedShape(String text, String expected) throws RegoParseException {
        assertThat(rules(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            p := 1 ~ p.rego:1:1: rego_parse_error: expected `package` but found `p`
            package p\\nimport rego.v1\\np { true } ~ p.rego:3:3: rego_parse_error: `if` keyword is required before rule body
            package p\\nimport rego.v1\\np if { false } else = 1 { true } ~ p.rego:3:25: rego_parse_error: `if` keyword is required before rule body
            package p\\nimport rego.v1\\np[x] ~ p.rego:3:5: rego_parse_error: `contains` keyword is required for partial set rules
            package p\\np := "abc ~ p.rego:2:6: rego_parse_error: unterminated string
            package p\\np := "a\\q" ~ p.rego:2:8: rego_parse_error: illegal escape sequence `\\q` in string
            package p\\np := 1 2 ~ p.rego:2:8: rego_parse_error: unexpected number: expected a rule name
            package p\\np := [1, 2 ~ p.rego:2:11: rego_parse_error: expected `,` or `]` but found EOF
            package p\\np if { x := 1 y } ~ p.rego:2:15: rego_parse_error: unexpected `y`: expected newline, `;` or `}`
            package p\\np if {} ~ p.rego:2:6: rego_parse_error: found empty body
            package p\\np ~ p.rego:2:2: rego_parse_error: rule must have a body or assignment
            package p\\ndefault p := x ~ p.rego:2:14: rego_parse_error: invalid `var` in default value
            package p\\ndefault p := count(x) ~ p.rego:2:14: rego_parse_error: invalid `call` in default value
            package p\\ndefault p := 1 + 2 ~ p.rego:2:14: rego_parse_error: invalid `arithexpr` in default value
            package p\\nimport foo.bar ~ p.rego:2:8: rego_parse_error: import path must begin with one of: {data, input, future, rego}, not `foo`
            package p\\nimport future.keywords.nope ~ p.rego:2:24: rego_parse_error: unexpected keyword `nope`, must be one of: contains, every, if, in
            package p\\np := input. a ~ p.rego:2:13: rego_parse_error: invalid whitespace between . and identifier
            package p\\np := 1\\nimport data.x ~ p.rego:3:1: rego_parse_error: unexpected keyword `import`: imports must come before rules
            package p\\np := $ ~ p.rego:2:6: rego_parse_error: illegal token `$`
            package p\\nné := 1 ~ p.rego:2:2: rego_parse_error: illegal token `é`
            package p\\np := (1 + 2 ~ p.rego:2:12: rego_parse_error: expected `)` but found EOF
            package p\\nimport rego.v1\\np if { some 1, 2, 3 in xs } ~ p.rego:3:8: rego_parse_error: unexpected `,`: expected at most a key and a value before `in`
            package p\\nimport rego.v1\\np if { every x { true } } ~ p.rego:3:16: rego_parse_error: expected `in` after `every` variables but found `{`
            package p\\np := not ~ p.rego:2:6: rego_parse_error: unexpected keyword `not`
            """)
    void invalidSource_failsWithOpaStyleMessage(String text, String expected) {
        assertThatThrownBy(() -> RegoParser.parse("p.rego", text.replace("\\n", "\n")))
                .isInstanceOf(RegoParseException.class)
                .hasMessage(expected);
    }

    @Test
    void parse_recordsPackageImportsAndAliases() throws RegoParseException {
        Module m = RegoParser.parse("m.rego", "package a.b\nimport data.lib.x as y\nimport input\np := 1\n");
        assertThat(AstText.term(m.pkg().path())).isEqualTo("a.b");
        assertThat(m.imports()).extracting(i -> AstText.term(i.path()) + "/" + i.alias())
                .containsExactly("data.lib.x/y", "input/null");
        assertThat(m.file()).isEqualTo("m.rego");
    }

    @Test
    void parse_choosesV1ForRegoV1ImportAndV0ForFutureKeywords() throws RegoParseException {
        assertThat(RegoParser.parse("a", "package a\nimport rego.v1\np if true").version()).isEqualTo(RegoVersion.V1);
        assertThat(RegoParser.parse("a", "package a\nimport future.keywords.if\np if true").version())
                .isEqualTo(RegoVersion.V0);
        assertThat(RegoParser.parse("a", "package a\np[x] { x := 1 }").version()).isEqualTo(RegoVersion.V0);
        assertThat(RegoParser.parse("a", "package a\np contains 1").version()).isEqualTo(RegoVersion.V1);
    }

    @Test
    void parseV0_treatsFutureKeywordsAsNamesWithoutImport() throws RegoParseException {
        Module m = RegoParser.parse("a", "package a\np { contains(\"ab\", \"a\"); if := 1 }", RegoVersion.V0);
        assertThat(AstText.rule(m.rules().get(0))).isEqualTo("COMPLETE p if { contains(\"ab\", \"a\"); (:= if 1) }");
    }

    @Test
    void parseV1_rejectsOldStyleBody() {
        assertThatThrownBy(() -> RegoParser.parse("a", "package a\np { true }", RegoVersion.V1))
                .hasMessage("a:2:3: rego_parse_error: `if` keyword is required before rule body");
    }

    @Test
    void nodes_carryFileLineAndColumn() throws RegoParseException {
        Module m = RegoParser.parse("loc.rego", "package a\n\nallow if {\n  x := input.y[0]\n}\n");
        Rule rule = m.rules().get(0);
        assertThat(rule.location()).isEqualTo(new Location("loc.rego", 3, 1));
        Literal.Expr lit = (Literal.Expr) rule.body().literals().get(0);
        assertThat(lit.location()).isEqualTo(new Location("loc.rego", 4, 3));
        Term.Binary assign = (Term.Binary) lit.term();
        assertThat(assign.right().location()).isEqualTo(new Location("loc.rego", 4, 8));
        Term.Ref ref = (Term.Ref) assign.right();
        assertThat(ref.path().get(1).location()).isEqualTo(new Location("loc.rego", 4, 16));
    }

    @Test
    void numbers_keepSourceTextAndExactValue() throws RegoParseException {
        Literal.Expr lit = (Literal.Expr) RegoParser.parseQuery("q", "12345678901234567890.125").literals().get(0);
        Term.Num n = (Term.Num) lit.term();
        assertThat(n.text()).isEqualTo("12345678901234567890.125");
        assertThat(n.value()).isEqualByComparingTo(new BigDecimal("12345678901234567890.125"));
    }

    @Test
    void strings_resolveSurrogatePairEscapes() throws RegoParseException {
        Literal.Expr lit = (Literal.Expr) RegoParser.parseQuery("q", "\"\\ud83d\\ude00\"").literals().get(0);
        assertThat(((Term.Str) lit.term()).value()).isEqualTo("\uD83D\uDE00");
    }

    @Test
    void rawStrings_spanLinesWithoutEscapes() throws RegoParseException {
        Module m = RegoParser.parse("r", "package a\np := `a\\n\nb`\nq := 1");
        assertThat(AstText.term(m.rules().get(0).head().value())).isEqualTo("r\"a\\n\\nb\"");
        assertThat(m.rules().get(1).location()).isEqualTo(new Location("r", 4, 1));
    }

    @Test
    void deepNesting_isRejectedInsteadOfOverflowingTheStack() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertThatThrownBy(() -> RegoParser.parseQuery("q", deep))
                .isInstanceOf(RegoParseException.class)
                .hasMessageContaining("nesting is deeper than");
    }

    @Test
    @Timeout(60) // a hang guard: exponential backtracking would run for hours; not a speed assertion
    void nestedUnionsThatLookLikeComprehensions_parseInLinearTime() throws RegoParseException {
        String text = "1";
        String expected = "1";
        for (int i = 0; i < 40; i++) {
            text = "[a | " + text + ", 2]";
            expected = "[(| a " + expected + "), 2]";
        }
        assertThat(query(text)).isEqualTo(expected);
    }

    @Test
    void ruleHead_exposesKindNameAndKey() throws RegoParseException {
        Rule r = RegoParser.parse("a", "package a\nimport rego.v1\nq contains x if { x := 1 }").rules().get(0);
        assertThat(r.head().kind()).isEqualTo(RuleKind.PARTIAL_SET);
        assertThat(r.head().name()).isEqualTo("q");
        assertThat(AstText.term(r.head().key())).isEqualTo("x");
    }
}
