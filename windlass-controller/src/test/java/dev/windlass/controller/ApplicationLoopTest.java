package dev.windlass.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.windlass.controller.api.SyncRequest;
import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.junit.WithSandbox;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GitOps loop end to end: real Git repositories, the sandbox API server, the whole controller. */
@WithSandbox(readyDelayMillis = 100)
class ApplicationLoopTest {

    private static final String AUTOMATED = """
            syncPolicy:
              automated: {prune: true, selfHeal: true}
              syncOptions: [CreateNamespace=true]
            """;
    private static final String AUTOMATED_NO_PRUNE_NO_HEAL = """
            syncPolicy:
              automated: {}
              syncOptions: [CreateNamespace=true]
            """;
    private static final GroupVersionKind CONFIG_MAP = new GroupVersionKind("", "v1", "ConfigMap");

    @TempDir
    Path temp;

    private LoopFixture loop;

    @BeforeEach
    void start(KubernetesClient client) throws Exception {
        loop = new LoopFixture(client, temp);
    }

    @AfterEach
    void stop() {
        loop.close();
    }

    static String configMap(String name, String value) {
        return """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: %s
                data:
                  key: "%s"
                """.formatted(name, value);
    }

    static String deployment(String name) {
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: %s
                spec:
                  replicas: 2
                  selector:
                    matchLabels: {app: %s}
                  template:
                    metadata:
                      labels: {app: %s}
                    spec:
                      containers:
                      - name: web
                        image: nginx:1.27
                        resources:
                          requests: {cpu: 1000m, memory: 64Mi}
                """.formatted(name, name, name);
    }

    @Test
    void newApplication_becomesSyncedAndHealthy() throws Exception {
        loop.write("web/deployment.yaml", deployment("web"));
        loop.write("web/config.yaml", configMap("settings", "one"));
        String sha = loop.commit();
        loop.start();

        loop.createApplication(LoopFixture.application("web", "web", "web-ns", AUTOMATED));

        loop.awaitStatus("web", "Synced", "Healthy");
        assertThat(loop.syncedRevision("web")).isEqualTo(sha);
        MapNode status = loop.status("web");
        assertThat(status.getList("resources").map(ListNode::size)).contains(2);
        assertThat(status.getList("history").map(ListNode::size)).contains(1);
        assertThat(status.getMap("operationState").flatMap(s -> s.getText("phase"))).contains("Succeeded");
        ConfigMap live = loop.client.configMaps().inNamespace("web-ns").withName("settings").get();
        assertThat(live.getMetadata().getLabels()).containsEntry("app.kubernetes.io/instance", "web");
        assertThat(live.getMetadata().getManagedFields()).anySatisfy(f -> assertThat(f.getManager()).isEqualTo("windlass"));
    }

    @Test
    void commit_isSyncedToTheNewRevision() throws Exception {
        loop.write("app/config.yaml", configMap("settings", "one"));
        loop.commit();
        loop.start();
        loop.createApplication(LoopFixture.application("commit", "app", "commit-ns", AUTOMATED));
        loop.awaitStatus("commit", "Synced", "Healthy");

        loop.write("app/config.yaml", configMap("settings", "two"));
        String second = loop.commit();

        await().atMost(30, TimeUnit.SECONDS).until(() -> second.equals(loop.syncedRevision("commit"))
                && "Synced".equals(loop.syncStatus("commit")));
        assertThat(loop.client.configMaps().inNamespace("commit-ns").withName("settings").get().getData())
                .containsEntry("key", "two");
        assertThat(loop.status("commit").getList("history").map(ListNode::size)).contains(2);
    }

    @Test
    void deletedFile_isPrunedWithAutomatedPrune() throws Exception {
        loop.write("prune/a.yaml", configMap("a", "1"));
        loop.write("prune/b.yaml", configMap("b", "1"));
        loop.commit();
        loop.start();
        loop.createApplication(LoopFixture.application("prune", "prune", "prune-ns", AUTOMATED));
        loop.awaitStatus("prune", "Synced", "Healthy");

        loop.remove("prune/b.yaml");
        loop.commit();

        await().atMost(30, TimeUnit.SECONDS).until(() ->
                loop.client.configMaps().inNamespace("prune-ns").withName("b").get() == null);
        loop.awaitStatus("prune", "Synced", "Healthy");
    }

    @Test
    void deletedFile_withoutPrune_leavesTheObjectAndIsOutOfSync() throws Exception {
        loop.write("keep/a.yaml", configMap("a", "1"));
        loop.write("keep/b.yaml", configMap("b", "1"));
        loop.commit();
        loop.start();
        loop.createApplication(LoopFixture.application("keep", "keep", "keep-ns", AUTOMATED_NO_PRUNE_NO_HEAL));
        loop.awaitStatus("keep", "Synced", "Healthy");

        loop.remove("keep/b.yaml");
        String sha = loop.commit();

        await().atMost(30, TimeUnit.SECONDS).until(() -> sha.equals(loop.syncedRevision("keep"))
                && "OutOfSync".equals(loop.syncStatus("keep")));
        assertThat(loop.client.configMaps().inNamespace("keep-ns").withName("b").get()).isNotNull();
        assertThat(loop.status("keep").getList("resources").orElseThrow().items())
                .anySatisfy(r -> assertThat(((MapNode) r).get("requiresPruning")).isPresent());
    }

    @Test
    void manualChange_isRevertedWithSelfHeal() throws Exception {
        loop.write("heal/a.yaml", configMap("a", "git"));
        loop.commit();
        loop.start();
        loop.createApplication(LoopFixture.application("heal", "heal", "heal-ns", AUTOMATED));
        loop.awaitStatus("heal", "Synced", "Healthy");

        loop.client.configMaps().inNamespace("heal-ns").withName("a").edit(cm -> {
            cm.getData().put("key", "by hand");
            return cm;
        });

        await().atMost(30, TimeUnit.SECONDS).until(() ->
                "git".equals(loop.client.configMaps().inNamespace("heal-ns").withName("a").get().getData().get("key")));
        loop.awaitStatus("heal", "Synced", "Healthy");
    }

    @Test
    void manualChange_withoutSelfHeal_isOutOfSync() throws Exception {
        loop.write("noheal/a.yaml", configMap("a", "git"));
        loop.commit();
        loop.start();
        loop.createApplication(LoopFixture.application("noheal", "noheal", "noheal-ns", AUTOMATED_NO_PRUNE_NO_HEAL));
        loop.awaitStatus("noheal", "Synced", "Healthy");

        loop.client.configMaps().inNamespace("noheal-ns").withName("a").edit(cm -> {
            cm.getData().put("key", "by hand");
            return cm;
        });

        await().atMost(30, TimeUnit.SECONDS).until(() -> "OutOfSync".equals(loop.syncStatus("noheal")));
        Thread.sleep(1500);
        assertThat(loop.client.configMaps().inNamespace("noheal-ns").withName("a").get().getData())
                .containsEntry("key", "by hand");
    }

    @Test
    void emptyRender_doesNotPruneEverythingWithoutAllowEmpty() throws Exception {
        loop.write("empty/a.yaml", configMap("a", "1"));
        loop.commit();
        loop.start();
        loop.createApplication(LoopFixture.application("empty", "empty", "empty-ns", AUTOMATED));
        loop.awaitStatus("empty", "Synced", "Healthy");

        loop.remove("empty/a.yaml");
        loop.write("empty/README.md", "nothing here\n");
        String sha = loop.commit();

        await().atMost(30, TimeUnit.SECONDS).until(() -> sha.equals(loop.syncedRevision("empty"))
                && conditionMessage("empty").contains("auto-sync will wipe out all resources"));
        assertThat(loop.client.configMaps().inNamespace("empty-ns").withName("a").get()).isNotNull();
    }

    @Test
    void unreachableRepository_isAComparisonErrorAndChangesNothing() throws Exception {
        loop.start();
        loop.createApplication(LoopFixture.application("unreachable", "x", "unreachable-ns", AUTOMATED)
                .replace(LoopFixture.REPO_URL, "https://github.com/example/missing"));

        await().atMost(30, TimeUnit.SECONDS).until(() -> conditionType("unreachable").equals("ComparisonError"));
        assertThat(conditionMessage("unreachable")).contains("github.com/example/missing");
        assertThat(loop.syncStatus("unreachable")).isEqualTo("Unknown");
        assertThat(loop.client.namespaces().withName("unreachable-ns").get()).isNull();
    }

    @Test
    void invalidManifest_isASyncErrorAndNothingIsApplied() throws Exception {
        loop.write("invalid/a.yaml", configMap("good", "1"));
        loop.write("invalid/b.yaml", deployment("bad").replace("replicas: 2", "replicas: -3")
                .replace("      labels: {app: bad}", "      labels: {app: other}"));
        loop.commit();
        loop.start();
        loop.createApplication(LoopFixture.application("invalid", "invalid", "invalid-ns", AUTOMATED));

        await().atMost(30, TimeUnit.SECONDS).until(() -> conditionType("invalid").equals("SyncError"));
        assertThat(conditionMessage("invalid")).contains("spec.replicas", "spec.template.metadata.labels", "invalid/b.yaml");
        assertThat(loop.client.configMaps().inNamespace("invalid-ns").withName("good").get()).isNull();
    }

    @Test
    void failingWorkload_isDegradedWithTheSandboxReason() throws Exception {
        loop.write("fail/job.yaml", """
                apiVersion: batch/v1
                kind: Job
                metadata:
                  name: migrate
                spec:
                  backoffLimit: 0
                  template:
                    metadata:
                      annotations: {sandbox.windlass.dev/fail: Failed}
                    spec:
                      restartPolicy: Never
                      containers: [{name: migrate, image: busybox}]
                """);
        loop.commit();
        loop.start();
        loop.createApplication(LoopFixture.application("fail", "fail", "fail-ns", AUTOMATED));

        await().atMost(30, TimeUnit.SECONDS).until(() -> "Degraded".equals(loop.healthStatus("fail")));
        MapNode resource = (MapNode) loop.status("fail").getList("resources").orElseThrow().items().get(0);
        assertThat(resource.getMap("health").flatMap(h -> h.getText("message")).orElse(""))
                .contains("backoff limit");
    }

    @Test
    void manualSync_andHistory_andRollback() throws Exception {
        loop.write("manual/a.yaml", configMap("a", "one"));
        String first = loop.commit();
        ApplicationEngine engine = loop.start();
        loop.createApplication(LoopFixture.application("manual", "manual", "manual-ns", "syncPolicy:\n  syncOptions: [CreateNamespace=true]\n"));
        await().atMost(30, TimeUnit.SECONDS).until(() -> "OutOfSync".equals(loop.syncStatus("manual")));

        KubeObject synced = engine.operations().sync("manual", SyncRequest.defaults());
        assertThat(synced.content().getMap("status").flatMap(s -> s.getMap("operationState"))
                .flatMap(s -> s.getText("phase"))).contains("Succeeded");
        loop.write("manual/a.yaml", configMap("a", "two"));
        loop.commit();
        engine.operations().refresh("manual");
        engine.operations().sync("manual", SyncRequest.defaults());
        assertThat(loop.client.configMaps().inNamespace("manual-ns").withName("a").get().getData()).containsEntry("key", "two");

        engine.operations().rollback("manual", 0);
        assertThat(loop.client.configMaps().inNamespace("manual-ns").withName("a").get().getData()).containsEntry("key", "one");
        assertThat(loop.status("manual").getList("history").map(ListNode::size)).contains(3);
        await().atMost(30, TimeUnit.SECONDS).until(() -> "OutOfSync".equals(loop.syncStatus("manual")));
        assertThat(first).isNotEmpty();
    }

    @Test
    void deleteWithCascade_removesTrackedObjectsThenTheApplication() throws Exception {
        loop.write("cascade/a.yaml", configMap("a", "1"));
        loop.commit();
        ApplicationEngine engine = loop.start();
        loop.createApplication(LoopFixture.application("cascade", "cascade", "cascade-ns", AUTOMATED));
        loop.awaitStatus("cascade", "Synced", "Healthy");

        engine.operations().delete("cascade", true);

        await().atMost(30, TimeUnit.SECONDS).until(() -> loop.application("cascade").isEmpty());
        assertThat(loop.client.configMaps().inNamespace("cascade-ns").withName("a").get()).isNull();
    }

    @Test
    void restartMidSync_resumesAndFinishes() throws Exception {
        loop.write("waves/a.yaml", deployment("first").replace("metadata:\n  name: first",
                "metadata:\n  name: first\n  annotations: {argocd.argoproj.io/sync-wave: \"0\"}"));
        loop.write("waves/b.yaml", configMap("second", "1").replace("metadata:\n  name: second",
                "metadata:\n  name: second\n  annotations: {argocd.argoproj.io/sync-wave: \"1\"}"));
        loop.commit();
        loop.start();
        loop.createApplication(LoopFixture.application("waves", "waves", "waves-ns", AUTOMATED));
        await().atMost(30, TimeUnit.SECONDS).until(() ->
                loop.client.apps().deployments().inNamespace("waves-ns").withName("first").get() != null);
        loop.stopEngine();
        String firstVersion = loop.client.apps().deployments().inNamespace("waves-ns").withName("first").get()
                .getMetadata().getResourceVersion();

        loop.start();

        loop.awaitStatus("waves", "Synced", "Healthy");
        assertThat(loop.client.configMaps().inNamespace("waves-ns").withName("second").get()).isNotNull();
        assertThat(loop.status("waves").getList("history").map(ListNode::size)).contains(1);
        assertThat(loop.client.apps().deployments().inNamespace("waves-ns").withName("first").get()
                .getMetadata().getGeneration()).isEqualTo(1L);
        assertThat(firstVersion).isNotEmpty();
    }

    @Test
    void preSyncHook_runsFirstAndIsDeletedWhenItSucceeds() throws Exception {
        loop.write("hooks/migrate.yaml", """
                apiVersion: batch/v1
                kind: Job
                metadata:
                  name: migrate
                  annotations:
                    argocd.argoproj.io/hook: PreSync
                    argocd.argoproj.io/hook-delete-policy: HookSucceeded
                spec:
                  template:
                    spec:
                      restartPolicy: Never
                      containers: [{name: migrate, image: busybox}]
                """);
        loop.write("hooks/a.yaml", configMap("a", "1"));
        loop.commit();
        loop.start();
        loop.createApplication(LoopFixture.application("hooks", "hooks", "hooks-ns", AUTOMATED));

        loop.awaitStatus("hooks", "Synced", "Healthy");
        await().atMost(30, TimeUnit.SECONDS).until(() -> "Succeeded".equals(loop.status("hooks")
                .getMap("operationState").flatMap(s -> s.getText("phase")).orElse("")));
        ListNode results = loop.status("hooks").getMap("operationState").flatMap(s -> s.getMap("syncResult"))
                .flatMap(r -> r.getList("resources")).orElseThrow();
        assertThat(results.items()).anySatisfy(entry -> {
            MapNode result = (MapNode) entry;
            assertThat(result.getText("kind")).contains("Job");
            assertThat(result.getText("hookType")).contains("PreSync");
            assertThat(result.getText("hookPhase")).contains("Succeeded");
        });
        await().atMost(30, TimeUnit.SECONDS).until(() ->
                loop.client.batch().v1().jobs().inNamespace("hooks-ns").withName("migrate").get() == null);
        assertThat(loop.status("hooks").getList("resources").orElseThrow().items()).hasSize(1);
    }

    @Test
    void projectRules_refuseKindsItDoesNotListAndApplyNothing() throws Exception {
        loop.write("project/a.yaml", configMap("a", "1"));
        loop.write("project/role.yaml", """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata:
                  name: project-test-reader
                rules: []
                """);
        loop.commit();
        loop.start();
        loop.cluster.apply(LoopFixture.parse("""
                apiVersion: argoproj.io/v1alpha1
                kind: AppProject
                metadata:
                  name: narrow
                  namespace: argocd
                spec:
                  sourceRepos: ['https://github.com/example/*']
                  destinations: [{server: https://kubernetes.default.svc, namespace: 'narrow-*'}]
                  clusterResourceWhitelist: [{group: '', kind: Namespace}]
                  namespaceResourceWhitelist: [{group: '', kind: ConfigMap}]
                """), dev.windlass.engine.cluster.ApplyOptions.APPLY);
        loop.createApplication(LoopFixture.application("narrow", "project", "narrow-ns", AUTOMATED)
                .replace("project: default", "project: narrow"));

        await().atMost(30, TimeUnit.SECONDS).until(() -> conditionType("narrow").equals("SyncError"));
        assertThat(conditionMessage("narrow"))
                .contains("resource rbac.authorization.k8s.io:ClusterRole is not permitted in project narrow");
        assertThat(loop.client.configMaps().inNamespace("narrow-ns").withName("a").get()).isNull();
        assertThat(loop.client.rbac().clusterRoles().withName("project-test-reader").get()).isNull();
    }

    @Test
    void projectRules_refuseARepositoryTheProjectDoesNotList() throws Exception {
        loop.start();
        loop.cluster.apply(LoopFixture.parse("""
                apiVersion: argoproj.io/v1alpha1
                kind: AppProject
                metadata:
                  name: closed
                  namespace: argocd
                spec:
                  sourceRepos: ['https://github.com/other/*']
                  destinations: [{server: https://kubernetes.default.svc, namespace: '*'}]
                """), dev.windlass.engine.cluster.ApplyOptions.APPLY);
        loop.createApplication(LoopFixture.application("closed", "x", "closed-ns", AUTOMATED)
                .replace("project: default", "project: closed"));

        await().atMost(30, TimeUnit.SECONDS).until(() -> conditionType("closed").equals("InvalidSpecError"));
        assertThat(conditionMessage("closed")).contains("application repo " + LoopFixture.REPO_URL
                + " is not permitted in project 'closed'");
    }

    @Test
    void manualSync_afterAnAutomatedOne_recordsOnlyItsOwnOperation() throws Exception {
        loop.write("after/a.yaml", configMap("a", "git"));
        loop.commit();
        ApplicationEngine engine = loop.start();
        loop.createApplication(LoopFixture.application("after", "after", "after-ns", AUTOMATED_NO_PRUNE_NO_HEAL));
        loop.awaitStatus("after", "Synced", "Healthy");
        loop.client.configMaps().inNamespace("after-ns").withName("a").edit(cm -> {
            cm.getData().put("key", "by hand");
            return cm;
        });
        await().atMost(30, TimeUnit.SECONDS).until(() -> "OutOfSync".equals(loop.syncStatus("after")));

        KubeObject synced = engine.operations().sync("after", SyncRequest.defaults());

        MapNode operation = synced.content().getMap("status").flatMap(s -> s.getMap("operationState"))
                .flatMap(s -> s.getMap("operation")).orElseThrow();
        assertThat(operation.getMap("initiatedBy").orElseThrow().keys()).containsExactly("username");
        assertThat(operation.getMap("sync").orElseThrow().keys()).doesNotContain("prune");
        assertThat(loop.client.configMaps().inNamespace("after-ns").withName("a").get().getData())
                .containsEntry("key", "git");
    }

    @Test
    void existingObjectWithoutTheMark_isComparedAndAdoptedBySync() throws Exception {
        loop.client.namespaces().resource(new io.fabric8.kubernetes.api.model.NamespaceBuilder()
                .withNewMetadata().withName("adopt-ns").endMetadata().build()).create();
        loop.client.configMaps().inNamespace("adopt-ns").resource(new io.fabric8.kubernetes.api.model.ConfigMapBuilder()
                .withNewMetadata().withName("a").endMetadata().addToData("key", "1").build()).create();
        loop.write("adopt/a.yaml", configMap("a", "1"));
        loop.commit();
        ApplicationEngine engine = loop.start();
        loop.createApplication(LoopFixture.application("adopt", "adopt", "adopt-ns", ""));

        await().atMost(30, TimeUnit.SECONDS).until(() -> "OutOfSync".equals(loop.syncStatus("adopt")));
        MapNode resource = (MapNode) loop.status("adopt").getList("resources").orElseThrow().items().get(0);
        assertThat(resource.get("requiresPruning")).isEmpty();
        assertThat(resource.getMap("health")).isEmpty();

        engine.operations().sync("adopt", SyncRequest.defaults());

        assertThat(loop.client.configMaps().inNamespace("adopt-ns").withName("a").get().getMetadata().getLabels())
                .containsEntry("app.kubernetes.io/instance", "adopt");
        await().atMost(30, TimeUnit.SECONDS).until(() -> "Synced".equals(loop.syncStatus("adopt")));
    }

    @Test
    void orphanedResources_areCountedWhenTheProjectAsks() throws Exception {
        loop.write("orphans/a.yaml", configMap("a", "1"));
        loop.commit();
        loop.start();
        loop.cluster.apply(LoopFixture.parse("""
                apiVersion: argoproj.io/v1alpha1
                kind: AppProject
                metadata:
                  name: watched
                  namespace: argocd
                spec:
                  sourceRepos: ['*']
                  destinations: [{server: https://kubernetes.default.svc, namespace: '*'}]
                  clusterResourceWhitelist: [{group: '*', kind: '*'}]
                  orphanedResources:
                    ignore: [{kind: Secret}]
                """), dev.windlass.engine.cluster.ApplyOptions.APPLY);
        loop.createApplication(LoopFixture.application("orphans", "orphans", "orphans-ns", AUTOMATED)
                .replace("project: default", "project: watched"));
        loop.awaitStatus("orphans", "Synced", "Healthy");

        loop.client.configMaps().inNamespace("orphans-ns").resource(new io.fabric8.kubernetes.api.model.ConfigMapBuilder()
                .withNewMetadata().withName("stray").endMetadata().build()).create();
        loop.client.secrets().inNamespace("orphans-ns").resource(new io.fabric8.kubernetes.api.model.SecretBuilder()
                .withNewMetadata().withName("ignored").endMetadata().build()).create();
        loop.application("orphans").orElseThrow();
        loop.cluster.mergePatch(LoopFixture.APPLICATION, "argocd", "orphans", MapNode.of("metadata", MapNode.of(
                "annotations", MapNode.of("argocd.argoproj.io/refresh", dev.windlass.model.tree.Node.of("normal")))));

        await().atMost(30, TimeUnit.SECONDS).until(() -> conditionType("orphans").equals("OrphanedResourceWarning"));
        assertThat(conditionMessage("orphans")).isEqualTo("Application has 1 orphaned resources");
        assertThat(loop.syncStatus("orphans")).isEqualTo("Synced");
    }

    private String conditionType(String app) throws Exception {
        return firstCondition(app).flatMap(c -> c.getText("type")).orElse("");
    }

    private String conditionMessage(String app) throws Exception {
        return firstCondition(app).flatMap(c -> c.getText("message")).orElse("");
    }

    private java.util.Optional<MapNode> firstCondition(String app) throws Exception {
        return loop.status(app).getList("conditions").flatMap(list -> list.items().stream()
                .filter(n -> n instanceof MapNode).map(n -> (MapNode) n).findFirst());
    }

}
