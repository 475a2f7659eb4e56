package dev.windlass.sandbox.defaults;

import static dev.windlass.sandbox.defaults.Objects.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pull policy kube-apiserver defaults from the image reference (SetDefaults_Container). */
class ImagePullPolicyTest {

    private static final String DIGEST = "sha256:" + "a".repeat(64);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "nginx | Always",
            "nginx:latest | Always",
            "nginx:1.25 | IfNotPresent",
            "nginx:LATEST | IfNotPresent",
            "nginx@" + "sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | IfNotPresent",
            "nginx:latest@sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | Always",
            "nginx@sha256:abc | IfNotPresent",
            "localhost:5000/app | Always",
            "localhost:5000/app:v1 | IfNotPresent",
            "Registry.Example.com/team/app:latest | Always",
            "quay.io/Team/app | IfNotPresent",
            "Nginx | IfNotPresent",
            "'' | IfNotPresent",
    })
    void forImage_followsTheTag(String image, String policy) {
        assertThat(ImagePullPolicy.forImage(image)).isEqualTo(policy);
    }

    @Test
    void tag_ofADigestOnlyReferenceIsEmpty() {
        assertThat(ImagePullPolicy.tag("nginx@" + DIGEST)).isEmpty();
        assertThat(ImagePullPolicy.tag("ghcr.io/org/app:v2")).contains("v2");
    }

    @Test
    void container_keepsTheClientsPolicy() {
        MapNode pod = Objects.create(Objects.resource("", "v1", "Pod"),
                json("{'spec':{'containers':[{'name':'c','image':'nginx','imagePullPolicy':'Never'}]}}"));

        assertThat(pod.at(FieldPath.of("spec", "containers").index(0).key("imagePullPolicy")))
                .contains(Node.of("Never"));
    }
}
