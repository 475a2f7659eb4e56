package dev.windlass.sandbox.kubeconfig;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokensTest {

    private static final String TOKEN = "s3cr3t-Token_value";

    @Test
    void generate_makesDistinctBase64UrlTokensOf32Bytes() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            tokens.add(Tokens.generate());
        }

        assertThat(tokens).hasSize(100).allSatisfy(token -> assertThat(token).matches("[A-Za-z0-9_-]{43}"));
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Bearer s3cr3t-Token_value|true",
        "bearer s3cr3t-Token_value|true",
        "BEARER s3cr3t-Token_value|true",
        "'  Bearer s3cr3t-Token_value  '|true",
        "Bearer s3cr3t-Token_value trailing|true",
        "'Bearer  s3cr3t-Token_value'|false",
        "Basic s3cr3t-Token_value|false",
        "Bearer|false",
        "'Bearer '|false",
        "Bearer s3cr3t-Token_valuE|false",
        "Bearer s3cr3t-Token_valu|false",
        "Bearer s3cr3t-Token_value2|false",
        "s3cr3t-Token_value|false",
        "''|false",
    })
    void matches_readsTheHeaderAsTheApiServerDoes(String header, boolean expected) {
        assertThat(Tokens.matches(TOKEN, header)).isEqualTo(expected);
    }

    @Test
    void matches_refusesMissingHeaderOrEmptyExpectedToken() {
        assertThat(Tokens.matches(TOKEN, null)).isFalse();
        assertThat(Tokens.matches("", "Bearer ")).isFalse();
        assertThat(Tokens.matches(null, "Bearer x")).isFalse();
    }
}
