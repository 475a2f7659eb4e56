package dev.windlass.rego.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The standard table holds every extended built-in under OPA's name and arity, and no network built-in. */
class ExtBuiltinRegistrationTest {
    private static final String EXT = "json.marshal:1 json.marshal_with_options:2 json.unmarshal:1 json.is_valid:1"
            + " yaml.marshal:1 yaml.unmarshal:1 yaml.is_valid:1 base64.encode:1 base64.decode:1 base64.is_valid:1"
            + " base64url.encode:1 base64url.encode_no_pad:1 base64url.decode:1 hex.encode:1 hex.decode:1"
            + " urlquery.encode:1 urlquery.decode:1 urlquery.encode_object:1 urlquery.decode_object:1"
            + " json.filter:2 json.remove:2 json.patch:2 units.parse:1 units.parse_bytes:1 time.now_ns:0"
            + " time.parse_ns:2 time.parse_rfc3339_ns:1 time.parse_duration_ns:1 time.date:1 time.clock:1"
            + " time.weekday:1 time.add_date:4 time.diff:2 time.format:1 semver.is_valid:1 semver.compare:2"
            + " net.cidr_contains:2 net.cidr_overlap:2 net.cidr_intersects:2 net.cidr_contains_matches:2"
            + " net.cidr_expand:1 net.cidr_merge:1 net.cidr_is_valid:1 io.jwt.decode:1 io.jwt.decode_verify:2"
            + " io.jwt.verify_hs256:2 io.jwt.verify_hs384:2 io.jwt.verify_hs512:2 io.jwt.verify_rs256:2"
            + " io.jwt.verify_rs384:2 io.jwt.verify_rs512:2 io.jwt.verify_ps256:2 io.jwt.verify_ps384:2"
            + " io.jwt.verify_ps512:2 io.jwt.verify_es256:2 io.jwt.verify_es384:2 io.jwt.verify_es512:2"
            + " io.jwt.verify_eddsa:2 io.jwt.encode_sign:3 io.jwt.encode_sign_raw:3 crypto.md5:1 crypto.sha1:1"
            + " crypto.sha256:1 crypto.hmac.md5:2 crypto.hmac.sha1:2 crypto.hmac.sha256:2 crypto.hmac.sha512:2"
            + " crypto.hmac.equal:2 crypto.x509.parse_certificates:1 crypto.x509.parse_rsa_private_key:1"
            + " crypto.x509.parse_and_verify_certificates:1 crypto.x509.parse_and_verify_certificates_with_options:2"
            + " uuid.rfc4122:1 uuid.parse:1 rand.intn:2 graph.reachable:2 graph.reachable_paths:2 opa.runtime:0";
    private static final Set<String> NONDETERMINISTIC = Set.of("time.now_ns", "uuid.rfc4122", "rand.intn");

    @Test
    void standard_registersEveryExtendedBuiltinWithOpasArity() {
        Map<String, Integer> expected = new TreeMap<>();
        Arrays.stream(EXT.split(" ")).map(s -> s.split(":")).forEach(p -> expected.put(p[0], Integer.parseInt(p[1])));
        Map<String, Integer> actual = new TreeMap<>();
        for (String name : expected.keySet()) {
            BuiltinTable.standard().find(name).ifPresent(b -> actual.put(name, b.arity()));
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void standard_marksOnlyRandomAndClockBuiltinsNondeterministic() {
        for (String entry : EXT.split(" ")) {
            String name = entry.substring(0, entry.lastIndexOf(':'));
            assertThat(BuiltinTable.standard().find(name).orElseThrow().deterministic())
                    .as(name).isEqualTo(!NONDETERMINISTIC.contains(name));
        }
    }

    @Test
    void standard_leavesOutNetworkBuiltins() {
        assertThat(BuiltinTable.standard().find("http.send")).isEmpty();
        assertThat(BuiltinTable.standard().find("net.lookup_ip_addr")).isEmpty();
    }
}
