package dev.windlass.gotemplate.semver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SemConstraintTest {

    @ParameterizedTest(name = "{0} on {1} = {2}")
    @CsvSource(delimiter = ';', value = {
        // equality and its wildcard forms
        "=3.1.4;3.1.4;true",
        "=3.1.4;3.1.5;false",
        "3.1.4;3.1.4+meta;true",
        "v3.1.4;3.1.4;true",
        "=3.1;3.1.9;true",
        "=3.1;3.2.0;false",
        "3;3.9.9;true",
        "3;4.0.0;false",
        "3.x;3.7.0;true",
        "3.X.x;2.9.0;false",
        "3.1.*;3.1.0;true",
        "3.1.*;3.0.9;false",
        "*;0.0.0;true",
        "*;99.1.1;true",
        "x;5.0.0;true",
        "*;5.0.0-rc.1;false",
        // not equal
        "!=2.0.0;2.0.0;false",
        "!=2.0.0;2.0.1;true",
        "!=2.0;2.0.7;false",
        "!=2.0;2.1.0;true",
        "!=2;2.5.0;false",
        "!=2;3.0.0;true",
        "!=2.0.0;3.0.0-beta;false",
        "!=2.0-beta;2.0.0;true",
        "!=2.0-beta;2.0.5-beta;false",
        "!=2.0-beta;2.0.5-gamma;true",
        // greater than
        ">2.0.0;2.0.1;true",
        ">2.0.0;2.0.0;false",
        ">2;2.9.9;false",
        ">2;3.0.0;true",
        ">2.4;2.4.8;false",
        ">2.4;2.5.0;true",
        ">2.4;3.0.0;true",
        ">0;0.9.0;false",
        ">0;1.0.0;true",
        ">2.0.0;2.0.1-rc.1;false",
        ">2.0.0-rc.1;2.0.0-rc.2;true",
        ">2.0.0-rc.1;2.0.0;true",
        ">2.0.0-rc.1;2.7.3-alpha;true",
        // less than
        "<3;2.99.99;true",
        "<3;3.0.0;false",
        "<3.2;3.1.9;true",
        "<3.2;3.2.0;false",
        "<3.2.1;3.2.0;true",
        "<3.0.0;3.0.0-rc.1;false",
        "<3.0.0-0;2.9.0;true",
        "<3.0.0-0;3.0.0-alpha;false",
        "<1-zeta;1.0.0-alpha;true",
        // greater or equal, both spellings
        ">=1.5.0;1.5.0;true",
        ">=1.5.0;1.4.99;false",
        "=>1.5;1.5.0;true",
        ">=1.5;2.0.0;true",
        ">= 1.5.0;1.6.0;true",
        ">=1.5.0;1.6.0-beta;false",
        ">=1.5.0-0;1.6.0-beta;true",
        ">=1.5.0-0;1.5.0-0;true",
        ">=1.5.0-0;1.4.9-beta;false",
        ">=1.5.0-0;1.5.0;true",
        ">=0.0.0-0;0.0.1-alpha;true",
        ">=0-0;0.0.0-a;true",
        ">=0;0.0.0-a;false",
        ">=12.0.0;12.3.1;true",
        ">=12.0.0;11.9.0;false",
        // less or equal, both spellings
        "<=2.3.4;2.3.4;true",
        "<=2.3.4;2.3.5;false",
        "=<2.3;2.3.99;true",
        "<=2.3;2.4.0;false",
        "<=2;2.99.0;true",
        "<=2;3.0.0;false",
        "<=2.3.4;2.3.4-rc.1;false",
        "<=2.3.4-rc.2;2.3.4-rc.1;true",
        // tilde
        "~1.4.2;1.4.2;true",
        "~1.4.2;1.4.9;true",
        "~1.4.2;1.5.0;false",
        "~1.4.2;1.4.1;false",
        "~1.4;1.4.0;true",
        "~1.4;1.5.0;false",
        "~1;1.9.0;true",
        "~1;2.0.0;false",
        "~>1.4.2;1.4.7;true",
        "~>1.4.2;1.5.0;false",
        "~0.0.0;4.2.0;true",
        "~1.x;1.8.0;true",
        "~1.4.2-beta.1;1.4.2-beta.3;true",
        "~1.4.2-beta.1;1.4.5-alpha;true",
        "~1.4.2-beta.1;1.5.0-alpha;false",
        "~1.4.2;1.4.3-beta;false",
        // caret
        "^2.3.4;2.3.4;true",
        "^2.3.4;2.99.0;true",
        "^2.3.4;3.0.0;false",
        "^2.3.4;2.3.3;false",
        "^2.3;2.3.0;true",
        "^2;2.0.0;true",
        "^2;1.9.9;false",
        "^0.3.1;0.3.9;true",
        "^0.3.1;0.4.0;false",
        "^0.3.1;1.3.1;false",
        "^0.3;0.3.0;true",
        "^0.3;0.4.0;false",
        "^0.0.5;0.0.5;true",
        "^0.0.5;0.0.6;false",
        "^0.0;0.0.9;true",
        "^0.0;0.1.0;false",
        "^0;0.9.1;true",
        "^0;1.0.0;false",
        "^0.x;0.5.0;true",
        "^*;7.0.0;false",
        "^*;0.0.0;true",
        "~*;7.3.1;true",
        "^2.3.4;2.4.0-beta;false",
        "^2.3.4-0;2.4.0-beta;true",
        "^2.3.4-beta.2;2.3.4-beta.1;false",
        "^0.3.1-rc.1;0.3.2-rc.1;true",
        "^0.3.1-rc.1;0.4.0-rc.1;false",
        // AND (comma and space) and OR
        ">=1.0.0, <2.0.0;1.5.0;true",
        ">=1.0.0, <2.0.0;2.0.0;false",
        ">=1.0.0 <2.0.0;0.9.0;false",
        ">= 1.0.0 < 2.0.0;1.0.0;true",
        ">=1.0.0,<2.0.0;1.99.0;true",
        "<1.0.0 || >=3.0.0;0.5.0;true",
        "<1.0.0 || >=3.0.0;2.0.0;false",
        "<1.0.0 || >=3.0.0;3.1.0;true",
        "1.x || 3.x;3.2.1;true",
        "1.x || 3.x;2.2.1;false",
        ">=1.0.0 <2.0.0 || =3.0.0;3.0.0;true",
        // a pre-release anywhere in an AND group admits pre-releases to the whole group
        ">=1.0.0-0 <2.0.0;1.5.0-beta;true",
        ">=1.0.0 <2.0.0-0;1.5.0-beta;true",
        ">=1.0.0 <2.0.0;1.5.0-beta;false",
        ">=1.0.0 <2.0.0 || >=3.0.0-0;1.5.0-beta;false",
        ">=1.0.0 <2.0.0 || >=3.0.0-0;3.5.0-beta;true",
        ">=1.0.0-0 <2.0.0 || >=3.0.0;3.5.0-beta;false",
        "*-0;1.2.3-alpha;true",
        // hyphen ranges
        "1.2 - 1.4.5;1.2.0;true",
        "1.2 - 1.4.5;1.4.5;true",
        "1.2 - 1.4.5;1.4.6;false",
        "1.2 - 1.4.5;1.1.9;false",
        "1 - 2;2.9.0;true",
        "1 - 2;3.0.0;false",
        "1.0.0 - 2.0.0, <=1.5.0;1.7.0;false",
        "1.0.0 - 2.0.0 || 5.0.0 - 6.0.0;5.5.0;true",
        "1.0.0 - 2.0.0 || 5.0.0 - 6.0.0;3.5.0;false",
    })
    void check_followsMastermindsSemantics(String constraint, String version, boolean expected) {
        assertThat(SemConstraint.parse(constraint).check(SemVersion.parse(version))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "'';improper constraint: \"\"",
        "foo;improper constraint: \"foo\"",
        ">= bar;improper constraint: \">= bar\"",
        "BAR >= 1.2.3;improper constraint: \"BAR >= 1.2.3\"",
        "1.2.3.4;improper constraint: \"1.2.3.4\"",
        "1.2.3~ 1.2.3;improper constraint: \"1.2.3~ 1.2.3\"",
        "'>=1.0.0 || ';improper constraint: \" \"",
        ">=1.0.0 ||junk;improper constraint: \"junk\"",
        "1.0.0 -2.0.0;improper constraint: \"1.0.0 -2.0.0\"",
        ">1x;constraint parser error",
        "1.2.3-01;constraint parser error",
    })
    void parse_rejectsWithMastermindsMessage(String constraint, String message) {
        assertThatThrownBy(() -> SemConstraint.parse(constraint)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void parse_hyphenRangeBecomesTwoComparisons() {
        assertThat(SemConstraint.parse("1.2 - 1.4.5").toString()).isEqualTo(">=1.2 <=1.4.5");
    }

    @Test
    void toString_joinsAndWithSpaceAndOrWithBars() {
        assertThat(SemConstraint.parse(">= 1.2, <2 || ~3.1").toString()).isEqualTo(">=1.2 <2 || ~3.1");
    }

    @Test
    void withIncludePrerelease_letsPrereleasesThroughReleaseOnlyGroups() {
        SemConstraint c = SemConstraint.parse(">=1.0.0 <2.0.0");
        SemVersion beta = SemVersion.parse("1.5.0-beta");
        assertThat(c.check(beta)).isFalse();
        assertThat(c.withIncludePrerelease(true).check(beta)).isTrue();
        assertThat(c.text()).isEqualTo(">=1.0.0 <2.0.0");
    }

    @Test
    void parse_quotesControlCharactersLikeGo() {
        assertThatThrownBy(() -> SemConstraint.parse("a\tb")).hasMessage("improper constraint: \"a\\tb\"");
    }
}
