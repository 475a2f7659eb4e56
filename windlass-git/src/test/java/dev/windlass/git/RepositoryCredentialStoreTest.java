package dev.windlass.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Argo CD repository and repo-creds Secrets read into credentials. */
class RepositoryCredentialStoreTest {

    private static String sshKey;

    @BeforeAll
    static void makeKey() throws Exception {
        KeyPair key = SshGitServer.clientKey(KeyPairProvider.ECDSA_SHA2_NISTP256);
        sshKey = SshGitServer.openSsh(key);
    }

    static KubeObject secret(String name, String type, String section, Map<String, ?> values) {
        Map<String, Node> data = new LinkedHashMap<>();
        values.forEach((k, v) -> data.put(k, v instanceof Node n ? n : Node.of(String.valueOf(v))));
        return KubeObject.of(MapNode.of("apiVersion", "v1", "kind", "Secret",
                "metadata", MapNode.of("name", name, "namespace", "argocd",
                        "labels", MapNode.of(RepositoryCredentialStore.SECRET_TYPE_LABEL, type)),
                section, MapNode.copyOf(data)));
    }

    static KubeObject plain(String name, String type, String... keysAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return secret(name, type, "stringData", values);
    }

    static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static RepositoryCredentialStore store(KubeObject... objects) {
        Result<RepositoryCredentialStore> read = RepositoryCredentialStore.fromSecrets(List.of(objects));
        assertThat(read.errors()).isEmpty();
        return read.value();
    }

    private static String user(RepositoryCredentials credentials) {
        return credentials instanceof RepositoryCredentials.Basic basic ? basic.username() : "<" + credentials + ">";
    }

    @Test
    void resolve_aRepositorySecretsOwnCredentialsWinOverATemplate() {
        RepositoryCredentialStore store = store(
                plain("org-creds", "repo-creds", "url", "https://github.com/org", "username", "tpl", "password", "p1"),
                plain("app-repo", "repository", "url", "https://github.com/org/app", "username", "own", "password", "p2"));

        assertThat(store.resolve("https://github.com/org/app")).isEqualTo(RepositoryCredentials.basic("own", "p2"));
    }

