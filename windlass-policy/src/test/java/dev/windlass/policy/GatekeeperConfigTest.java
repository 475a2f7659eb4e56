package dev.windlass.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.GroupVersionKind;
import org.junit.jupiter.api.Test;

class GatekeeperConfigTest {
    private static final String CONFIG = """
            apiVersion: config.gatekeeper.sh/v1alpha1
            kind: Config
            metadata: {name: config, namespace: gatekeeper-system}
            spec:
              sync:
                syncOnly:
                  - {group: '', version: v1, kind: Namespace}
                  - {group: networking.k8s.io, version: v1, kind: Ingress}
              match:
                - excludedNamespaces: ['kube-*']
                  processes: ['*']
                - excludedNamespaces: [audit-excluded]
                  processes: [audit]
            """;

    @Test
    void syncOnly_listsTheReplicatedKinds() throws PolicyException {
        GatekeeperConfig c = GatekeeperConfig.read(TestObjects.yaml(CONFIG));
        assertThat(c.syncOnly()).containsExactly(new GroupVersionKind("", "v1", "Namespace"),
                new GroupVersionKind("networking.k8s.io", "v1", "Ingress"));
    }

    @Test
    void starProcess_excludesEverywhere() throws PolicyException {
        GatekeeperConfig c = GatekeeperConfig.read(TestObjects.yaml(CONFIG));
        assertThat(c.excludes(TestObjects.pod("kube-system", "p"), "webhook")).isTrue();
        assertThat(c.excludes(TestObjects.pod("kube-system", "p"), "audit")).isTrue();
    }

    @Test
    void namedProcess_excludesOnlyThere() throws PolicyException {
        GatekeeperConfig c = GatekeeperConfig.read(TestObjects.yaml(CONFIG));
        assertThat(c.excludes(TestObjects.pod("audit-excluded", "p"), "audit")).isTrue();
        assertThat(c.excludes(TestObjects.pod("audit-excluded", "p"), "webhook")).isFalse();
    }

    @Test
    void namespaceObjects_areExcludedByTheirOwnName() throws PolicyException {
        GatekeeperConfig c = GatekeeperConfig.read(TestObjects.yaml(CONFIG));
        assertThat(c.excludes(TestObjects.namespace("kube-public"), "webhook")).isTrue();
        assertThat(c.excludes(TestObjects.namespace("prod"), "webhook")).isFalse();
    }

    @Test
    void isConfig_needsTheGatekeeperGroup() {
        assertThat(GatekeeperConfig.isConfig(TestObjects.yaml(CONFIG))).isTrue();
        assertThat(GatekeeperConfig.isConfig(TestObjects.yaml("apiVersion: other/v1\nkind: Config\nmetadata: {name: c}")))
                .isFalse();
    }
}
