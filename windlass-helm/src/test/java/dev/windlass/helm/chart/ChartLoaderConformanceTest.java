package dev.windlass.helm.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.helm.HelmCorpus;
import dev.windlass.helm.HelmException;
import dev.windlass.model.snapshot.LocalSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Helm's loader fixtures ({@code corpus/helm/fixtures/chart-v2-loader}); skipped without the corpus. */
class ChartLoaderConformanceTest {

    private static Path fixtures() {
        return HelmCorpus.require("fixtures", "chart-v2-loader");
    }

    private static Chart loadDir(String name) throws HelmException {
        return ChartLoader.load(LocalSnapshot.of(fixtures()), name);
    }

    private static Chart loadTgz(String name) throws HelmException, IOException {
        return ChartLoader.loadArchive(Files.readAllBytes(fixtures().resolve(name)), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"frobnitz", "frobnitz_with_bom"})
    void loadDir_frobnitzChartsHaveHelmsShape(String dir) throws HelmException {
        verifyFrobnitz(loadDir(dir), "frobnitz");
    }

    @ParameterizedTest
    @ValueSource(strings = {"frobnitz-1.2.3.tgz", "frobnitz_with_bom.tgz"})
    void loadArchive_frobnitzArchivesHaveHelmsShape(String file) throws Exception {
        verifyFrobnitz(loadTgz(file), "frobnitz");
    }

    @Test
    void loadArchive_backslashArchive() throws Exception {
        verifyFrobnitz(loadTgz("frobnitz_backslash-1.2.3.tgz"), "frobnitz_backslash");
    }

    @Test
    void loadDir_bomIsStrippedEverywhere() throws HelmException {
        Chart chart = loadDir("frobnitz_with_bom");
        for (ChartFile f : chart.files()) {
            assertThat(f.text()).as(f.name()).doesNotStartWith("\uFEFF");
        }
        for (ChartFile f : chart.templates()) {
            assertThat(f.text()).as(f.name()).doesNotStartWith("\uFEFF");
        }
    }

    @Test
    void loadDir_v2WithRequirementsYamlReadsDependencies() throws HelmException {
        Chart chart = loadDir("frobnitz.v2.reqs");
        verifyDependencies(chart);
        assertThat(chart.files()).extracting(ChartFile::name).doesNotContain("requirements.yaml");
    }

    @Test
    void loadDir_v1ChartKeepsRequirementsInFiles() throws HelmException {
        Chart chart = loadDir("frobnitz.v1");
        assertThat(chart.metadata().apiVersion()).isEqualTo("v1");
        verifyDependencies(chart);
        assertThat(chart.files()).extracting(ChartFile::name).contains("requirements.yaml");
    }

    @Test
    void loadArchive_v1Archive() throws Exception {
        Chart chart = loadTgz("frobnitz.v1.tgz");
        verifyDependencies(chart);
        assertThat(chart.dependencies()).extracting(Chart::name).containsExactly("alpine", "mariner");
    }

    @Test
    void loadDir_mariner() throws HelmException {
        Chart chart = loadDir("mariner");
        assertThat(chart.name()).isEqualTo("mariner");
        assertThat(chart.metadata().version()).isEqualTo("4.3.2");
    }

    @Test
    void loadDir_albatross() throws HelmException {
        Chart chart = loadDir("albatross");
        assertThat(chart.name()).isEqualTo("albatross");
    }

    @Test
    void loadDir_ignoresHelmignoredAndUnderscoreCharts() throws HelmException {
        Chart chart = loadDir("frobnitz");
        assertThat(chart.files()).extracting(ChartFile::name).doesNotContain("ignore/me.txt");
        assertThat(chart.dependencies()).extracting(Chart::name).doesNotContain("_ignore_me");
    }

    private static void verifyFrobnitz(Chart c, String name) {
        assertThat(c.name()).isEqualTo(name);
        assertThat(c.templates()).extracting(ChartFile::name).containsExactly("templates/template.tpl");
        assertThat(c.templates().get(0).data()).isNotEmpty();
        assertThat(c.files()).hasSize(6);
        assertThat(c.dependencies()).extracting(Chart::name).containsExactlyInAnyOrder("alpine", "mariner");
        assertThat(c.metadata().dependencies()).hasSize(2);
        assertThat(c.lock()).isNotNull();
        verifyDependencies(c);
        for (Chart dep : c.dependencies()) {
            if (dep.name().equals("alpine")) {
                assertThat(dep.metadata().version()).isEqualTo("0.1.0");
                assertThat(dep.templates()).extracting(ChartFile::name).containsExactly("templates/alpine-pod.yaml");
                assertThat(dep.files()).hasSize(1);
                assertThat(dep.dependencies()).hasSize(2);
            } else {
                assertThat(dep.metadata().version()).isEqualTo("4.3.2");
            }
        }
    }

    private static void verifyDependencies(Chart c) {
        List<ChartDependency> deps = c.metadata().dependencies();
        assertThat(deps).extracting(ChartDependency::name).containsExactly("alpine", "mariner");
        assertThat(deps).extracting(ChartDependency::version).containsExactly("0.1.0", "4.3.2");
        assertThat(deps).extracting(ChartDependency::repository)
                .containsExactly("https://example.com/charts", "https://example.com/charts");
    }
}
