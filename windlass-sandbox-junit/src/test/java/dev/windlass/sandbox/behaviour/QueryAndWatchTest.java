package dev.windlass.sandbox.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.windlass.sandbox.junit.SandboxExtension;
import dev.windlass.sandbox.junit.WithSandbox;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.ConfigMapList;
import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** Selectors, paging and watches, through fabric8. */
@WithSandbox(controllers = false, watchHistory = 200)
class QueryAndWatchTest {

    private static final String ROOT_CA = "kube-root-ca.crt";

    private KubernetesClient client;
    private String namespace;

    @BeforeEach
    void namespace(KubernetesClient client, TestInfo info) {
        this.client = client;
        this.namespace = SandboxExtension.namespace(client, info.getTestMethod().orElseThrow().getName());
    }

    @Test
    void setBasedSelector_deletesOnlyMatchingObjects() {
        create("a", Map.of("instance", "a"));
        create("b", Map.of("instance", "b"));
        create("none", Map.of());

        client.configMaps().inNamespace(namespace).withLabelSelector("instance in (a)").delete();

        assertThat(names(client.configMaps().inNamespace(namespace).list())).containsExactly("b", "none");
    }

    @Test
    void labelSelectors_supportEveryOperator() {
        create("a", Map.of("tier", "web", "env", "prod"));
        create("b", Map.of("tier", "db"));
        create("c", Map.of());

        assertThat(select("tier=web")).containsExactly("a");
        assertThat(select("tier==web")).containsExactly("a");
        assertThat(select("tier!=web")).containsExactly("b", "c");
        assertThat(select("tier notin (web)")).containsExactly("b", "c");
        assertThat(select("tier")).containsExactly("a", "b");
        assertThat(select("!tier")).containsExactly("c");
        assertThat(select("tier in (web,db),env")).containsExactly("a");
    }