    @Test
    void resolve_aRepositoryWithoutCredentialsTakesTheTemplates() {
        RepositoryCredentialStore store = store(
                plain("app-repo", "repository", "url", "https://github.com/org/app", "name", "app"),
                plain("org-creds", "repo-creds", "url", "https://github.com/org", "username", "tpl", "password", "p1"));

        assertThat(store.resolve("https://github.com/org/app.git")).isEqualTo(RepositoryCredentials.basic("tpl", "p1"));
        assertThat(store.effective("https://github.com/org/app", "")).get()
                .extracting(RepositorySecret::secret).isEqualTo("Secret argocd/app-repo");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "https://github.com/org/team/app, team",
        "https://github.com/org/other,    org",
        "https://GitHub.com/Org/Team/App.git, team",
        "https://github.com/organisation/x, org",
        "https://gitlab.com/org/app,       <RepositoryCredentials[none]>",
        "git@github.com:org/team/app.git,  ssh-team",
    })
    void resolve_theLongestTemplatePrefixWinsWhateverTheOrder(String url, String expectedUser) {
        RepositoryCredentialStore store = store(
                plain("org", "repo-creds", "url", "https://github.com/org", "username", "org", "password", "x"),
                plain("team", "repo-creds", "url", "https://github.com/org/team", "username", "team", "password", "x"),
                plain("ssh-org", "repo-creds", "url", "git@github.com:org", "username", "ssh-org", "password", "x"),
                plain("ssh-team", "repo-creds", "url", "ssh://git@github.com/org/team", "username", "ssh-team", "password", "x"));

        assertThat(user(store.resolve(url))).isEqualTo(expectedUser);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "https://github.com/org/app",
        "https://github.com/org/app.git",
        "HTTPS://GITHUB.COM/ORG/APP",
        "'  https://github.com/org/app  '",
    })
    void resolve_aRepositoryMatchesItsUrlIgnoringCaseAndGitSuffix(String url) {
        RepositoryCredentialStore store = store(
                plain("app", "repository", "url", "https://github.com/Org/App.git", "username", "u", "password", "p"));

        assertThat(store.resolve(url)).isEqualTo(RepositoryCredentials.basic("u", "p"));
    }

    @Test
    void resolve_scpAndSshSpellingsAreOneRepository() {
        RepositoryCredentialStore store = store(
                plain("app", "repository", "url", "git@github.com:org/app.git", "sshPrivateKey", sshKey));

        assertThat(store.resolve("ssh://git@github.com/org/app")).isInstanceOf(RepositoryCredentials.Ssh.class);
        assertThat(store.resolve("ssh://git@github.com/org/other")).isEqualTo(RepositoryCredentials.none());
    }

    @Test
    void resolve_anSshKeyCarriesTheKnownHostsAndOnlyTheRepositorysInsecureFlag() {
        KubeObject hosts = KubeObject.of(MapNode.of("apiVersion", "v1", "kind", "ConfigMap",
                "metadata", MapNode.of("name", KnownHosts.CONFIG_MAP, "namespace", "argocd"),
                "data", MapNode.of(KnownHosts.DATA_KEY,
                        "github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\n")));
        RepositoryCredentialStore store = store(hosts,
                plain("creds", "repo-creds", "url", "git@github.com:org", "sshPrivateKey", sshKey, "insecure", "true"),
                plain("lax", "repository", "url", "git@github.com:org/lax", "insecureIgnoreHostKey", "true"));

        RepositoryCredentials.Ssh viaTemplate = (RepositoryCredentials.Ssh) store.resolve("git@github.com:org/app");
        RepositoryCredentials.Ssh lax = (RepositoryCredentials.Ssh) store.resolve("git@github.com:org/lax");

        assertThat(viaTemplate.insecure()).isFalse();
        assertThat(viaTemplate.knownHosts().size()).isEqualTo(1);
        assertThat(lax.insecure()).isTrue();
        assertThat(lax.privateKey()).isEqualTo(sshKey);
    }

    @Test
    void resolve_aProjectScopedRepositoryServesOnlyItsProject() {
        RepositoryCredentialStore store = store(
                plain("shared", "repository", "url", "https://h/app", "username", "shared", "password", "x"),
                plain("team-a", "repository", "url", "https://h/app", "username", "a", "password", "x", "project", "team-a"));

        assertThat(user(store.resolve("https://h/app", "team-a"))).isEqualTo("a");
        assertThat(user(store.resolve("https://h/app", "team-b"))).isEqualTo("shared");
        assertThat(user(store.resolve("https://h/app"))).isEqualTo("shared");
    }

    @Test
    void fromSecrets_readsBase64DataWithStringDataWinning() {
        KubeObject both = KubeObject.of(secret("app", "repository", "data", Map.of(
                "url", b64("https://h/app"), "username", b64("from-data"), "password", b64("p")))
                .content().with("stringData", MapNode.of("username", "from-stringData")));

        assertThat(store(both).resolve("https://h/app")).isEqualTo(RepositoryCredentials.basic("from-stringData", "p"));
    }

    @Test
    void fromSecrets_malformedBase64IsAnErrorNamingSecretAndFieldButNotTheValue() {
        KubeObject bad = secret("app", "repository", "data", Map.of("url", b64("https://h/app"), "password", "not*base64!"));

        Result<RepositoryCredentialStore> read = RepositoryCredentialStore.fromSecrets(List.of(bad));

        assertThat(read.errors()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(GitMessages.BAD_VALUE);
            assertThat(issue.message()).contains("Secret argocd/app", "data.password").doesNotContain("not*base64!");
            assertThat(issue.location().fieldPath()).hasValueSatisfying(f -> assertThat(f.toString()).isEqualTo("data.password"));
        });
        assertThat(read.value().repositories()).isEmpty();
    }

    @Test
    void fromSecrets_aSecretWithoutUrlIsAnError() {
        Result<RepositoryCredentialStore> read = RepositoryCredentialStore.fromSecrets(List.of(
                plain("nourl", "repo-creds", "username", "u", "password", "hunter2")));

        assertThat(read.errors()).extracting(Issue::code).containsExactly(GitMessages.MISSING_URL);
        assertThat(read.errors().get(0).message()).contains("Secret argocd/nourl").doesNotContain("hunter2");
        assertThat(read.value().templates()).isEmpty();
    }

    @ParameterizedTest(name = "insecure: {0}")
    @CsvSource({"yes", "on", "''", "TRUE1"})
    void fromSecrets_aBooleanArgoCannotParseIsAnError(String value) {
        Result<RepositoryCredentialStore> read = RepositoryCredentialStore.fromSecrets(List.of(
                plain("app", "repository", "url", "https://h/app", "insecure", value)));

        assertThat(read.errors()).extracting(Issue::code).containsExactly(GitMessages.BAD_BOOLEAN);
        assertThat(read.value().repositories()).isEmpty();
    }

    @ParameterizedTest(name = "insecure: {0}")
    @CsvSource({"true, true", "True, true", "1, true", "t, true", "false, false", "0, false", "F, false"})
    void fromSecrets_readsBooleansAsGoDoes(String value, boolean expected) {
        RepositoryCredentialStore store = store(plain("app", "repository", "url", "https://h/app", "insecure", value));

        assertThat(store.repositories().get(0).insecure()).isEqualTo(expected);
    }

    @Test
    void fromSecrets_anUnreadableSshKeyIsAnErrorThatDoesNotPrintTheKey() {
        String garbage = "-----BEGIN OPENSSH PRIVATE KEY-----\nc2VjcmV0LW1hdGVyaWFs\n-----END OPENSSH PRIVATE KEY-----\n";

        Result<RepositoryCredentialStore> read = RepositoryCredentialStore.fromSecrets(List.of(
                plain("app", "repository", "url", "git@h:app", "sshPrivateKey", garbage)));

        assertThat(read.errors()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(GitMessages.BAD_SSH_KEY);
            assertThat(issue.message()).contains("stringData.sshPrivateKey").doesNotContain("c2VjcmV0LW1hdGVyaWFs");
        });
    }

    @Test
    void fromSecrets_aPasswordWithoutUsernameWarnsAndSendsNothing() {
        Result<RepositoryCredentialStore> read = RepositoryCredentialStore.fromSecrets(List.of(
                plain("app", "repository", "url", "https://h/app", "password", "ghp_token")));

        assertThat(read.warnings()).extracting(Issue::code).containsExactly(GitMessages.INCOMPLETE_CREDENTIALS);
        assertThat(read.warnings().get(0).message()).doesNotContain("ghp_token");
        assertThat(read.value().resolve("https://h/app")).isEqualTo(RepositoryCredentials.none());
    }

    @Test
    void fromSecrets_ignoresUnlabelledSecretsOtherLabelsAndOtherKinds() {
        KubeObject unlabelled = KubeObject.of(MapNode.of("apiVersion", "v1", "kind", "Secret",
                "metadata", MapNode.of("name", "x"), "stringData", MapNode.of("url", "https://h/app")));
        KubeObject cluster = plain("c", "cluster", "url", "https://h/app", "username", "u", "password", "p");
        KubeObject configMap = KubeObject.of(MapNode.of("apiVersion", "v1", "kind", "ConfigMap",
                "metadata", MapNode.of("name", "y", "labels", MapNode.of(RepositoryCredentialStore.SECRET_TYPE_LABEL,
                        "repository")), "data", MapNode.of("url", "https://h/app")));

        Result<RepositoryCredentialStore> read = RepositoryCredentialStore.fromSecrets(List.of(unlabelled, cluster, configMap));

        assertThat(read.issues()).isEmpty();
        assertThat(read.value().repositories()).isEmpty();
        assertThat(read.value().templates()).isEmpty();
    }

    @Test
    void fromSecrets_aSecondSecretForTheSameRepositoryWarnsAndTheFirstWins() {
        Result<RepositoryCredentialStore> read = RepositoryCredentialStore.fromSecrets(List.of(
                plain("first", "repository", "url", "https://h/app", "username", "one", "password", "x"),
                plain("second", "repository", "url", "https://h/app.git", "username", "two", "password", "x")));

        assertThat(read.warnings()).extracting(Issue::code).containsExactly(GitMessages.DUPLICATE_REPOSITORY);
        assertThat(user(read.value().resolve("https://h/app"))).isEqualTo("one");
    }

    @Test
    void toString_neverShowsPasswordsOrKeys() {
        RepositoryCredentialStore store = store(
                plain("a", "repository", "url", "https://h/a", "username", "u", "password", "hunter2"),
                plain("b", "repository", "url", "git@h:b", "sshPrivateKey", sshKey));

        String printed = store.repositories() + " " + store.resolve("https://h/a") + " " + store.resolve("git@h:b");

        assertThat(printed).doesNotContain("hunter2").doesNotContain("PRIVATE KEY").contains("u");
    }
}
