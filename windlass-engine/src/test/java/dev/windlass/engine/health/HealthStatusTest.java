package dev.windlass.engine.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HealthStatusTest {

    @Test
    void values_areOrderedFromHealthiestToLeastHealthyAsArgoCdOrdersThem() {
        assertThat(HealthStatus.values()).extracting(HealthStatus::text)
                .containsExactly("Healthy", "Suspended", "Progressing", "Missing", "Degraded", "Unknown");
    }

    @Test
    void worst_ofTwo_picksTheLaterInTheOrder() {
        assertThat(HealthStatus.worst(HealthStatus.HEALTHY, HealthStatus.SUSPENDED)).isEqualTo(HealthStatus.SUSPENDED);
        assertThat(HealthStatus.worst(HealthStatus.DEGRADED, HealthStatus.MISSING)).isEqualTo(HealthStatus.DEGRADED);
        assertThat(HealthStatus.worst(HealthStatus.UNKNOWN, HealthStatus.DEGRADED)).isEqualTo(HealthStatus.UNKNOWN);
    }

    @Test
    void worst_ofCollection_isHealthyWhenEmptyAndTheWorstOtherwise() {
        assertThat(HealthStatus.worst(List.of())).isEqualTo(HealthStatus.HEALTHY);
        assertThat(HealthStatus.worst(List.of(HealthStatus.PROGRESSING, HealthStatus.HEALTHY, HealthStatus.MISSING)))
                .isEqualTo(HealthStatus.MISSING);
    }

    @Test
    void fromText_readsArgoNamesAndRejectsOthers() {
        assertThat(HealthStatus.fromText("Progressing")).contains(HealthStatus.PROGRESSING);
        assertThat(HealthStatus.fromText("progressing")).isEmpty();
    }

    @Test
    void healthWorst_keepsTheMessageOfTheWorseHealth() {
        Health a = Health.progressing("waiting");
        Health b = Health.degraded("broken");
        assertThat(a.worst(b)).isEqualTo(b);
        assertThat(b.worst(a)).isEqualTo(b);
        assertThat(new Health(HealthStatus.HEALTHY, null).message()).isEmpty();
    }
}
