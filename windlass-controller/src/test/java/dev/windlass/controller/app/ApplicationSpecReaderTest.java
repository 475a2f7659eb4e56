package dev.windlass.controller.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.MapNode;
import dev.windlass.render.jsonnet.JsonnetVariable;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplicationSpecReaderTest {

    static KubeObject app(String yaml) {
        return KubeObject.of((MapNode) YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES)
                .read("app.yaml", yaml).documents().get(0).content());
    }

    private static final String HEADER = """
            apiVersion: argoproj.io/v1alpha1
            kind: Application
            metadata:
              name: web
              namespace: argocd
            """;

    @Test
    void read_takesEveryFieldOfTheSeedScenario() {
        Result<ApplicationSpec> result = ApplicationSpecReader.read(app(HEADER + """
                spec:
                  project: production
                  source:
                    repoURL: https://github.com/company/gitops-configs
                    targetRevision: main
                    path: applications/production
                    directory:
                      recurse: true
                      jsonnet:
                        libs: ["../vendor"]
                        extVars: [{name: env, value: prod}]
                        tlas: [{name: replicas, value: "3", code: true}]
                  destination:
                    server: https://kubernetes.default.svc
                    namespace: production
                  syncPolicy:
                    automated: {prune: true, selfHeal: true, allowEmpty: false}
                    syncOptions: [CreateNamespace=true, PruneLast=true]
                    retry:
                      limit: 3
                      backoff: {duration: 5s, factor: 2, maxDuration: 10m}
                  revisionHistoryLimit: 10
                  info:
                  - {name: Environment, value: Production}
                """));

        assertThat(result.issues()).isEmpty();
        ApplicationSpec spec = result.value();
        assertThat(spec.project()).isEqualTo("production");
        assertThat(spec.source().repoURL()).isEqualTo("https://github.com/company/gitops-configs");
        assertThat(spec.source().targetRevision()).isEqualTo("main");
        assertThat(spec.source().path()).isEqualTo("applications/production");
        assertThat(spec.source().directory().recurse()).isTrue();
        assertThat(spec.source().directory().jsonnet().libs()).containsExactly("../vendor");
        assertThat(spec.source().directory().jsonnet().extVars()).containsExactly(JsonnetVariable.string("env", "prod"));
        assertThat(spec.source().directory().jsonnet().tlas()).containsExactly(JsonnetVariable.code("replicas", "3"));
        assertThat(spec.destination().inCluster()).isTrue();
        assertThat(spec.destination().namespace()).isEqualTo("production");
        assertThat(spec.syncPolicy().automated()).contains(new SyncPolicy.Automated(true, true, false));
        assertThat(spec.syncPolicy().syncOptions()).containsExactly("CreateNamespace=true", "PruneLast=true");
        assertThat(spec.syncPolicy().retry()).contains(new SyncPolicy.Retry(3, Duration.ofSeconds(5), 2, Duration.ofMinutes(10)));
        assertThat(spec.revisionHistoryLimit()).isEqualTo(10);
        assertThat(spec.info()).containsExactly(new ApplicationSpec.Info("Environment", "Production"));
    }

    @Test
    void read_appliesArgoDefaults() {
        ApplicationSpec spec = ApplicationSpecReader.read(app(HEADER + """
                spec:
                  project: default
                  source: {repoURL: https://example.com/repo.git, path: ./apps/}
                  destination: {name: in-cluster, namespace: web}
                """)).value();
        assertThat(spec.source().targetRevision()).isEqualTo("HEAD");
        assertThat(spec.source().path()).isEqualTo("apps");
        assertThat(spec.source().directory()).isEqualTo(ApplicationSource.Directory.DEFAULT);
        assertThat(spec.destination().inCluster()).isTrue();
        assertThat(spec.syncPolicy()).isEqualTo(SyncPolicy.MANUAL);
        assertThat(spec.revisionHistoryLimit()).isEqualTo(ApplicationSpec.DEFAULT_HISTORY_LIMIT);
    }

    @Test
    void read_reportsEveryProblemWithItsField() {
        Result<ApplicationSpec> result = ApplicationSpecReader.read(app(HEADER + """
                spec:
                  source: {path: apps, plugin: {}}
                  destination: {namespace: web}
                  syncPolicy:
                    automated: {prune: "yes"}
                    retry: {limit: 2, backoff: {duration: soon}}
                """));

        assertThat(result.value()).isNull();
        assertThat(result.issues()).extracting(Issue::code).containsOnly("InvalidSpecError");
        assertThat(result.issues()).extracting(issue -> issue.location().fieldPath().orElseThrow().toString())
                .contains("spec.project", "spec.source.repoURL", "spec.source.plugin", "spec.destination",
                        "spec.syncPolicy.automated.prune", "spec.syncPolicy.retry.backoff.duration");
        assertThat(result.issues()).anySatisfy(issue -> assertThat(issue.message()).contains("write it like 5s"));
    }

    @Test
    void read_refusesBothServerAndName() {
        Result<ApplicationSpec> result = ApplicationSpecReader.read(app(HEADER + """
                spec:
                  project: default
                  source: {repoURL: https://example.com/r.git, path: a}
                  destination: {server: https://kubernetes.default.svc, name: in-cluster}
                """));
        assertThat(result.issues()).singleElement()
                .satisfies(issue -> assertThat(issue.message()).contains("can't have both name and server"));
    }

    @Test
    void read_automatedEnabledFalseTurnsAutomationOff() {
        ApplicationSpec spec = ApplicationSpecReader.read(app(HEADER + """
                spec:
                  project: default
                  source: {repoURL: https://example.com/r.git, path: a}
                  destination: {server: https://kubernetes.default.svc}
                  syncPolicy: {automated: {enabled: false, prune: true}}
                """)).value();
        assertThat(spec.syncPolicy().automated()).isEmpty();
    }

    @Test
    void retry_delayGrowsByFactorUpToMax() {
        SyncPolicy.Retry retry = new SyncPolicy.Retry(5, Duration.ofSeconds(5), 2, Duration.ofSeconds(15));
        assertThat(List.of(retry.delay(1), retry.delay(2), retry.delay(3), retry.delay(4)))
                .containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(15), Duration.ofSeconds(15));
    }

    @Test
    void goDuration_readsGoSyntax() {
        assertThat(GoDuration.parse("1m30s")).contains(Duration.ofSeconds(90));
        assertThat(GoDuration.parse("1.5h")).contains(Duration.ofMinutes(90));
        assertThat(GoDuration.parse("250ms")).contains(Duration.ofMillis(250));
        assertThat(GoDuration.parse("5")).isEmpty();
        assertThat(GoDuration.parse("5x")).isEmpty();
    }

    @Test
    void glob_matchesArgoProjectPatterns() {
        assertThat(ApplicationScope.glob("*", "https://github.com/a/b")).isTrue();
        assertThat(ApplicationScope.glob("https://github.com/company/*", "https://github.com/company/gitops-configs")).isTrue();
        assertThat(ApplicationScope.glob("web-app-?", "web-app-1")).isTrue();
        assertThat(ApplicationScope.glob("production", "staging")).isFalse();
    }
}
