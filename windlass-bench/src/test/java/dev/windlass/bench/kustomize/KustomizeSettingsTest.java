package dev.windlass.bench.kustomize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class KustomizeSettingsTest {

    @Test
    void from_keepsTheDefaultsWithoutProperties() {
        KustomizeSettings settings = KustomizeSettings.from(new Properties());

        assertThat(settings).isEqualTo(KustomizeSettings.DEFAULT);
        assertThat(settings.fixture().generators()).isTrue();
        assertThat(settings.fixture().baseObjects()).isEqualTo(500);
    }

    @Test
    void from_readsEverySetting() {
        Properties properties = new Properties();
        properties.setProperty("kustomize.apps", "1_00");
        properties.setProperty("kustomize.generators", "off");
        properties.setProperty("kustomize.namePrefix", "false");
        properties.setProperty("kustomize.measureS", "3");
        properties.setProperty("kustomize.kubectl", "/opt/kubectl");
        properties.setProperty("kustomize.cliJar", "windlass-cli/target-x/windlass.jar");
        properties.setProperty("kustomize.launcher", "/repo/windlass");

        KustomizeSettings settings = KustomizeSettings.from(properties);

        assertThat(settings.fixture()).isEqualTo(new KustomizeFixture(100, false, false));
        assertThat(settings.measureS()).isEqualTo(3);
        assertThat(settings.kubectl()).isEqualTo("/opt/kubectl");
        assertThat(settings.cliJar()).isEqualTo("windlass-cli/target-x/windlass.jar");
        assertThat(settings.launcher()).isEqualTo("/repo/windlass");
    }

    @Test
    void from_refusesValuesItCannotUse() {
        Properties flag = new Properties();
        flag.setProperty("kustomize.generators", "maybe");
        Properties number = new Properties();
        number.setProperty("kustomize.coldRuns", "0");

        assertThatThrownBy(() -> KustomizeSettings.from(flag)).hasMessageContaining("kustomize.generators is \"maybe\"");
        assertThatThrownBy(() -> KustomizeSettings.from(number)).hasMessageContaining("kustomize.coldRuns is 0");
    }
}
