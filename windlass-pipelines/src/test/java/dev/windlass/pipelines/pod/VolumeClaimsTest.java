package dev.windlass.pipelines.pod;

import static dev.windlass.pipelines.pod.PodFixtures.binding;
import static dev.windlass.pipelines.pod.PodFixtures.taskRun;
import static dev.windlass.pipelines.pod.PodFixtures.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.KubeObject;
import dev.windlass.pipelines.model.WorkspaceBinding;
import dev.windlass.pipelines.model.WorkspaceSource;
import org.junit.jupiter.api.Test;

class VolumeClaimsTest {

    @Test
    void claimName_isTektonsHashOfWorkspaceAndOwnerUid() {
        WorkspaceBinding unnamed = binding("data", WorkspaceSource.VOLUME_CLAIM_TEMPLATE, "", "",
                "volumeClaimTemplate:\n  spec: {}\n");
        WorkspaceBinding named = binding("cache", WorkspaceSource.VOLUME_CLAIM_TEMPLATE, "", "",
                "volumeClaimTemplate:\n  metadata: {name: mine}\n  spec: {}\n");

        assertThat(VolumeClaims.claimName(unnamed, "uid-1")).isEqualTo("pvc-e0e012bad3");
        assertThat(VolumeClaims.claimName(named, "u-9")).isEqualTo("mine-87dfa300ad");
    }

    @Test
    void claimName_prefersTheNameTheEngineGave() {
        WorkspaceBinding given = binding("data", WorkspaceSource.VOLUME_CLAIM_TEMPLATE, "pvc-given", "", "");

        assertThat(VolumeClaims.claimName(given, "uid-1")).isEqualTo("pvc-given");
    }

    @Test
    void claim_isThePvcOfTheTemplateOwnedByTheRun() {
        WorkspaceBinding template = binding("data", WorkspaceSource.VOLUME_CLAIM_TEMPLATE, "", "",
                "volumeClaimTemplate:\n  metadata: {labels: {a: b}}\n  spec:\n    accessModes: [ReadWriteOnce]\n"
                        + "    resources: {requests: {storage: 1Gi}}\n");

        KubeObject claim = VolumeClaims.claim(template, taskRun("build-run", ""), "ci").orElseThrow();

        assertThat(claim.kind()).isEqualTo("PersistentVolumeClaim");
        assertThat(claim.name()).isEqualTo("pvc-e0e012bad3");
        assertThat(claim.namespace()).isEqualTo("ci");
        assertThat(claim.labels()).containsEntry("a", "b");
        assertThat(claim.ownerReferences()).singleElement().satisfies(ref -> assertThat(ref.uid()).isEqualTo("uid-1"));
        assertThat(claim.content().get("spec")).contains(yaml("accessModes: [ReadWriteOnce]\n"
                + "resources: {requests: {storage: 1Gi}}\n"));
    }

    @Test
    void claim_ofABindingTheEngineAlreadyNamed_usesThatName() {
        WorkspaceBinding named = binding("data", WorkspaceSource.PERSISTENT_VOLUME_CLAIM, "pvc-0011223344", "",
                "volumeClaimTemplate:\n  spec: {accessModes: [ReadWriteOnce]}\n");

        KubeObject claim = VolumeClaims.claim(named, taskRun("r", ""), "ci").orElseThrow();

        assertThat(claim.name()).isEqualTo("pvc-0011223344");
        assertThat(claim.content().get("spec")).contains(yaml("accessModes: [ReadWriteOnce]"));
    }

    @Test
    void claim_isEmptyForOtherBindings() {
        WorkspaceBinding pvc = binding("data", WorkspaceSource.PERSISTENT_VOLUME_CLAIM, "x", "",
                "persistentVolumeClaim: {claimName: x}");

        assertThat(VolumeClaims.claim(pvc, taskRun("r", ""), "ci")).isEmpty();
    }
}
