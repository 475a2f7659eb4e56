package dev.windlass.rego.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.rego.RegoParseException;
import dev.windlass.rego.RegoParser;
import dev.windlass.rego.ast.Module;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TestDiscoveryTest {

    private static Module parse(String file, String text) throws RegoParseException {
        return RegoParser.parse(file, text);
    }

    @Test
    void discover_findsTestAndTodoRulesInFileThenRuleOrder() throws RegoParseException {
        Module b = parse("b.rego", "package b\ntest_two if { true }\nallow if { true }\n");
        Module a = parse("a.rego", "package a.x\ntest_one if { true }\ntodo_test_later if { false }\n");

        List<TestCase> tests = TestDiscovery.discover(List.of(b, a)).tests();

        assertThat(tests).extracting(TestCase::fullName)
                .containsExactly("data.a.x.test_one", "data.a.x.todo_test_later", "data.b.test_two");
        assertThat(tests).extracting(TestCase::skip).containsExactly(false, true, false);
        assertThat(tests.get(0).path()).containsExactly("a", "x", "test_one");
        assertThat(tests.get(0).location().line()).isEqualTo(2);
    }

    @Test
    void discover_ignoresRulesThatOnlyContainTheWordTest() throws RegoParseException {
        Module m = parse("p.rego", "package p\nmy_test_x if { true }\ntesting if { true }\ntest if { true }\n");

        assertThat(TestDiscovery.discover(List.of(m)).tests()).isEmpty();
    }

    @Test
    void discover_renamesRepeatedTestNamesAsOpaDoes() throws RegoParseException {
        Module m = parse("p.rego", "package p\ntest_a if { true }\ntest_a if { false }\ntest_a if { 1 == 1 }\n");

        TestDiscovery.Discovered found = TestDiscovery.discover(List.of(m));

        assertThat(found.tests()).extracting(TestCase::name).containsExactly("test_a", "test_a#01", "test_a#02");
        assertThat(found.tests().get(1).path()).containsExactly("p", "test_a#01");
        assertThat(found.modules().get(0).rules().get(2).head().name()).isEqualTo("test_a#02");
    }

    @Test
    void discover_sameNameInTwoPackagesIsNotADuplicate() throws RegoParseException {
        Module a = parse("a.rego", "package a\ntest_x if { true }\n");
        Module b = parse("b.rego", "package b\ntest_x if { true }\n");

        assertThat(TestDiscovery.discover(List.of(a, b)).tests()).extracting(TestCase::name)
                .containsExactly("test_x", "test_x");
    }

    @Test
    void discover_testNamedInsideARuleReference() throws RegoParseException {
        Module m = parse("p.rego", "package p\nq.r.test_deep if { true }\n");

        TestCase test = TestDiscovery.discover(List.of(m)).tests().get(0);

        assertThat(test.fullName()).isEqualTo("data.p.q.r.test_deep");
        assertThat(test.path()).containsExactly("p", "q", "r", "test_deep");
    }

    @Test
    void discover_partialObjectTestIsACaseTable() throws RegoParseException {
        Module m = parse("p.rego", "package p\ntest_cases[note] := true if { some note in [\"a\", \"b\"] }\n");

        TestCase test = TestDiscovery.discover(List.of(m)).tests().get(0);

        assertThat(test.name()).isEqualTo("test_cases");
        assertThat(test.cases()).isTrue();
    }

    @Test
    void discover_v0TestsWithoutIf() throws RegoParseException {
        Module m = parse("p.rego", "package p\ntest_old {\n  1 == 1\n}\n");

        assertThat(TestDiscovery.discover(List.of(m)).tests()).extracting(TestCase::fullName)
                .containsExactly("data.p.test_old");
    }

    @Test
    void runnerFilter_matchesAnywhereInTheFullName() throws RegoParseException {
        Module m = parse("p.rego", "package p\ntest_alpha if { true }\ntest_beta if { true }\n");

        List<TestCase> tests = RegoTestRunner.create().withFilter(Pattern.compile("p\\.test_b")).tests(List.of(m));

        assertThat(tests).extracting(TestCase::name).containsExactly("test_beta");
    }

    @Test
    void packageWithAQuotedPart_printsItInBrackets() throws RegoParseException {
        Module m = parse("p.rego", "package a[\"b-c\"]\ntest_x if { true }\n");

        assertThat(TestDiscovery.discover(List.of(m)).tests().get(0).fullName()).isEqualTo("data.a[\"b-c\"].test_x");
    }
}
