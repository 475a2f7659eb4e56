package dev.windlass.kustomize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class OriginTest {

    @ParameterizedTest
    @CsvSource({
        "prod, base/deploy.yaml, ../base/deploy.yaml",
        "prod, prod/svc.yaml, svc.yaml",
        "'', base/deploy.yaml, base/deploy.yaml",
        "a/b, a/c/x.yaml, ../c/x.yaml",
    })
    void relative_walksUpWithDotDotLikeKustomizesJoinedPaths(String from, String target, String expected) {
        assertThat(Origin.relative(from, target)).isEqualTo(expected);
    }

    @Test
    void toYaml_leavesEmptyFieldsOutAndNestsConfiguredBy() {
        Origin origin = Origin.local("../base/kustomization.yaml")
                .configuredBy(new Origin.ConfiguredBy("builtin", "ConfigMapGenerator", "gen", ""));

        assertThat(Origin.local("svc.yaml").toYaml()).isEqualTo("path: svc.yaml\n");
        assertThat(origin.toYaml()).isEqualTo("""
                configuredIn: ../base/kustomization.yaml
                configuredBy:
                  apiVersion: builtin
                  kind: ConfigMapGenerator
                  name: gen
                """);
    }

    @Test
    void remoteOrigins_carryRepoAndRefIntoWhatTheyConfigure() {
        Origin origin = Origin.remote("https://github.com/org/repo", "v1", "base/kustomization.yaml")
                .configuredBy(Origin.ConfiguredBy.builtin("PrefixTransformer"));

        assertThat(origin.appendTo("")).isEqualTo("""
                - repo: https://github.com/org/repo
                  ref: v1
                  configuredIn: base/kustomization.yaml
                  configuredBy:
                    apiVersion: builtin
                    kind: PrefixTransformer
                """);
    }
}
