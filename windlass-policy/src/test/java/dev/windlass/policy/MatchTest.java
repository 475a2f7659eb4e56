package dev.windlass.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.model.KubeObject;
import org.junit.jupiter.api.Test;

class MatchTest {
    private static final Fields F = new Fields("K8sX c");

    private static Match match(String yaml) throws PolicyException {
        return Match.parse(TestObjects.map(yaml), F);
    }

    private static final KubeObject DEPLOY = TestObjects.yaml(
            "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: prod, labels: {app: web}}");
    private static final KubeObject CLUSTER_ROLE = TestObjects.yaml(
            "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: admin}");

    @Test
    void emptyMatch_matchesEverything() throws Exception {
        assertThat(Match.ALL.matches(DEPLOY, null)).isTrue();
        assertThat(match("{}").matches(CLUSTER_ROLE, null)).isTrue();
    }

    @Test
    void kinds_needGroupAndKindInTheSameEntry() throws Exception {
        Match m = match("kinds: [{apiGroups: [''], kinds: [Pod]}, {apiGroups: [apps], kinds: [Deployment]}]");
        assertThat(m.matches(DEPLOY, null)).isTrue();
        assertThat(m.matches(TestObjects.pod("prod", "p"), null)).isTrue();
        assertThat(match("kinds: [{apiGroups: [''], kinds: [Deployment]}]").matches(DEPLOY, null)).isFalse();
    }

    @Test
    void kinds_starMatchesAnyGroupOrKind() throws Exception {
        assertThat(match("kinds: [{apiGroups: ['*'], kinds: [Deployment]}]").matches(DEPLOY, null)).isTrue();
        assertThat(match("kinds: [{apiGroups: [apps], kinds: ['*']}]").matches(DEPLOY, null)).isTrue();
        assertThat(match("kinds: [{apiGroups: [apps]}]").matches(DEPLOY, null)).isTrue();
    }

    @Test
    void scopeCluster_matchesClusterObjectsAndNamespaces() throws Exception {
        Match m = match("scope: Cluster");
        assertThat(m.matches(CLUSTER_ROLE, null)).isTrue();
        assertThat(m.matches(TestObjects.namespace("prod"), null)).isTrue();
        assertThat(m.matches(DEPLOY, null)).isFalse();
    }

    @Test
    void scopeNamespaced_matchesNamespacedObjectsButNotNamespaces() throws Exception {
        Match m = match("scope: Namespaced");
        assertThat(m.matches(DEPLOY, null)).isTrue();
        assertThat(m.matches(TestObjects.namespace("prod"), null)).isFalse();
        assertThat(m.matches(CLUSTER_ROLE, null)).isFalse();
    }

    @Test
    void namespaces_acceptGlobsAndIgnoreClusterScopedObjects() throws Exception {
        Match m = match("namespaces: [prod, 'team-*']");
        assertThat(m.matches(DEPLOY, null)).isTrue();
        assertThat(m.matches(TestObjects.pod("team-a", "p"), null)).isTrue();
        assertThat(m.matches(TestObjects.pod("dev", "p"), null)).isFalse();
        assertThat(m.matches(CLUSTER_ROLE, null)).isTrue();
    }

    @Test
    void namespaces_useANamespaceObjectsOwnName() throws Exception {
        Match m = match("namespaces: [prod]");
        assertThat(m.matches(TestObjects.namespace("prod"), null)).isTrue();
        assertThat(m.matches(TestObjects.namespace("dev"), null)).isFalse();
    }

    @Test
    void excludedNamespaces_excludePrefixAndSuffixGlobs() throws Exception {
        Match m = match("excludedNamespaces: ['kube-*', '*-system']");
        assertThat(m.matches(TestObjects.pod("kube-public", "p"), null)).isFalse();
        assertThat(m.matches(TestObjects.pod("gatekeeper-system", "p"), null)).isFalse();
        assertThat(m.matches(TestObjects.namespace("kube-system"), null)).isFalse();
        assertThat(m.matches(DEPLOY, null)).isTrue();
        assertThat(m.matches(CLUSTER_ROLE, null)).isTrue();
    }

    @Test
    void labelSelector_looksAtTheObjectsLabels() throws Exception {
        assertThat(match("labelSelector: {matchLabels: {app: web}}").matches(DEPLOY, null)).isTrue();
        assertThat(match("labelSelector: {matchLabels: {app: db}}").matches(DEPLOY, null)).isFalse();
    }

    @Test
    void namespaceSelector_looksAtTheNamespaceLabels() throws Exception {
        Match m = match("namespaceSelector: {matchLabels: {env: prod}}");
        assertThat(m.matches(DEPLOY, TestObjects.namespace("prod", "env", "prod"))).isTrue();
        assertThat(m.matches(DEPLOY, TestObjects.namespace("prod", "env", "dev"))).isFalse();
    }

    @Test
    void namespaceSelector_onANamespaceUsesItsOwnLabels() throws Exception {
        Match m = match("namespaceSelector: {matchLabels: {env: prod}}");
        assertThat(m.matches(TestObjects.namespace("a", "env", "prod"), null)).isTrue();
        assertThat(m.matches(TestObjects.namespace("a"), null)).isFalse();
    }

    @Test
    void namespaceSelector_matchesClusterScopedObjects() throws Exception {
        assertThat(match("namespaceSelector: {matchLabels: {env: prod}}").matches(CLUSTER_ROLE, null)).isTrue();
    }

    @Test
    void namespaceSelector_withoutTheNamespaceFails() {
        assertThatThrownBy(() -> match("namespaceSelector: {matchLabels: {env: prod}}").matches(DEPLOY, null))
                .isInstanceOf(Match.MissingNamespace.class)
                .hasMessageContaining("prod");
    }

    @Test
    void name_acceptsGlobs() throws Exception {
        assertThat(match("name: web").matches(DEPLOY, null)).isTrue();
        assertThat(match("name: 'we*'").matches(DEPLOY, null)).isTrue();
        assertThat(match("name: '*db'").matches(DEPLOY, null)).isFalse();
    }

    @Test
    void allMatchers_areAnded() throws Exception {
        Match m = match("kinds: [{apiGroups: [apps], kinds: [Deployment]}]\nnamespaces: [dev]");
        assertThat(m.matches(DEPLOY, null)).isFalse();
    }

    @Test
    void kindsNotAList_isRejectedNamingTheField() {
        assertThatThrownBy(() -> match("kinds: Pod"))
                .hasMessageContaining("K8sX c: spec.match.kinds: must be a list");
    }
}
