package dev.windlass.rego.builtins;

import static dev.windlass.rego.builtins.ExtBuiltinTesting.callJson;
import static dev.windlass.rego.builtins.ExtBuiltinTesting.errorJson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.rego.value.NumberValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeBuiltinsTest {
    @ParameterizedTest(name = "parse_ns({0}, {1}) = {2}")
    @CsvSource(delimiter = '|', value = {
        "2006-01-02T15:04:05|2016-05-10T19:06:42|1462907202000000000",
        "2006-01-02 15:04:05|2015-09-05 23:56:04|1441497364000000000",
        "2006-01-02T15:04:05.999999999|2023-12-24T18:58:45.73439|1703444325734390000",
        "2006-01-02|2020-02-29|1582934400000000000",
        "RFC3339|2020-01-01T01:00:00+01:00|1577836800000000000",
        "RFC1123|Wed, 01 Jan 2020 00:00:00 GMT|1577836800000000000",
        "RFC1123Z|Wed, 01 Jan 2020 02:00:00 +0200|1577836800000000000",
        "Jan _2 2006 3:04PM|Jan  1 2020 12:00AM|1577836800000000000",
        "Jan 2 2006 3:04pm|Feb 1 2020 1:30pm|1580563800000000000",
        "02 January 2006 15:04:05.000|01 January 2020 00:00:00.250|1577836800250000000",
        "2006-01-02T15:04:05Z07:00|2020-01-01T00:00:00.5Z|1577836800500000000",
        "2006 002|2020 032|1580515200000000000",
        "Monday 2006-01-02|Wednesday 2020-01-01|1577836800000000000",
    })
    void parseNs_readsGoLayouts(String layout, String value, String expected) throws Exception {
        assertThat(callJson("time.parse_ns", q(layout), q(value))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "parse_ns({0}, {1}) fails: {2}")
    @CsvSource(delimiter = '|', value = {
        "2006-01-02|2020-1-02|time.parse_ns: parsing time \"2020-1-02\" as \"2006-01-02\": cannot parse \"1-02\" as \"01\"",
        "2006-01-02|2020-13-02|time.parse_ns: parsing time \"2020-13-02\": month out of range",
        "2006-01-02|2020-02-30|time.parse_ns: parsing time \"2020-02-30\": day out of range",
        "2006-01-02|2020-02-03x|time.parse_ns: parsing time \"2020-02-03x\": extra text: \"x\"",
        "2006-01-02|x|time.parse_ns: parsing time \"x\" as \"2006-01-02\": cannot parse \"x\" as \"2006\"",
        "15:04|10:30|time.parse_ns: time outside of valid range",
    })
    void parseNs_failsWithGoMessages(String layout, String value, String message) {
        assertThat(errorJson("time.parse_ns", q(layout), q(value))).hasMessage(message);
    }

    @ParameterizedTest(name = "parse_rfc3339_ns({0}) = {1}")
    @CsvSource(delimiter = '|', value = {
        "2017-06-02T19:00:00-07:00|1496455200000000000",
        "1970-01-01T00:00:00Z|0",
        "1969-12-31T23:59:59.999999999Z|-1",
        "1985-04-12T23:20:50.52Z|482196050520000000",
        "1996-12-19T16:39:57-08:00|851042397000000000",
    })
    void parseRfc3339Ns_readsOffsetsAndFractions(String value, String expected) throws Exception {
        assertThat(callJson("time.parse_rfc3339_ns", q(value))).isEqualTo(expected);
    }

    @Test
    void parseRfc3339Ns_rejectsDatesWithoutTime() {
        assertThat(errorJson("time.parse_rfc3339_ns", q("2020-01-01")))
                .hasMessage("time.parse_rfc3339_ns: parsing time \"2020-01-01\" as \"2006-01-02T15:04:05Z07:00\": "
                        + "cannot parse \"\" as \"T\"");
    }

    @ParameterizedTest(name = "parse_duration_ns({0}) = {1}")
    @CsvSource(delimiter = '|', value = {
        "1h30m|5400000000000", "-1.5s|-1500000000", "300ms|300000000", "1us|1000", "1\u00b5s|1000",
        "0|0", "+2h45m10.5s|9910500000000", ".5m|30000000000", "1h1h|7200000000000",
        "1h6m13.3s20ms15µs1ns|3973320015001", "1.2h20.2ms15µs56ns|4320020215056", "45.67s123ms|45793000000",
        "15.000001ms|15000001", "1.5μs|1500",
    })
    void parseDurationNs_readsGoDurations(String value, String expected) throws Exception {
        assertThat(callJson("time.parse_duration_ns", q(value))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "parse_duration_ns({0}) fails: {1}")
    @CsvSource(delimiter = '|', value = {
        "1|time.parse_duration_ns: time: missing unit in duration \"1\"",
        "1d|time.parse_duration_ns: time: unknown unit \"d\" in duration \"1d\"",
        "''|time.parse_duration_ns: time: invalid duration \"\"",
        "h|time.parse_duration_ns: time: invalid duration \"h\"",
        "9999999999h|time.parse_duration_ns: time: invalid duration \"9999999999h\"",
    })
    void parseDurationNs_failsWithGoMessages(String value, String message) {
        assertThat(errorJson("time.parse_duration_ns", q(value))).hasMessage(message);
    }

    @ParameterizedTest(name = "format({0}) = {1}")
    @CsvSource(delimiter = '|', value = {
        "1703444325734390000|2023-12-24T18:58:45.73439Z",
        "1257894000000000000|2009-11-10T23:00:00Z",
        "[1703444325734390000, \"UTC\", \"2006-01-02T15:04:05\"]|2023-12-24T18:58:45",
        "[1257894000000000000, \"\", \"02/01/2006 15:04\"]|10/11/2009 23:00",
        "[1257894000000000000, \"America/New_York\"]|2009-11-10T18:00:00-05:00",
        "[1257894000000000000, \"Asia/Kolkata\", \"RFC822Z\"]|11 Nov 09 04:30 +0530",
        "[1257894000000000000, \"America/New_York\", \"Mon Jan _2 3:04:05 PM MST 2006\"]|Tue Nov 10 6:00:00 PM EST 2009",
        "[1257894000000000000, \"UTC\", \"RFC1123\"]|Tue, 10 Nov 2009 23:00:00 UTC",
        "[1257894001234000000, \"UTC\", \"05.000 .999 ,9 Z0700 -07:00 002 __2 pm\"]|01.234 .234 ,2 Z +00:00 314 314 pm",
    })
    void format_writesGoLayoutsInZones(String time, String expected) throws Exception {
        assertThat(callJson("time.format", time)).isEqualTo(q(expected));
    }

    @Test
    void format_rejectsUnknownZones() {
        assertThat(errorJson("time.format", "[0, \"Mars/Olympus\"]"))
                .hasMessage("time.format: unknown time zone Mars/Olympus");
    }

    @Test
    void format_rejectsOperandsOfTheWrongType() {
        assertThat(errorJson("time.format", "\"x\""))
                .hasMessage("time.format: operand 1 must be either number (ns) or [number (ns), string (tz)] but got string")
                .extracting(BuiltinException::kind).isEqualTo(BuiltinException.Kind.TYPE);
        assertThat(errorJson("time.format", "[1, \"UTC\", 42]"))
                .hasMessage("time.format: operand 1 must be string but got number");
    }

    @Test
    void dateClockWeekday_readTheTimeInItsZone() throws Exception {
        assertThat(callJson("time.date", "1703444325734390000")).isEqualTo("[2023,12,24]");
        assertThat(callJson("time.clock", "1703444325734390000")).isEqualTo("[18,58,45]");
        assertThat(callJson("time.weekday", "1703444325734390000")).isEqualTo("\"Sunday\"");
        assertThat(callJson("time.date", "[1703444325734390000, \"Pacific/Kiritimati\"]")).isEqualTo("[2023,12,25]");
        assertThat(callJson("time.clock", "[1703444325734390000, \"Asia/Tokyo\"]")).isEqualTo("[3,58,45]");
        assertThat(callJson("time.weekday", "[1703444325734390000, \"Asia/Tokyo\"]")).isEqualTo("\"Monday\"");
        assertThat(callJson("time.date", "-1")).isEqualTo("[1969,12,31]");
        assertThat(callJson("time.clock", "[1703444325734390000, \"CET\"]")).isEqualTo("[19,58,45]");
        assertThat(callJson("time.date", "[1703896119423491000, \"\"]")).isEqualTo("[2023,12,30]");
    }

    @Test
    void date_rejectsFractionalTimestamps() {
        assertThat(errorJson("time.date", "1.5")).hasMessage("time.date: timestamp too big");
    }

    @ParameterizedTest(name = "add_date({0}, {1}, {2}, {3}) = {4}")
    @CsvSource(delimiter = '|', value = {
        "1577836800000000000|1|0|0|1609459200000000000",
        "1604102400000000000|0|1|0|1606780800000000000",
        "1582934400000000000|1|0|0|1614556800000000000",
        "1577836800000000000|0|0|-1|1577750400000000000",
        "1577836800000000000|0|-13|0|1543622400000000000",
        "1703444325734390000|60|0|0|3596900325734390000",
        "1703444325734390000|-60|0|0|-190011674265610000",
        "1703444325734390000|0|15|0|1742842725734390000",
        "1703444325734390000|0|-19|0|1653418725734390000",
    })
    void addDate_normalisesLikeGo(String ns, String years, String months, String days, String expected) throws Exception {
        assertThat(callJson("time.add_date", ns, years, months, days)).isEqualTo(expected);
    }

    @Test
    void addDate_failsOutsideTheNanosecondRange() {
        assertThat(errorJson("time.add_date", "0", "300", "0", "0")).hasMessage("time.add_date: time outside of valid range");
        assertThat(errorJson("time.add_date", "0", "4294967296", "0", "0")).hasMessage("time.add_date: time outside of valid range");
        assertThat(errorJson("time.add_date", "1703444325734390000", "2147483647", "0", "0"))
                .hasMessage("time.add_date: time outside of valid range");
        assertThat(errorJson("time.add_date", "0", "1.5", "0", "0"))
                .hasMessage("time.add_date: operand 2 must be integer number but got floating-point number");
    }

    @ParameterizedTest(name = "diff({0}, {1}) = {2}")
    @CsvSource(delimiter = '|', value = {
        "1703444325734390000|1257894000000000000|[14,1,13,19,58,45]",
        "1257894000000000000|1703444325734390000|[14,1,13,19,58,45]",
        "[1703444325734390000, \"UTC\"]|[1257894000000000000, \"\"]|[14,1,13,19,58,45]",
        "1580601600000000000|1583020800000000000|[0,0,28,0,0,0]",
    })
    void diff_countsCalendarDifferences(String a, String b, String expected) throws Exception {
        assertThat(callJson("time.diff", a, b)).isEqualTo(expected);
    }

    @Test
    void nowNs_isTheEvaluationClockAndNondeterministic() throws Exception {
        Builtin now = BuiltinTable.standard().find("time.now_ns").orElseThrow();
        assertThat(now.deterministic()).isFalse();
        assertThat(ExtBuiltinTesting.call("time.now_ns"))
                .isEqualTo(NumberValue.of(ExtBuiltinTesting.NOW.getEpochSecond() * 1_000_000_000L + ExtBuiltinTesting.NOW.getNano()));
    }

    private static String q(String s) {
        StringBuilder out = new StringBuilder();
        JsonText.quote(s, out);
        return out.toString();
    }
}
