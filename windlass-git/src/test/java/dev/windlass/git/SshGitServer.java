package dev.windlass.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Base64;
import java.util.List;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.UploadPack;

/**
 * An SSH Git server on loopback (Apache MINA sshd) that serves {@code git-upload-pack} for one
 * repository with JGit's {@link UploadPack}, and lets in only one client public key.
 */
final class SshGitServer implements AutoCloseable {

    private final SshServer server;
    private final KeyPair hostKey;

    private SshGitServer(SshServer server, KeyPair hostKey) {
        this.server = server;
        this.hostKey = hostKey;
    }

    /** Starts a server for the repository whose {@code .git} directory is {@code gitDir}. */
    static SshGitServer start(Path gitDir, PublicKey allowedClientKey) throws IOException, GeneralSecurityException {
        KeyPair hostKey = KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        server.setPasswordAuthenticator(null);
        server.setKeyboardInteractiveAuthenticator(null);
        server.setPublickeyAuthenticator((user, key, session) -> KeyUtils.compareKeys(key, allowedClientKey));
        server.setCommandFactory((channel, command) -> new UploadPackCommand(gitDir, command));
        server.start();
        return new SshGitServer(server, hostKey);
    }

    /** An {@code ssh://} URL of the served repository. */
    String url() {
        return "ssh://git@127.0.0.1:" + server.getPort() + "/app.git";
    }

    int port() {
        return server.getPort();
    }

    PublicKey hostKey() {
        return hostKey.getPublic();
    }

    /** The known_hosts line for this server, as ssh-keyscan prints it. */
    String knownHostsLine() {
        return "[127.0.0.1]:" + server.getPort() + " " + PublicKeyEntry.toString(hostKey.getPublic());
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }

    /** A new client key pair of {@code type} ({@code ssh-ed25519}, {@code ssh-rsa}, {@code ecdsa-sha2-nistp256}). */
    static KeyPair clientKey(String type) throws GeneralSecurityException {
        int bits = switch (type) {
            case KeyPairProvider.SSH_RSA -> 2048;
            case KeyPairProvider.SSH_ED25519 -> 256;
            default -> 256;
        };
        return KeyUtils.generateKeyPair(type, bits);
    }

    /** {@code key} in OpenSSH's {@code BEGIN OPENSSH PRIVATE KEY} form. */
    static String openSsh(KeyPair key) throws IOException, GeneralSecurityException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(key, "test", null, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** {@code key} as PEM PKCS#8 ({@code BEGIN PRIVATE KEY}). */
    static String pkcs8Pem(KeyPair key) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getPrivate().getEncoded());
        return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
    }

    /** Runs {@code git-upload-pack} on the one repository, in a thread of its own. */
    private static final class UploadPackCommand implements Command {
        private final Path gitDir;
        private final String command;
        private InputStream in;
        private OutputStream out;
        private OutputStream err;
        private ExitCallback exit;

        UploadPackCommand(Path gitDir, String command) {
            this.gitDir = gitDir;
            this.command = command;
        }

        @Override
        public void setInputStream(InputStream in) {
            this.in = in;
        }

        @Override
        public void setOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void setErrorStream(OutputStream err) {
            this.err = err;
        }

        @Override
        public void setExitCallback(ExitCallback callback) {
            this.exit = callback;
        }

        @Override
        public void start(ChannelSession channel, Environment env) {
            Thread thread = new Thread(this::serve, "ssh-upload-pack");
            thread.setDaemon(true);
            thread.start();
        }

        private void serve() {
            List<String> words = List.of(command.split("\\s+", 2));
            if (!"git-upload-pack".equals(words.get(0))) {
                fail("only git-upload-pack is served, not " + words.get(0));
                return;
            }
            try (Repository repository = new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setMustExist(true).build()) {
                new UploadPack(repository).upload(in, out, err);
                out.flush();
                exit.onExit(0);
            } catch (IOException | RuntimeException e) {
                fail(String.valueOf(e.getMessage()));
            }
        }

        private void fail(String message) {
            try {
                err.write((message + "\n").getBytes(StandardCharsets.UTF_8));
                err.flush();
            } catch (IOException e) {
                // the client is gone
            }
            exit.onExit(1, message);
        }

        @Override
        public void destroy(ChannelSession channel) {
            // the serving thread ends with its streams
        }
    }
}
