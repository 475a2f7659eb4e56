package dev.windlass.rego.builtins;

import static dev.windlass.rego.builtins.ExtBuiltinTesting.callJson;
import static dev.windlass.rego.builtins.ExtBuiltinTesting.errorJson;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetBuiltinsTest {
    @ParameterizedTest(name = "{0}({1}, {2}) = {3}")
    @CsvSource(delimiter = '|', value = {
        "net.cidr_contains|10.0.0.0/8|10.1.2.3|true",
        "net.cidr_contains|10.0.0.0/8|11.1.2.3|false",
        "net.cidr_contains|10.0.0.0/8|10.1.0.0/16|true",
        "net.cidr_contains|10.1.0.0/16|10.0.0.0/8|false",
        "net.cidr_contains|10.0.0.0/24|10.0.0.0/23|false",
        "net.cidr_contains|2001:db8::/32|2001:db8:1::1|true",
        "net.cidr_contains|2001:db8::/32|2001:db9::1|false",
        "net.cidr_contains|10.0.0.0/8|::ffff:10.1.1.1|true",
        "net.cidr_contains|::/0|10.1.1.1|false",
        "net.cidr_contains|192.168.1.1/32|192.168.1.1/32|true",
        "net.cidr_overlap|10.0.0.0/8|10.1.2.3|true",
        "net.cidr_intersects|10.0.0.0/8|10.255.0.0/16|true",
        "net.cidr_intersects|10.255.0.0/16|10.0.0.0/8|true",
        "net.cidr_intersects|10.0.0.0/16|10.1.0.0/16|false",
        "net.cidr_intersects|fd00::/8|fd12::/16|true",
    })
    void cidrPredicates_followGoNetSemantics(String name, String a, String b, String expected) throws Exception {
        assertThat(callJson(name, q(a), q(b))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "cidr_is_valid({0}) = {1}")
    @CsvSource(delimiter = '|', value = {
        "192.168.0.0/30|true", "192.168.0.500/30|false", "10.0.0.0/33|false", "10.0.0.1|false",
        "::/0|true", "2001:db8::/129|false", "2001:db8:::/64|false", "010.0.0.0/8|false", "1:2:3:4:5:6:7:8/64|true",
        "::ffff:1.2.3.4/128|true", "fe80::1%eth0/64|false",
    })
    void cidrIsValid_acceptsOnlyGoCidrs(String cidr, String expected) throws Exception {
        assertThat(callJson("net.cidr_is_valid", q(cidr))).isEqualTo(expected);
        assertThat(callJson("net.cidr_is_valid", "7")).isEqualTo("false");
    }

    @Test
    void cidrContains_reportsInvalidOperands() {
        assertThat(errorJson("net.cidr_contains", q("10.0.0.0"), q("10.0.0.1")))
                .hasMessage("net.cidr_contains: invalid CIDR address: 10.0.0.0");
        assertThat(errorJson("net.cidr_contains", q("10.0.0.0/8"), q("nope")))
                .hasMessage("net.cidr_contains: not a valid textual representation of an IP address or CIDR: nope");
        assertThat(errorJson("net.cidr_contains", q("10.0.0.0/8"), "1"))
                .hasMessage("net.cidr_contains: operand 1 must be string but got number");
    }

    @Test
    void cidrExpand_listsEveryAddress() throws Exception {
        assertThat(callJson("net.cidr_expand", q("192.168.0.0/30")))
                .isEqualTo("[\"192.168.0.0\",\"192.168.0.1\",\"192.168.0.2\",\"192.168.0.3\"]");
        assertThat(callJson("net.cidr_expand", q("192.168.0.5/31"))).isEqualTo("[\"192.168.0.4\",\"192.168.0.5\"]");
        assertThat(callJson("net.cidr_expand", q("2002::1234:abcd:ffff:c0a8:101/127")))
                .isEqualTo("[\"2002::1234:abcd:ffff:c0a8:100\",\"2002::1234:abcd:ffff:c0a8:101\"]");
        assertThat(errorJson("net.cidr_expand", q("x"))).hasMessage("net.cidr_expand: invalid CIDR address: x");
    }

    @ParameterizedTest(name = "cidr_merge({0}) = {1}")
    @CsvSource(delimiter = '|', value = {
        "[\"192.0.128.0/24\", \"192.0.129.0/24\"]|[\"192.0.128.0/23\"]",
        "[\"10.0.0.0/8\", \"10.1.0.0/16\", \"10.0.0.0/8\"]|[\"10.0.0.0/8\"]",
        "[\"192.0.128.0/24\", \"192.0.130.0/24\"]|[\"192.0.128.0/24\",\"192.0.130.0/24\"]",
        "[\"192.0.128.0/24\", \"192.0.129.0/24\", \"192.0.130.0/24\"]|[\"192.0.128.0/23\",\"192.0.130.0/24\"]",
        "[\"1900::1/96\", \"1900::20/64\"]|[\"1900::/64\"]",
        "[\"2001:db8::/33\", \"2001:db8:8000::/33\"]|[\"2001:db8::/32\"]",
        "[\"10.1.2.3\"]|[\"10.1.2.3/8\"]",
        "[]|[]",
    })
    void cidrMerge_mergesAdjacentAndContainedNetworks(String cidrs, String expected) throws Exception {
        assertThat(callJson("net.cidr_merge", cidrs)).isEqualTo(expected);
    }

    @Test
    void cidrMerge_rejectsBadElements() {
        assertThat(errorJson("net.cidr_merge", "[1]")).hasMessage("net.cidr_merge: element must be string");
        assertThat(errorJson("net.cidr_merge", "[\"::1\"]")).hasMessage("net.cidr_merge: IPv6 invalid: needs prefix length");
        assertThat(errorJson("net.cidr_merge", "[\"x/8\"]")).hasMessage("net.cidr_merge: invalid CIDR address: x/8");
    }

    @Test
    void cidrContainsMatches_reportsIndexPairs() throws Exception {
        assertThat(callJson("net.cidr_contains_matches", q("1.1.1.0/24"), q("1.1.1.128")))
                .isEqualTo("[[\"1.1.1.0/24\",\"1.1.1.128\"]]");
        assertThat(callJson("net.cidr_contains_matches", "[\"1.1.1.0/24\", \"1.1.2.0/24\"]", "{\"x\": \"1.1.1.128\", \"y\": [\"1.1.2.254\", \"bar\"]}"))
                .isEqualTo("[[0,\"x\"],[1,\"y\"]]");
        assertThat(callJson("net.cidr_contains_matches", "[[\"1.1.0.0/16\", \"foo\"]]", "[\"1.1.2.3\", \"2.2.2.2\"]"))
                .isEqualTo("[[0,0]]");
        assertThat(errorJson("net.cidr_contains_matches", "[[]]", q("1.1.1.1")))
                .hasMessage("net.cidr_contains_matches: operand 1: element must be string or non-empty array");
    }

    @Test
    void lookupIpAddr_isNotRegistered() {
        assertThat(BuiltinTable.standard().find("net.lookup_ip_addr")).isEmpty();
        assertThat(BuiltinTable.standard().find("http.send")).isEmpty();
    }

    static String q(String s) {
        StringBuilder out = new StringBuilder();
        JsonText.quote(s, out);
        return out.toString();
    }
}
