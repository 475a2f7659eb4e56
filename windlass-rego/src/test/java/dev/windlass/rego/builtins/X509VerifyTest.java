package dev.windlass.rego.builtins;

import static dev.windlass.rego.builtins.ExtBuiltinTesting.json;
import static dev.windlass.rego.builtins.ExtBuiltinTesting.str;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.windlass.rego.value.ArrayValue;
import dev.windlass.rego.value.BoolValue;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.Value;
import dev.windlass.rego.value.Values;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class X509VerifyTest {
    private static final Instant IN_VALIDITY = Instant.parse("2027-06-01T00:00:00Z");
    private static final String CHAIN = CryptoBuiltinsTest.resource("test-chain.pem");

    @Test
    void parseAndVerify_returnsTheChainLeafFirst() throws Exception {
        ArrayValue result = (ArrayValue) verify(str(CHAIN));
        assertThat(result.get(0)).isEqualTo(BoolValue.TRUE);
        ArrayValue chain = (ArrayValue) result.get(1);
        assertThat(chain.items()).extracting(c -> Values.toJson(((ObjectValue) ((ObjectValue) c).get("Subject")).get("CommonName")))
                .containsExactly("\"api.windlass.test\"", "\"Windlass Test Intermediate\"", "\"Windlass Test Root\"");
    }

    @Test
    void parseAndVerify_isFalseForBrokenChains() throws Exception {
        String[] blocks = CHAIN.split("(?=-----BEGIN)");
        assertThat(Values.toJson(verify(str(blocks[0] + blocks[2])))).isEqualTo("[false,[]]");
        assertThat(Values.toJson(verify(str(blocks[2])))).isEqualTo("[false,[]]");
        assertThat(Values.toJson(verify(str("garbage")))).isEqualTo("[false,[]]");
        assertThat(Values.toJson(ExtBuiltinTesting.call(ExtBuiltinTesting.context(Instant.parse("2040-01-01T00:00:00Z")),
                "crypto.x509.parse_and_verify_certificates", str(CHAIN)))).isEqualTo("[false,[]]");
    }

    @ParameterizedTest(name = "with options {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"DNSName\":\"api.windlass.test\"}|true",
        "{\"DNSName\":\"x.apps.windlass.test\"}|true",
        "{\"DNSName\":\"other.test\"}|false",
        "{\"KeyUsages\":[\"KeyUsageServerAuth\"]}|true",
        "{\"KeyUsages\":[\"KeyUsageClientAuth\"]}|false",
        "{\"KeyUsages\":[\"KeyUsageAny\"]}|true",
        "{\"CurrentTime\":1577836800000000000}|false",
    })
    void parseAndVerifyWithOptions_appliesTheOptions(String options, boolean valid) throws Exception {
        Value result = ExtBuiltinTesting.call(ExtBuiltinTesting.context(IN_VALIDITY),
                "crypto.x509.parse_and_verify_certificates_with_options", str(CHAIN), json(options));
        assertThat(((ArrayValue) result).get(0)).isEqualTo(BoolValue.of(valid));
    }

    @Test
    void parseAndVerifyWithOptions_rejectsUnknownOptions() {
        BuiltinException e = catchThrowableOfType(BuiltinException.class, () -> ExtBuiltinTesting.call(ExtBuiltinTesting.context(IN_VALIDITY),
                "crypto.x509.parse_and_verify_certificates_with_options", str(CHAIN), json("{\"Colour\":1}")));
        assertThat(e).hasMessage("crypto.x509.parse_and_verify_certificates_with_options: invalid key option");
        BuiltinException usages = catchThrowableOfType(BuiltinException.class, () -> ExtBuiltinTesting.call(ExtBuiltinTesting.context(IN_VALIDITY),
                "crypto.x509.parse_and_verify_certificates_with_options", str(CHAIN), json("{\"KeyUsages\":[\"Nope\"]}")));
        assertThat(usages).hasMessage("crypto.x509.parse_and_verify_certificates_with_options: invalid entries for 'KeyUsages' found: [Nope]");
    }

    private static Value verify(Value certs) throws BuiltinException {
        return ExtBuiltinTesting.call(ExtBuiltinTesting.context(IN_VALIDITY), "crypto.x509.parse_and_verify_certificates", certs);
    }
}
