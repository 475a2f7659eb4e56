package dev.windlass.model.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmallMapTest {

    @Test
    void smallAndLargeMaps_keepInsertionOrder() {
        for (int size : new int[] {1, SmallMap.MAX_SIZE, SmallMap.MAX_SIZE + 1, 20}) {
            MapNode map = mapOf(size, false);
            assertThat(map.keys()).containsExactlyElementsOf(keys(size, false));
        }
    }

    @Test
    void equalityIgnoresOrder_acrossTheArrayAndHashForms() {
        MapNode small = mapOf(SmallMap.MAX_SIZE, false);
        MapNode smallReversed = mapOf(SmallMap.MAX_SIZE, true);
        MapNode grown = small.with("extra", Node.of(1L)).without("extra");

        assertThat(small).isEqualTo(smallReversed).hasSameHashCodeAs(smallReversed);
        assertThat(grown).isEqualTo(small).hasSameHashCodeAs(small);
    }

    @Test
    void aMapGrowingPastTheLimit_findsEveryKey() {
        MapNode map = mapOf(SmallMap.MAX_SIZE, false).with("k-new", Node.of("v"));

        assertThat(map.size()).isEqualTo(SmallMap.MAX_SIZE + 1);
        assertThat(map.getText("k-new")).contains("v");
        assertThat(map.get("k0")).contains(Node.of("v0"));
        assertThat(map.get("absent")).isEmpty();
    }

    @Test
    void theViewIsReadOnly() {
        MapNode map = mapOf(3, false);

        assertThatThrownBy(() -> map.asJavaMap().put("x", Node.of(1L))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.keys().remove("k0")).isInstanceOf(UnsupportedOperationException.class);
    }

    private static MapNode mapOf(int size, boolean reversed) {
        MapNode.Builder builder = MapNode.builder();
        for (String key : keys(size, reversed)) {
            builder.put(key, Node.of("v" + key.substring(1)));
        }
        return builder.build();
    }

    private static List<String> keys(int size, boolean reversed) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            keys.add("k" + (reversed ? size - 1 - i : i));
        }
        return keys;
    }
}