    @Test
    void badLabelSelector_isBadRequest() {
        assertThatThrownBy(() -> select("tier in web"))
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(400));
    }

    @Test
    void fieldSelector_onName_andUnsupportedField_isBadRequest() {
        create("a", Map.of());
        create("b", Map.of());

        assertThat(names(client.configMaps().inNamespace(namespace).withField("metadata.name", "b").list()))
                .containsExactly("b");
        assertThatThrownBy(() -> client.configMaps().inNamespace(namespace).withField("data.k", "v").list())
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(400);
                    assertThat(e.getStatus().getMessage()).contains("\"data.k\" is not a known field selector");
                });
    }

    @Test
    void limitAndContinue_pageThroughEveryObjectOnce() {
        for (int i = 0; i < 7; i++) {
            create("cm-" + i, Map.of());
        }
        List<String> seen = new java.util.ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            ConfigMapList page = client.configMaps().inNamespace(namespace)
                    .list(new ListOptionsBuilder().withLimit(3L).withContinue(token).build());
            seen.addAll(names(page));
            token = page.getMetadata().getContinue();
            pages++;
        } while (token != null && !token.isEmpty());

        assertThat(pages).isEqualTo(3);  // 7 objects and the CA bundle, 3 per page
        assertThat(seen).containsExactly("cm-0", "cm-1", "cm-2", "cm-3", "cm-4", "cm-5", "cm-6");
    }

    @Test
    void watch_fromAResourceVersion_deliversLaterChangesInOrder() throws Exception {
        String from = create("before", Map.of()).getMetadata().getResourceVersion();
        List<String> events = new CopyOnWriteArrayList<>();
        try (Watch ignored = client.configMaps().inNamespace(namespace)
                .watch(new ListOptionsBuilder().withResourceVersion(from).build(), recorder(events))) {
            create("x", Map.of());
            client.configMaps().inNamespace(namespace).withName("x").delete();
            await().atMost(Duration.ofSeconds(5)).until(() -> events.size() >= 2);
        }
        assertThat(events).containsExactly("ADDED x", "DELETED x");
    }

    @Test
    void watch_withLabelSelector_seesObjectsLeaveAndEnterTheSelection() {
        create("x", Map.of("watched", "yes"));
        List<String> events = new CopyOnWriteArrayList<>();
        try (Watch ignored = client.configMaps().inNamespace(namespace).withLabel("watched", "yes")
                .watch(new ListOptionsBuilder().withResourceVersion(currentVersion()).build(), recorder(events))) {
            relabel("x", "no");
            relabel("x", "yes");
            await().atMost(Duration.ofSeconds(5)).until(() -> events.size() >= 2);
        }
        assertThat(events).containsExactly("DELETED x", "ADDED x");
    }

    @Test
    void watch_fromACompactedVersion_isGone410() {
        String old = create("first", Map.of()).getMetadata().getResourceVersion();
        for (int i = 0; i < 250; i++) {
            create("filler-" + i, Map.of());
        }
        AtomicReference<WatcherException> closed = new AtomicReference<>();
        try (Watch ignored = client.configMaps().inNamespace(namespace)
                .watch(new ListOptionsBuilder().withResourceVersion(old).build(), new Watcher<ConfigMap>() {
                    @Override
                    public void eventReceived(Action action, ConfigMap resource) {
                    }

                    @Override
                    public void onClose(WatcherException cause) {
                        closed.set(cause);
                    }
                })) {
            await().atMost(Duration.ofSeconds(5)).until(() -> closed.get() != null);
        }
        assertThat(closed.get().isHttpGone()).isTrue();
    }

    @Test
    void informer_listsThenFollowsChanges() {
        create("existing", Map.of());
        List<String> seen = new CopyOnWriteArrayList<>();
        SharedIndexInformer<ConfigMap> informer = client.configMaps().inNamespace(namespace).inform(
                new ResourceEventHandler<>() {
                    @Override
                    public void onAdd(ConfigMap obj) {
                        if (!obj.getMetadata().getName().equals(ROOT_CA)) {
                            seen.add("add " + obj.getMetadata().getName());
                        }
                    }

                    @Override
                    public void onUpdate(ConfigMap oldObj, ConfigMap newObj) {
                        seen.add("update " + newObj.getMetadata().getName());
                    }

                    @Override
                    public void onDelete(ConfigMap obj, boolean deletedFinalStateUnknown) {
                        seen.add("delete " + obj.getMetadata().getName());
                    }
                });
        try {
            create("later", Map.of());
            client.configMaps().inNamespace(namespace).withName("existing").delete();
            await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() >= 3);
            assertThat(seen).containsExactly("add existing", "add later", "delete existing");
            assertThat(informer.getStore().list()).extracting(c -> c.getMetadata().getName())
                    .filteredOn(name -> !name.equals(ROOT_CA)).containsExactly("later");
        } finally {
            informer.close();
        }
    }

    private Watcher<ConfigMap> recorder(List<String> events) {
        return new Watcher<>() {
            @Override
            public void eventReceived(Action action, ConfigMap resource) {
                // The namespace controller adds the CA bundle at its own pace; it is not part of the test.
                if (!resource.getMetadata().getName().equals(ROOT_CA)) {
                    events.add(action + " " + resource.getMetadata().getName());
                }
            }

            @Override
            public void onClose(WatcherException cause) {
            }
        };
    }

    private String currentVersion() {
        return client.configMaps().inNamespace(namespace).list().getMetadata().getResourceVersion();
    }

    private void relabel(String name, String value) {
        ConfigMap current = client.configMaps().inNamespace(namespace).withName(name).get();
        current.getMetadata().getLabels().put("watched", value);
        client.configMaps().inNamespace(namespace).resource(current).update();
    }

    private ConfigMap create(String name, Map<String, String> labels) {
        return client.configMaps().inNamespace(namespace).resource(new ConfigMapBuilder().withNewMetadata()
                .withName(name).withLabels(labels).endMetadata().build()).create();
    }

    private List<String> select(String selector) {
        return names(client.configMaps().inNamespace(namespace).withLabelSelector(selector).list());
    }

    /** The names in a list, without the CA bundle the sandbox (like a real cluster) puts in every namespace. */
    private static List<String> names(ConfigMapList list) {
        return list.getItems().stream().map(c -> c.getMetadata().getName()).filter(n -> !n.equals(ROOT_CA)).toList();
    }
}
