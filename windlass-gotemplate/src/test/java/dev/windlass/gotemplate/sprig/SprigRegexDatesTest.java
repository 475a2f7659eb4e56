package dev.windlass.gotemplate.sprig;

import static dev.windlass.gotemplate.sprig.SprigCalls.call;
import static dev.windlass.gotemplate.sprig.SprigCalls.fail;
import static dev.windlass.gotemplate.sprig.SprigCalls.list;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.gotemplate.GoFmt;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SprigRegexDatesTest {

    private static final GoTime T = GoTime.of(ZonedDateTime.of(2021, 3, 4, 15, 6, 7, 891_000_000, ZoneOffset.UTC), "UTC");

    private static Arguments c(Object expected, String name, Object... args) {
        return Arguments.of(name, Arrays.asList(args), expected);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                c(true, "regexMatch", "^[a-z]+\\d$", "abc1"), c(false, "regexMatch", "^abc$", "abc\n"),
                c(true, "regexMatch", "(?m)^abc$", "x\nabc\ny"), c(false, "regexMatch", "(", "x"),
                c(true, "regexMatch", "[[:digit:]]+", "a1"), c(true, "regexMatch", "(?P<y>\\d{4})", "2021"),
                c(list("a1", "b2"), "regexFindAll", "[a-z]\\d", "a1 b2 c3", 2), c(list("", "aaa", ""), "regexFindAll", "a*",
                        "baaab", -1), c(list(), "regexFindAll", "z", "abc", -1), c("b2", "regexFind", "[b-z]\\d", "a1 b2"),
                c("-W-xxW-", "regexReplaceAll", "a(x*)b", "-ab-axxb-", "${1}W"), c("--xx-", "regexReplaceAll", "a(x*)b",
                        "-ab-axxb-", "$1"), c("---", "regexReplaceAll", "a(x*)b", "-ab-axxb-", "$1W"),
                c("-$1-$1-", "regexReplaceAllLiteral", "a(x*)b", "-ab-axxb-", "$1"), c("XbXbX", "regexReplaceAll", "a*",
                        "bab", "X"), c("2021/03", "regexReplaceAll", "(?P<y>\\d+)-(?P<m>\\d+)", "2021-03", "${y}/$m"),
                c("$", "regexReplaceAll", "x", "x", "$$"), c(list("a", "b", "c"), "regexSplit", ",\\s*", "a, b,c", -1),
                c(list("a", "b,c"), "regexSplit", ",", "a,b,c", 2), c(list(""), "regexSplit", ",", "", -1),
                c("a\\.b\\*", "regexQuoteMeta", "a.b*"),
                c("2021-03-04", "htmlDateInZone", T, "UTC"), c("2021-03-04 16:06:07", "dateInZone", "2006-01-02 15:04:05",
                        T, "Europe/Berlin"), c("Thu Mar  4 03:06:07 PM UTC 2021", "dateInZone",
                        "Mon Jan _2 03:04:05 PM MST 2006", T, "UTC"), c("21-3-4T15:6:7.891+00:00", "dateInZone",
                        "06-1-2T15:4:5.000-07:00", T, "UTC"), c("2021-03-04T15:06:07.891Z", "dateInZone",
                        "2006-01-02T15:04:05.999999999Z07:00", T, "UTC"), c("Thursday March 063", "dateInZone",
                        "Monday January 002", T, "nowhere"), c("1970-01-01", "dateInZone", "2006-01-02", 0L, "UTC"),
                c("1614870367", "unixEpoch", T), c("1m35s", "duration", "95"), c("0s", "duration", 95),
                c("2h0m0s", "duration", 7200L), c("2h", "durationRound", "2h10m"), c("3mo", "durationRound", "2200h"),
                c("1y", "durationRound", "9000h"), c("0s", "durationRound", "bad"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void regexAndDateFunctions_matchSprig(String name, java.util.List<Object> args, Object expected) throws Exception {
        assertThat(call(name, args.toArray())).isEqualTo(expected);
    }

    @Test
    void regex_failsWithGosCompileErrors() {
        assertThat(fail("mustRegexMatch", "(", "x")).isEqualTo("error parsing regexp: missing closing ): `(`");
        assertThat(fail("regexFind", "(", "x")).isEqualTo("regexp: Compile(`(`): error parsing regexp: missing closing ): `(`");
        assertThat(fail("mustRegexFind", "a(?=b)", "x"))
                .isEqualTo("error parsing regexp: invalid or unsupported Perl syntax: `(?=`");
        assertThat(fail("mustRegexFind", "(a)\\1", "x")).isEqualTo("error parsing regexp: invalid escape sequence: `\\1`");
    }

    @Test
    void dates_modifyParseAndPrintLikeGo() throws Exception {
        GoTime later = (GoTime) call("dateModify", "1h30m", T);
        assertThat(later.toString()).isEqualTo("2021-03-04 16:36:07.891 +0000 UTC");
        assertThat(call("dateModify", "nope", T)).isEqualTo(T);
        assertThat(fail("mustDateModify", "nope", T)).isEqualTo("time: invalid duration \"nope\"");
        assertThat(fail("mustDateModify", "5x", T)).isEqualTo("time: unknown unit \"x\" in duration \"5x\"");
        GoTime parsed = (GoTime) call("mustToDate", "2006-01-02T15:04:05Z07:00", "2020-05-06T07:08:09+02:00");
        assertThat(parsed.unix()).isEqualTo(1588741689L);
        assertThat(fail("mustToDate", "2006-01-02", "2020-5-06")).isEqualTo(
                "parsing time \"2020-5-06\" as \"2006-01-02\": cannot parse \"5-06\" as \"01\"");
        assertThat(call("toDate", "2006-01-02", "garbage")).isEqualTo(GoTime.ZERO);
        assertThat(GoTime.ZERO.toString()).isEqualTo("0001-01-01 00:00:00 +0000 UTC");
        assertThat(GoFmt.sprint(T)).isEqualTo("2021-03-04 15:06:07.891 +0000 UTC");
        assertThat(call("ago", T).toString()).matches("\\d+h\\d+m\\d+s");
        assertThat(SprigDuration.format(1_500_000)).isEqualTo("1.5ms");
        assertThat(SprigDuration.format(-90_000_000_000L)).isEqualTo("-1m30s");
        assertThat(SprigDuration.format(2_000)).isEqualTo("2µs");
    }
}
