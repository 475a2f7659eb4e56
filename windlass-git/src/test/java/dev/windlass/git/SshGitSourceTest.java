package dev.windlass.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.git.GitSourceException.Reason;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Location;
import dev.windlass.model.Result;
import dev.windlass.model.tree.MapNode;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GitSource over SSH against an in-process Apache MINA sshd server on loopback. */
class SshGitSourceTest {

    @TempDir
    Path tmp;

    private TestRepo origin;
    private KeyPair clientKey;
    private SshGitServer server;
    private RevCommit head;

    @BeforeEach
    void startServer() throws Exception {
        origin = TestRepo.create(tmp.resolve("origin"));
        head = origin.commitFile("apps/web.yaml", "kind: Service\n");
        clientKey = SshGitServer.clientKey(KeyPairProvider.SSH_ED25519);
        server = SshGitServer.start(origin.dir().resolve(".git"), clientKey.getPublic());
    }

    @AfterEach
    void stopServer() throws Exception {
        server.close();
        origin.close();
    }

    private GitSource source(RepositoryCredentials credentials) throws Exception {
        return GitSource.create(RepositoryCache.open(tmp.resolve("cache"), 1L << 30), RepoMap.empty(),
                url -> credentials, GitSource.Limits.DEFAULT);
    }

    private KnownHosts trusted() {
        return KnownHosts.parse(server.knownHostsLine() + "\n", Location.nowhere()).value();
    }

    @Test
    void fetch_overSshClonesWithTheRepositoryKeyAndAKnownHost() throws Exception {
        GitSource source = source(RepositoryCredentials.ssh(SshGitServer.openSsh(clientKey), trusted(), false));

        SourceRevision revision = source.fetch(server.url(), "main");

        assertThat(revision.commitSha()).isEqualTo(head.getName());
        assertThat(GitSourceTest.text(revision, "apps/web.yaml")).isEqualTo("kind: Service\n");
    }

    @Test
    void fetch_overSshSeesANewCommitOnTheNextFetch() throws Exception {
        GitSource source = source(RepositoryCredentials.ssh(SshGitServer.openSsh(clientKey), trusted(), false));
        source.fetch(server.url(), "main");

        RevCommit second = origin.commitFile("apps/web.yaml", "kind: Deployment\n");

        assertThat(source.fetch(server.url(), "main").commitSha()).isEqualTo(second.getName());
    }

    @Test
    void fetch_overSshAcceptsAPemPkcs8RsaKey() throws Exception {
        server.close();
        KeyPair rsa = SshGitServer.clientKey(KeyPairProvider.SSH_RSA);
        server = SshGitServer.start(origin.dir().resolve(".git"), rsa.getPublic());
        GitSource source = source(RepositoryCredentials.ssh(SshGitServer.pkcs8Pem(rsa), trusted(), false));

        assertThat(source.fetch(server.url(), "HEAD").commitSha()).isEqualTo(head.getName());
    }

