package dev.windlass.controller.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.controller.app.ApplicationSource;
import dev.windlass.engine.source.FetchedSource;
import dev.windlass.kustomize.RemoteBases;
import dev.windlass.model.KubeObject;
import dev.windlass.model.snapshot.MemorySnapshot;
import dev.windlass.render.RenderResult;
import dev.windlass.render.kustomize.KustomizeOverrides;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ManifestGeneratorTest {

    private static final String SERVICE = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: 80\n";
    private static final String CONFIG = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n";

    private static final FetchedSource FETCHED = new FetchedSource("https://github.com/example/gitops", "sha1", "me",
            Instant.EPOCH, "commit", MemorySnapshot.builder("sha1")
                    .file("overlay/kustomization.yaml", "resources: [service.yaml]\nnamePrefix: dev-\n")
                    .file("overlay/service.yaml", SERVICE)
                    .file("plain/config.yaml", CONFIG)
                    .build());

    private static ApplicationSource source(String path, ApplicationSource.Type type, KustomizeOverrides overrides) {
        return new ApplicationSource(FETCHED.repoUrl(), "HEAD", path, type, ApplicationSource.Directory.DEFAULT, overrides);
    }

    @Test
    void generate_buildsAPathWithAKustomizationAsKustomize() {
        RenderResult result = new ManifestGenerator(8).generate(
                source("overlay", ApplicationSource.Type.DETECT, KustomizeOverrides.NONE), FETCHED, "app", "ns");

        assertThat(result.issues()).isEmpty();
        assertThat(result.objects()).extracting(KubeObject::name).containsExactly("dev-web");
    }

    @Test
    void generate_appliesTheOverridesAndKeysTheCacheOnThem() {
        ManifestGenerator generator = new ManifestGenerator(8);
        ApplicationSource prod = source("overlay", ApplicationSource.Type.KUSTOMIZE,
                KustomizeOverrides.builder().namePrefix("prod-").build());
        ApplicationSource staging = source("overlay", ApplicationSource.Type.KUSTOMIZE,
                KustomizeOverrides.builder().namePrefix("staging-").build());

        assertThat(generator.generate(prod, FETCHED, "app", "ns").objects()).extracting(KubeObject::name).containsExactly("prod-web");
        assertThat(generator.generate(staging, FETCHED, "app", "ns").objects()).extracting(KubeObject::name)
                .containsExactly("staging-web");
    }

    @Test
    void generate_inflatesKustomizeHelmChartsWhenTheGeneratorHasAChartFetcher() {
        FetchedSource fetched = new FetchedSource(FETCHED.repoUrl(), "sha2", "me", Instant.EPOCH, "commit",
                MemorySnapshot.builder("sha2")
                        .file("app/kustomization.yaml", "namePrefix: k-\nhelmCharts:\n- name: web\n  releaseName: shop\n"
                                + "  valuesInline:\n    port: 8080\n")
                        .file("app/charts/web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 1.0.0\n")
                        .file("app/charts/web/values.yaml", "port: 80\n")
                        .file("app/charts/web/templates/svc.yaml", "apiVersion: v1\nkind: Service\nmetadata:\n"
                                + "  name: {{ .Release.Name }}-web\nspec:\n  ports:\n  - port: {{ .Values.port }}\n")
                        .build());
        ApplicationSource source = source("app", ApplicationSource.Type.DETECT, KustomizeOverrides.NONE);

        RenderResult enabled = new ManifestGenerator(8, RemoteBases.NONE,
                ChartFetcher.NOT_CONFIGURED).generate(source, fetched, "app", "ns");
        RenderResult disabled = new ManifestGenerator(8).generate(source, fetched, "app", "ns");

        assertThat(enabled.issues()).isEmpty();
        assertThat(enabled.objects()).singleElement().satisfies(service -> {
            assertThat(service.name()).isEqualTo("k-shop-web");
            assertThat(service.content().toString()).contains("8080");
        });
        assertThat(disabled.issues()).anySatisfy(issue -> assertThat(issue.message()).contains("must specify --enable-helm"));
    }

    @Test
    void generate_rendersADirectoryOfManifestsAsADirectory() {
        RenderResult result = new ManifestGenerator(8).generate(
                source("plain", ApplicationSource.Type.DETECT, KustomizeOverrides.NONE), FETCHED, "app", "ns");

        assertThat(result.objects()).extracting(KubeObject::name).containsExactly("settings");
    }

    @Test
    void generate_withKustomizeOverridesOnAPlainDirectory_failsAsArgoCdDoes() {
        RenderResult result = new ManifestGenerator(8).generate(source("plain", ApplicationSource.Type.KUSTOMIZE,
                KustomizeOverrides.builder().namePrefix("p-").build()), FETCHED, "app", "ns");

        assertThat(result.hasErrors()).isTrue();
        assertThat(result.issues().get(0).message()).contains("need a kustomization file in 'plain'");
    }

    @Test
    void generate_withAnExplicitDirectoryType_readsAKustomizationPathAsManifests() {
        RenderResult result = new ManifestGenerator(8).generate(
                source("overlay", ApplicationSource.Type.DIRECTORY, KustomizeOverrides.NONE), FETCHED, "app", "ns");

        assertThat(result.readable()).extracting(KubeObject::name).contains("web").doesNotContain("dev-web");
    }
}
