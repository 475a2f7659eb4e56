package dev.windlass.sandbox.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KubeVersionOrderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "v1 v1beta2 v1beta1 v1alpha1",
        "v2 v1 v2beta1 v1beta1",
        "v10 v2 v1",
        "v11beta2 v10beta3 v3beta1",
        "v12alpha1 v11alpha2",
        "v1 v1beta1 v2alpha1 foo1 foo10",
        "v2 v1 v11beta2 v10beta3 v3beta1 v12alpha1 v11alpha2 foo1 foo10",
    })
    void preferredFirst_sortsGaBeforeBetaBeforeAlphaThenOthers(String expectedOrder) {
        List<String> expected = List.of(expectedOrder.split(" "));
        List<String> shuffled = new ArrayList<>(expected);
        Collections.reverse(shuffled);
        shuffled.sort(KubeVersionOrder.PREFERRED_FIRST);
        assertThat(shuffled).containsExactlyElementsOf(expected);
    }

    @Test
    void compare_isPositiveWhenTheFirstIsPreferred() {
        assertThat(KubeVersionOrder.compare("v1", "v1beta1")).isPositive();
        assertThat(KubeVersionOrder.compare("v1alpha1", "v1beta1")).isNegative();
        assertThat(KubeVersionOrder.compare("v1", "v1")).isZero();
    }

    @Test
    void isKubeStyle_acceptsOnlyVersionForms() {
        assertThat(KubeVersionOrder.isKubeStyle("v1beta2")).isTrue();
        assertThat(KubeVersionOrder.isKubeStyle("v1gamma1")).isFalse();
        assertThat(KubeVersionOrder.isKubeStyle("v99999999999999999999")).isFalse();
    }
}
