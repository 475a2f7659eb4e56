package dev.windlass.controller.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.controller.source.SourceTypeDiscovery.Found;
import dev.windlass.model.snapshot.MemorySnapshot;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceTypeDiscoveryTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Chart.yaml,values.yaml,templates/a.yaml      | HELM",
        "kustomization.yaml,deployment.yaml           | KUSTOMIZE",
        "Chart.yaml,kustomization.yaml                | KUSTOMIZE",
        "Chart.yaml,Kustomization                     | KUSTOMIZE",
        "kustomization.yml,myChart.yaml               | HELM",
        "deployment.yaml,service.yaml                 | DIRECTORY",
        "sub/Chart.yaml,config.yaml                   | DIRECTORY",
        "values.yaml,Chart.yml                        | DIRECTORY",
    })
    void discover_decidesAsArgoCdsDiscoveryTheLaterMatchWinning(String files, Found expected) {
        MemorySnapshot.Builder tree = MemorySnapshot.builder("sha");
        Arrays.stream(files.split(",")).forEach(file -> tree.file("app/" + file, "x: 1\n"));

        assertThat(SourceTypeDiscovery.discover(tree.build(), "app")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"'', HELM", "missing, DIRECTORY", "link, HELM"})
    void discover_worksAtTheRootAndThroughALinkedDirectory(String path, Found expected) {
        MemorySnapshot tree = MemorySnapshot.builder("sha").file("Chart.yaml", "name: c\n")
                .file("real/Chart.yaml", "name: c\n").symlink("link", "real").build();

        assertThat(SourceTypeDiscovery.discover(tree, path)).isEqualTo(expected);
    }
}
