package dev.windlass.bench.kustomize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the comparison at its smallest, with a kubectl that does not exist and no CLI jar, so that a
 * broken driver fails the build and the skip messages are checked. Never checks how fast anything was.
 */
class KustomizeBaselineTest {

    private static final KustomizeSettings SMALL = new KustomizeSettings(
            new KustomizeFixture(KustomizeFixture.MIN_APPS, false, true), 0, 1, 1, 1, "/nonexistent/kubectl", "", "");

    @Test
    void run_measuresWindlassAndSaysWhyTheOthersWereSkipped() throws Exception {
        List<String> lines = new KustomizeBaseline(SMALL, null).run();

        assertThat(lines).extracting(line -> line.substring(0, line.indexOf(' '))).containsExactly(
                "kustomize.fixture", "kustomize.equal", "kustomize.build.rate", "kustomize.build.mean",
                "kustomize.build.first", "kustomize.cold.wall", "kustomize.note.scope");
        assertThat(lines.get(0)).contains("apps=20 baseObjects=200 builtObjects=200 patches=50 generators=off");
        assertThat(lines.get(1)).startsWith("kustomize.equal skipped: kubectl not found");
        assertThat(lines.get(2)).matches("kustomize\\.build\\.rate windlass=[\\d.]+/s kubectl=skipped \\(kubectl not found.*");
        assertThat(lines.get(5)).startsWith("kustomize.cold.wall skipped: no CLI jar given");
    }

    @Test
    void run_reportsAWindlassFailureInsteadOfTiming() throws Exception {
        KustomizeSettings generators = new KustomizeSettings(SMALL.fixture().withGenerators(true), 0, 1, 1, 1,
                "/nonexistent/kubectl", "", "");

        List<String> lines = new KustomizeBaseline(generators, null).run();

        // Today the generators are not built yet; once they are, the run measures as above.
        if (lines.size() == 2) {
            assertThat(lines.get(1)).startsWith("kustomize.error ").endsWith("run with -Dkustomize.generators=false)");
        } else {
            assertThat(lines.get(2)).startsWith("kustomize.build.rate windlass=");
        }
    }

    @Test
    void median_takesTheMiddleOrTheMeanOfTheTwoMiddles() {
        assertThat(ColdStart.median(List.of(5L, 1L, 3L))).isEqualTo(3);
        assertThat(ColdStart.median(List.of(4L, 1L, 3L, 10L))).isEqualTo(3);
    }
}
