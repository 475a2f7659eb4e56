package dev.windlass.rego.builtins;

import static dev.windlass.rego.builtins.ExtBuiltinTesting.callJson;
import static dev.windlass.rego.builtins.ExtBuiltinTesting.errorJson;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SemverBuiltinsTest {
    @ParameterizedTest(name = "compare({0}, {1}) = {2}")
    @CsvSource(delimiter = '|', value = {
        "1.0.0|1.0.0|0", "1.0.0|1.0.1|-1", "2.0.0|1.9.9|1", "1.10.0|1.9.0|1",
        "1.0.0-alpha|1.0.0|-1", "1.0.0-alpha|1.0.0-alpha.1|-1", "1.0.0-alpha.1|1.0.0-alpha.beta|-1",
        "1.0.0-alpha.beta|1.0.0-beta|-1", "1.0.0-beta.2|1.0.0-beta.11|-1", "1.0.0-beta.11|1.0.0-rc.1|-1",
        "1.0.0+build.1|1.0.0+build.2|0", "v1.2.3|1.2.3|0", "1.0.0-rc.1|1.0.0-rc.1+meta|0",
    })
    void compare_followsSemverPrecedence(String a, String b, String expected) throws Exception {
        assertThat(callJson("semver.compare", NetBuiltinsTest.q(a), NetBuiltinsTest.q(b))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "is_valid({0}) = {1}")
    @CsvSource(delimiter = '|', value = {
        "1.0.0|true", "v1.0.0|true", "1.0|false", "1.0.0.0|false", "1.0.0-|true", "1.0.0-a..b|false",
        "1.0.0+meta-data.1|true", "1.0.0-Ab_c|false", "a.b.c|false", "01.2.3|true", "-1.2.3|false", "1.2.3-0123|true",
    })
    void isValid_usesOpasParser(String version, String expected) throws Exception {
        assertThat(callJson("semver.is_valid", NetBuiltinsTest.q(version))).isEqualTo(expected);
    }

    @Test
    void isValid_isFalseForNonStrings() throws Exception {
        assertThat(callJson("semver.is_valid", "1")).isEqualTo("false");
    }

    @Test
    void compare_namesTheInvalidOperand() {
        assertThat(errorJson("semver.compare", "\"1.0\"", "\"1.0.0\""))
                .hasMessage("semver.compare: operand 1: string 1.0 is not a valid SemVer");
        assertThat(errorJson("semver.compare", "\"1.0.0\"", "\"x\""))
                .hasMessage("semver.compare: operand 2: string x is not a valid SemVer");
        assertThat(errorJson("semver.compare", "\"1.0.0\"", "1"))
                .hasMessage("semver.compare: operand 2 must be string but got number");
    }
}
