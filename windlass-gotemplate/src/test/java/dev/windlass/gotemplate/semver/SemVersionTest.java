package dev.windlass.gotemplate.semver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SemVersionTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "1.2.3|1.2.3",
        "v1.2.3|1.2.3",
        "1.2|1.2.0",
        "v2|2.0.0",
        "0|0.0.0",
        "01.02.03|1.2.3",
        "1.2.3-alpha.1|1.2.3-alpha.1",
        "1.2-beta|1.2.0-beta",
        "1.2.3+build.5|1.2.3+build.5",
        "1.2.3-rc.1+sha.abc|1.2.3-rc.1+sha.abc",
        "1.0.0-0|1.0.0-0",
        "1.0.0-x-y-z.--|1.0.0-x-y-z.--",
        "1.2.3+007|1.2.3+007",
        "18446744073709551615.0.0|18446744073709551615.0.0",
    })
    void parse_acceptsLooseVersions(String text, String expected) {
        SemVersion v = SemVersion.parse(text);
        assertThat(v.toString()).isEqualTo(expected);
        assertThat(v.original()).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "''|invalid semantic version",
        "foo|invalid semantic version",
        "1.2.3.4|invalid semantic version",
        "V1.2.3|invalid semantic version",
        "' 1.2.3'|invalid semantic version",
        "'1.2.3 '|invalid semantic version",
        "1.2.3-|invalid semantic version",
        "1.2.3+|invalid semantic version",
        "1.2.3-a..b|invalid semantic version",
        "1.2.3-a_b|invalid semantic version",
        "1.2.x|invalid semantic version",
        "vv1|invalid semantic version",
        "1.2.3-01|version segment starts with 0",
        "1.2.3-alpha.007|version segment starts with 0",
        "18446744073709551616|error parsing version segment: strconv.ParseUint: parsing \"18446744073709551616\": value out of range",
        "1.99999999999999999999|error parsing version segment: strconv.ParseUint: parsing \"99999999999999999999\": value out of range",
    })
    void parse_rejectsWithMastermindsMessage(String text, String message) {
        assertThatThrownBy(() -> SemVersion.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void parse_trailingNewlineIsNotAccepted() {
        assertThatThrownBy(() -> SemVersion.parse("1.2.3\n")).hasMessage("invalid semantic version");
    }

    @ParameterizedTest(name = "{0} <=> {1} = {2}")
    @CsvSource(delimiter = '|', value = {
        "1.2.3|1.2.3|0",
        "1.2.3|1.2.4|-1",
        "1.3.0|1.2.9|1",
        "2.0.0|10.0.0|-1",
        "1.2.3+a|1.2.3+b|0",
        "v1.2|1.2.0|0",
        "1.2.3-alpha|1.2.3|-1",
        "1.2.3|1.2.3-alpha|1",
        "1.2.3-alpha|1.2.3-beta|-1",
        "1.2.3-alpha.2|1.2.3-alpha.10|-1",
        "1.2.3-alpha.10|1.2.3-alpha.2|1",
        "1.2.3-alpha|1.2.3-alpha.1|-1",
        "1.2.3-alpha.1|1.2.3-alpha|1",
        "1.2.3-1|1.2.3-alpha|-1",
        "1.2.3-alpha|1.2.3-1|1",
        "1.2.3-beta.11|1.2.3-rc.1|-1",
        "1.2.3-Beta|1.2.3-alpha|-1",
        "1.2.3-0|1.2.3-00a|-1",
        "18446744073709551615.0.0|1.0.0|1",
        "1.2.3-99999999999999999999|1.2.3-1|1",
    })
    void compareTo_followsSemverPrecedence(String a, String b, int expected) {
        assertThat(SemVersion.parse(a).compareTo(SemVersion.parse(b))).isEqualTo(expected);
    }

    @Test
    void sort_ordersByPrecedence() {
        List<String> texts = List.of("1.0.0", "1.0.0-rc.1", "1.0.0-beta.11", "1.0.0-beta.2", "1.0.0-beta",
                "1.0.0-alpha.beta", "1.0.0-alpha.1", "1.0.0-alpha", "0.9.9");
        List<SemVersion> versions = new ArrayList<>(texts.stream().map(SemVersion::parse).toList());
        Collections.shuffle(versions, new java.util.Random(7));
        Collections.sort(versions);
        assertThat(versions).extracting(SemVersion::toString).containsExactlyElementsOf(reversed(texts));
    }

    @Test
    void parseOrNull_returnsNullForGarbage() {
        assertThat(SemVersion.parseOrNull("latest")).isNull();
        assertThat(SemVersion.parseOrNull("1.2")).isEqualTo(new SemVersion(1, 2, 0, "", "", "1.2"));
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}
