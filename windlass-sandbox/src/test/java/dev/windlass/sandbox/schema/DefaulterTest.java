package dev.windlass.sandbox.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DefaulterTest {

    private static final Schema SCHEMA = Json.withSpec(("{'type':'object','properties':{"
            + "'replicas':{'type':'integer','default':1},"
            + "'mode':{'type':'string'},"
            + "'note':{'type':'string','nullable':true},"
            + "'ports':{'type':'array','items':{'type':'object','properties':{"
            + "'protocol':{'type':'string','default':'TCP'},'port':{'type':'integer'}}}}}}").replace('\'', '"'));

    @Test
    void apply_fillsMissingDefaultsAtEveryDepth() {
        var result = Defaulter.apply(SCHEMA, Json.map("{\"spec\":{\"ports\":[{\"port\":80}]}}"));

        assertThat(result).isEqualTo(Json.map("{\"spec\":{\"ports\":[{\"port\":80,\"protocol\":\"TCP\"}],\"replicas\":1}}"));
    }

    @Test
    void apply_replacesANullByTheDefaultAndDropsANullWithoutOne() {
        var result = Defaulter.apply(SCHEMA, Json.map("{\"spec\":{\"replicas\":null,\"mode\":null,\"note\":null}}"));

        assertThat(result).isEqualTo(Json.map("{\"spec\":{\"replicas\":1,\"note\":null}}"));
    }

    @Test
    void apply_keepsAValueTheClientSet() {
        var result = Defaulter.apply(SCHEMA, Json.map("{\"spec\":{\"replicas\":5}}"));

        assertThat(result).isEqualTo(Json.map("{\"spec\":{\"replicas\":5}}"));
    }
}
