package dev.windlass.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Location;
import dev.windlass.model.Result;
import dev.windlass.model.tree.MapNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyEncryptionContext;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Known hosts lines (Argo CD's argocd-ssh-known-hosts-cm) and SSH private key reading. */
class KnownHostsTest {

    private static KeyPair hostKey;
    private static KeyPair otherKey;
    private static String hostLine;

    @BeforeAll
    static void keys() throws Exception {
        hostKey = SshGitServer.clientKey(KeyPairProvider.ECDSA_SHA2_NISTP256);
        otherKey = SshGitServer.clientKey(KeyPairProvider.SSH_ED25519);
        hostLine = PublicKeyEntry.toString(hostKey.getPublic());
    }

    private static KnownHosts parse(String text) {
        Result<KnownHosts> read = KnownHosts.parse(text, Location.nowhere());
        assertThat(read.issues()).isEmpty();
        return read.value();
    }

    @ParameterizedTest(name = "{0} on {1}, {2} -> {3}")
    @CsvSource({
        "git.example.com,             git.example.com, 22,   TRUSTED",
        "git.example.com,             GIT.example.com, 22,   TRUSTED",
        "git.example.com,             git.example.com, 2222, UNKNOWN_HOST",
        "'[git.example.com]:2222',    git.example.com, 2222, TRUSTED",
        "'[git.example.com]:2222',    git.example.com, 22,   UNKNOWN_HOST",
        "'a.example.com,git.example.com', git.example.com, 22, TRUSTED",
        "*.example.com,               git.example.com, 22,   TRUSTED",
        "other.example.com,           git.example.com, 22,   UNKNOWN_HOST",
    })
    void check_matchesHostPatternsAndPorts(String pattern, String host, int port, KnownHosts.Verdict expected) {
        KnownHosts hosts = parse(pattern + " " + hostLine + "\n");

        assertThat(hosts.check(host, port, hostKey.getPublic())).isEqualTo(expected);
    }

    @Test
    void check_aDifferentKeyForAKnownHostIsAMismatch() {
        KnownHosts hosts = parse("git.example.com " + hostLine);

        assertThat(hosts.check("git.example.com", 22, otherKey.getPublic())).isEqualTo(KnownHosts.Verdict.MISMATCH);
    }

    @Test
    void check_aRevokedKeyIsNeverTrustedEvenWhenAlsoListed() {
        KnownHosts hosts = parse("git.example.com " + hostLine + "\n@revoked * " + hostLine + "\n");

        assertThat(hosts.check("git.example.com", 22, hostKey.getPublic())).isEqualTo(KnownHosts.Verdict.REVOKED);
        assertThat(hosts.keysFor("git.example.com", 22)).hasSize(1);
    }

    @Test
    void check_readsHashedHostNames() throws Exception {
        byte[] salt = "0123456789abcdefghij".getBytes(StandardCharsets.US_ASCII);
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(salt, "HmacSHA1"));
        byte[] hash = mac.doFinal("[git.example.com]:2222".getBytes(StandardCharsets.US_ASCII));
        String hashed = "|1|" + Base64.getEncoder().encodeToString(salt) + "|" + Base64.getEncoder().encodeToString(hash);

        KnownHosts hosts = parse(hashed + " " + hostLine);

        assertThat(hosts.check("git.example.com", 2222, hostKey.getPublic())).isEqualTo(KnownHosts.Verdict.TRUSTED);
        assertThat(hosts.check("git.example.com", 22, hostKey.getPublic())).isEqualTo(KnownHosts.Verdict.UNKNOWN_HOST);
    }

    @Test
    void parse_skipsCommentsAndWarnsAboutUnreadableLinesByNumber() {
        Result<KnownHosts> read = KnownHosts.parse("# generated\n\ngit.example.com " + hostLine + "\nnot a key line\n"
                + "@cert-authority *.example.com " + hostLine + "\n", Location.nowhere());

        assertThat(read.value().size()).isEqualTo(1);
        assertThat(read.issues()).extracting(Issue::code).containsOnly(GitMessages.BAD_KNOWN_HOST);
        assertThat(read.issues()).extracting(Issue::message)
                .anySatisfy(m -> assertThat(m).startsWith("line 4 "))
                .anySatisfy(m -> assertThat(m).startsWith("line 5 ").contains("@cert-authority"));
    }

    @Test
    void fromConfigMap_readsArgoCdsSshKnownHostsKey() {
        KubeObject configMap = KubeObject.of(MapNode.of("apiVersion", "v1", "kind", "ConfigMap",
                "metadata", MapNode.of("name", KnownHosts.CONFIG_MAP, "namespace", "argocd"),
                "data", MapNode.of(KnownHosts.DATA_KEY, "github.com " + hostLine + "\ngitlab.com " + hostLine + "\n")));

        Result<KnownHosts> read = KnownHosts.fromConfigMap(configMap);

        assertThat(read.issues()).isEmpty();
        assertThat(read.value().check("gitlab.com", 22, hostKey.getPublic())).isEqualTo(KnownHosts.Verdict.TRUSTED);
    }

    @Test
    void sshKeys_readOpenSshAndPkcs8PemKeys() throws Exception {
        KeyPair rsa = SshGitServer.clientKey(KeyPairProvider.SSH_RSA);

        assertThat(SshKeys.parse(SshGitServer.openSsh(otherKey))).singleElement()
                .satisfies(k -> assertThat(k.getPublic()).isEqualTo(otherKey.getPublic()));
        assertThat(SshKeys.parse(SshGitServer.pkcs8Pem(rsa).replace("\n", "\r\n").strip())).hasSize(1);
    }

    @Test
    void sshKeys_refuseAPassphraseProtectedKeyAndSayHowToFixIt() throws Exception {
        OpenSSHKeyEncryptionContext encryption = new OpenSSHKeyEncryptionContext();
        encryption.setPassword("passphrase");
        encryption.setCipherName("AES");
        encryption.setCipherMode("CTR");
        encryption.setCipherType("256");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(otherKey, "c", encryption, out);

        assertThatThrownBy(() -> SshKeys.parse(out.toString(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("passphrase").hasMessageContaining("ssh-keygen -p");
    }

    @Test
    void sshKeys_refuseAPublicKeyAndSayWhatToPaste() {
        assertThatThrownBy(() -> RepositoryCredentials.ssh(hostLine, KnownHosts.empty(), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not the .pub file");
    }
}