    @Test
    void fetch_overSshWithTheWrongKeyFailsAndNamesTheRepository() throws Exception {
        KeyPair other = SshGitServer.clientKey(KeyPairProvider.ECDSA_SHA2_NISTP256);
        String otherKey = SshGitServer.openSsh(other);
        GitSource source = source(RepositoryCredentials.ssh(otherKey, trusted(), false));

        assertThatThrownBy(() -> source.fetch(server.url(), "main"))
                .isInstanceOfSatisfying(GitSourceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.FETCH_FAILED))
                .hasMessageContaining(server.url())
                .hasMessageContaining("credentials")
                .hasMessageNotContaining("PRIVATE KEY");
    }

    @Test
    void fetch_overSshRefusesAnUnknownHostKeyAndSaysHowToAddIt() throws Exception {
        GitSource source = source(RepositoryCredentials.ssh(SshGitServer.openSsh(clientKey), KnownHosts.empty(), false));

        assertThatThrownBy(() -> source.fetch(server.url(), "main"))
                .isInstanceOfSatisfying(GitSourceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.FETCH_FAILED))
                .hasMessageContaining("is not in the known hosts")
                .hasMessageContaining(KnownHosts.CONFIG_MAP)
                .hasMessageContaining(server.knownHostsLine())
                .hasMessageContaining("ssh-keyscan -p " + server.port() + " 127.0.0.1")
                .hasMessageContaining("insecure");
    }

    @Test
    void fetch_overSshRefusesAHostKeyThatDiffersFromTheKnownOne() throws Exception {
        String stale = "[127.0.0.1]:" + server.port() + " " + PublicKeyEntry.toString(
                SshGitServer.clientKey(KeyPairProvider.ECDSA_SHA2_NISTP256).getPublic());
        KnownHosts hosts = KnownHosts.parse(stale, Location.nowhere()).value();
        GitSource source = source(RepositoryCredentials.ssh(SshGitServer.openSsh(clientKey), hosts, false));

        assertThatThrownBy(() -> source.fetch(server.url(), "main"))
                .isInstanceOfSatisfying(GitSourceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.FETCH_FAILED))
                .hasMessageContaining("does not match")
                .hasMessageContaining(server.knownHostsLine());
    }

    @Test
    void fetch_overSshRefusesARevokedHostKey() throws Exception {
        KnownHosts hosts = KnownHosts.parse(server.knownHostsLine() + "\n@revoked " + server.knownHostsLine(),
                Location.nowhere()).value();
        GitSource source = source(RepositoryCredentials.ssh(SshGitServer.openSsh(clientKey), hosts, false));

        assertThatThrownBy(() -> source.fetch(server.url(), "main")).hasMessageContaining("@revoked");
    }

    @Test
    void fetch_overSshAcceptsAnyHostKeyWhenTheRepositoryIsInsecure() throws Exception {
        GitSource source = source(RepositoryCredentials.ssh(SshGitServer.openSsh(clientKey), KnownHosts.empty(), true));

        assertThat(source.fetch(server.url(), "main").commitSha()).isEqualTo(head.getName());
    }

    @Test
    void fetch_overSshWithoutAKeyFailsInsteadOfTryingTheUsersOwnKeys() throws Exception {
        GitSource source = source(RepositoryCredentials.none());

        assertThatThrownBy(() -> source.fetch(server.url(), "main"))
                .isInstanceOfSatisfying(GitSourceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.FETCH_FAILED))
                .hasMessageContaining("no SSH private key is configured")
                .hasMessageContaining("sshPrivateKey");
    }

    @Test
    void fetch_overSshWithCredentialsFromArgoSecretsAndTheKnownHostsConfigMap() throws Exception {
        KubeObject template = KubeObject.of(MapNode.of("apiVersion", "v1", "kind", "Secret",
                "metadata", MapNode.of("name", "local-creds", "namespace", "argocd",
                        "labels", MapNode.of(RepositoryCredentialStore.SECRET_TYPE_LABEL, "repo-creds")),
                "stringData", MapNode.of("url", "ssh://git@127.0.0.1:" + server.port() + "/",
                        "sshPrivateKey", SshGitServer.openSsh(clientKey))));
        KubeObject knownHosts = KubeObject.of(MapNode.of("apiVersion", "v1", "kind", "ConfigMap",
                "metadata", MapNode.of("name", KnownHosts.CONFIG_MAP, "namespace", "argocd"),
                "data", MapNode.of(KnownHosts.DATA_KEY, "# keyscan\n" + server.knownHostsLine() + "\n")));
        Result<RepositoryCredentialStore> store = RepositoryCredentialStore.fromSecrets(List.of(template, knownHosts));
        GitSource source = GitSource.create(RepositoryCache.open(tmp.resolve("cache"), 1L << 30), RepoMap.empty(),
                store.value()::resolve, GitSource.Limits.DEFAULT);

        assertThat(store.issues()).isEmpty();
        assertThat(source.fetch(server.url(), "main").commitSha()).isEqualTo(head.getName());
    }
}
