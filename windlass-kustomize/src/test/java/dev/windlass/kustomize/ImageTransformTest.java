package dev.windlass.kustomize;

import static org.assertj.core.api.Assertions.assertThat;

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
}
