package dev.windlass.model.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScalarResolverTest {

    @ParameterizedTest
    @ValueSource(strings = {"yes", "No", "on", "OFF", "y", "true", "null", "~", "", "123", "0123", "0x1F", "1e3", "1_000",
            ".5", "-1", ".inf", "-.Inf", ".nan", "12:30", "190:20:30.15", "2001-12-14", "2001-12-14T21:59:43.10Z", "2001-12-14 21:59:43"})
    void isAmbiguous_forTextEitherToolWouldReadAsAnotherType(String text) {
        assertThat(ScalarResolver.isAmbiguous(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello", "yes please", "1.2.3", "2001-12-14x", "v1", "0x", "1e", "nginx:1.25", "-", "."})
    void isAmbiguous_notForPlainText(String text) {
        assertThat(ScalarResolver.isAmbiguous(text)).isFalse();
    }
}
