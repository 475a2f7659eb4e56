package dev.windlass.kustomize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageTransformTest {

    @ParameterizedTest
    @CsvSource({
        "nginx, nginx, '', ''",
        "nginx:1.25, nginx, 1.25, ''",
        "nginx@sha256:abc, nginx, '', sha256:abc",
        "nginx:1.25@sha256:abc, nginx, 1.25, sha256:abc",
        "registry:5000/team/nginx:1.25, registry:5000/team/nginx, 1.25, ''",
        "registry:5000/team/nginx, registry:5000/team/nginx, '', ''",
    })
    void parse_splitsNameTagAndDigest(String image, String name, String tag, String digest) {
        assertThat(ImageTransform.ImageRef.parse(image)).isEqualTo(new ImageTransform.ImageRef(name, tag, digest));
    }

    @ParameterizedTest
    @CsvSource({
        "nginx, nginx, true",
        "nginx:1.25, nginx, true",
        "nginx@sha256:abc, nginx, true",
        "nginx-extra:1, nginx, false",
        "my/nginx:1, nginx, false",
        "nginx, '[', false",
    })
    void matches_takesTheNameAsKustomizeDoes(String image, String name, boolean expected) {
        assertThat(ImageTransform.matches(image, name)).isEqualTo(expected);
    }

    @Test
    void apply_runsTheEntriesInTurnSoALaterEntryMatchesAnEarlierOnesNewName() {
        MapNode pod = pod("a:1", "sidecar:2");
        List<Kustomization.ImageOverride> overrides = List.of(new Kustomization.ImageOverride("a", "b", "", "", ""),
                new Kustomization.ImageOverride("b", "", "3", "", ""));

        MapNode out = ImageTransform.apply(pod, overrides);

        assertThat(out).isEqualTo(pod("b:3", "sidecar:2"));
    }

    @Test
    void apply_returnsTheSameObjectWhenNoImageMatches() {
        MapNode pod = pod("nginx:1", "sidecar:2");

        MapNode out = ImageTransform.apply(pod, List.of(new Kustomization.ImageOverride("redis", "", "7", "", "")));

        assertThat(out).isSameAs(pod);
    }

    private static MapNode pod(String... images) {
        ListNode containers = ListNode.empty();
        for (int i = 0; i < images.length; i++) {
            containers = containers.plus(MapNode.of("name", Node.of("c" + i), "image", Node.of(images[i])));
        }
        return MapNode.of("apiVersion", Node.of("v1"), "kind", Node.of("Pod"), "metadata", MapNode.of("name",
                Node.of("p")), "spec", MapNode.of("containers", containers));
    }
}
