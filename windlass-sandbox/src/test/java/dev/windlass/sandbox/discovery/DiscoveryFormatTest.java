package dev.windlass.sandbox.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class DiscoveryFormatTest {

    /** What client-go 1.32 sends for {@code /api} and {@code /apis}. */
    private static final String KUBECTL_132 = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,"
            + "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json";

    @Test
    void kubectlAccept_asksForAggregatedV2() {
        assertThat(DiscoveryFormat.fromAccept(KUBECTL_132)).isEqualTo(DiscoveryFormat.AGGREGATED_V2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "application/json|LEGACY",
        "*/*|LEGACY",
        "application/json, */*|LEGACY",
        "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json|AGGREGATED_V2BETA1",
        "application/json; as=APIGroupDiscoveryList; v=v2; g=apidiscovery.k8s.io|AGGREGATED_V2",
        "application/json;q=0.9,application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList|AGGREGATED_V2",
        "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList;q=0.5,application/json|LEGACY",
        "application/vnd.kubernetes.protobuf;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json|LEGACY",
        "application/json;g=apidiscovery.k8s.io;v=v3;as=APIGroupDiscoveryList|LEGACY",
        "application/json;as=Table;v=v1;g=meta.k8s.io|LEGACY",
        "application/yaml|LEGACY",
    })
    void fromAccept_picksTheHighestQualityFormItCanProduce(String accept, DiscoveryFormat expected) {
        assertThat(DiscoveryFormat.fromAccept(accept)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void noAcceptHeader_meansLegacy(String accept) {
        assertThat(DiscoveryFormat.fromAccept(accept)).isEqualTo(DiscoveryFormat.LEGACY);
    }

    @Test
    void contentType_isWhatClientGoMatchesTheResponseAgainst() {
        assertThat(DiscoveryFormat.AGGREGATED_V2.contentType())
                .isEqualTo("application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList");
        assertThat(DiscoveryFormat.LEGACY.contentType()).isEqualTo("application/json");
        assertThat(DiscoveryFormat.AGGREGATED_V2BETA1.apiVersion()).isEqualTo("apidiscovery.k8s.io/v2beta1");
    }
}
