package dev.windlass.pipelines.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChildNamesTest {

    @Test
    void childNames_shortNamesAreJoined() {
        assertThat(ChildNames.of("pr", "build", 0, 1)).isEqualTo("pr-build");
        assertThat(ChildNames.of("pr", "test", 2, 3)).isEqualTo("pr-test-2");
    }

    @Test
    void childNames_aMatrixOfOneHasNoIndex() {
        assertThat(ChildNames.of("pr", "test", 0, 1)).isEqualTo("pr-test");
    }

    @Test
    void childNames_longNamesAreCutAndHashedWithin63() {
        String run = "a-very-long-pipelinerun-name-that-goes-on-and-on-and-on-xyz12";
        String name = ChildNames.of(run, "build", 0, 1);

        assertThat(name).hasSize(63).endsWith("-build").startsWith("a-very-long-pipelinerun");
        assertThat(ChildNames.of(run, "build", 0, 1)).isEqualTo(name);
        assertThat(ChildNames.of(run + "x", "build", 0, 1)).isNotEqualTo(name);
        assertThat(ChildNames.of(run, "build", 7, 9)).hasSizeLessThanOrEqualTo(63).endsWith("-7");
    }

    @Test
    void childNames_aVeryLongTaskNameStillFits() {
        String task = "t".repeat(40);

        assertThat(ChildNames.of("run-with-some-length-abcdefghijklmnop", task, 0, 1)).hasSizeLessThanOrEqualTo(63);
    }
}
