package dev.windlass.kube;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.GroupKind;
import dev.windlass.model.KubeObject;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrackedIndexTest {

    private final TrackedIndex index = new TrackedIndex();

    @Test
    void put_indexesByApplication_andReportsIt() {
        assertThat(index.put(object("a"), Optional.of("shop"))).containsExactly("shop");
        index.put(object("b"), Optional.of("blog"));

        assertThat(index.of("shop")).extracting(KubeObject::name).containsExactly("a");
        assertThat(index.of("blog")).extracting(KubeObject::name).containsExactly("b");
        assertThat(index.of("none")).isEmpty();
    }

    @Test
    void put_movingAnObjectToAnotherApplication_reportsBoth() {
        index.put(object("a"), Optional.of("shop"));

        assertThat(index.put(object("a"), Optional.of("blog"))).containsExactlyInAnyOrder("shop", "blog");
        assertThat(index.of("shop")).isEmpty();
        assertThat(index.of("blog")).hasSize(1);
    }

    @Test
    void put_withoutApplication_forgetsTheObject() {
        index.put(object("a"), Optional.of("shop"));

        assertThat(index.put(object("a"), Optional.empty())).containsExactly("shop");
        assertThat(index.size()).isZero();
    }

    @Test
    void removeKind_forgetsEveryObjectOfThatKind() {
        index.put(object("a"), Optional.of("shop"));
        index.put(object("b"), Optional.of("blog"));

        assertThat(index.removeKind(new GroupKind("", "ConfigMap"))).containsExactlyInAnyOrder("shop", "blog");
        assertThat(index.size()).isZero();
    }

    @Test
    void of_returnsObjectsSortedByKey() {
        index.put(object("c"), Optional.of("shop"));
        index.put(object("a"), Optional.of("shop"));
        index.put(object("b"), Optional.of("shop"));

        assertThat(index.of("shop")).extracting(KubeObject::name).containsExactly("a", "b", "c");
    }

    private static KubeObject object(String name) {
        return Fixtures.configMap("ns", name, "k", "v");
    }
}
