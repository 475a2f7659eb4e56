package dev.windlass.bench.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.MapNode;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditWorkloadTest {

    @Test
    void everyObject_parsesAsAKubernetesObjectWithAUniqueName() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 600; i++) {
            ParsedStream stream = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES)
                    .read("object-" + i, AuditWorkload.object(i, 600));
            assertThat(stream.issues()).as("object %d", i).isEmpty();
            MapNode object = (MapNode) stream.documents().get(0).content();
            assertThat(object.getText("kind")).isPresent();
            keys.add(object.getText("kind").get() + "/" + AuditWorkload.object(i, 600).lines()
                    .filter(l -> l.startsWith("  name: ")).findFirst().orElseThrow());
        }
        assertThat(keys).hasSize(600);
    }

    @Test
    void workload_startsWithOneNamespacePer200Objects() {
        assertThat(AuditWorkload.namespaces(10_000)).isEqualTo(50);
        assertThat(AuditWorkload.object(0, 10_000)).contains("kind: Namespace");
        assertThat(AuditWorkload.object(50, 10_000)).doesNotContain("kind: Namespace");
    }

    @Test
    void everyThirdWorkload_isPrivilegedFromAnUnapprovedRegistry() {
        String bad = AuditWorkload.object(54, 10_000);
        String good = AuditWorkload.object(57, 10_000);
        assertThat(bad).contains("privileged: true").contains("docker.io/library/nginx");
        assertThat(good).contains("privileged: false").contains("@sha256:").contains("limits:");
    }
}
