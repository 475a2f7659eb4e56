package dev.windlass.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.api.TransportConfigCallback;
import org.eclipse.jgit.errors.TransportException;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.RemoteSession;
import org.eclipse.jgit.transport.SshSessionFactory;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;
import org.eclipse.jgit.util.FS;

/**
 * How one fetch authenticates, from its {@link RepositoryCredentials}: a credentials provider for
 * HTTPS, and for SSH a session factory of its own (Apache MINA sshd) with only the repository's
 * key and the configured known hosts. The SSH factory reads nothing from the user's home: its home
 * and {@code .ssh} directories are an empty temporary directory, it reads no SSH config, no
 * default identities, no {@code known_hosts} file and uses no agent. An SSH URL without an SSH key
 * fails at once instead of falling back to the user's keys. Close after the fetch.
 */
final class TransportSetup implements AutoCloseable {

    private final RepositoryCredentials credentials;
    private final String url;
    private final SshdSessionFactory sshFactory;
    private final HostKeyCheck hostKeyCheck;
    private final Path home;
    private volatile boolean refusedForNoKey;

    private TransportSetup(RepositoryCredentials credentials, String url, SshdSessionFactory sshFactory,
            HostKeyCheck hostKeyCheck, Path home) {
        this.credentials = credentials;
        this.url = url;
        this.sshFactory = sshFactory;
        this.hostKeyCheck = hostKeyCheck;
        this.home = home;
    }

    /** The setup for fetching {@code url} with {@code credentials}. */
    static TransportSetup open(String url, RepositoryCredentials credentials) throws IOException {
        if (!(credentials instanceof RepositoryCredentials.Ssh ssh)) {
            return new TransportSetup(credentials, url, null, null, null);
        }
        List<KeyPair> keys = SshKeys.parse(ssh.privateKey());
        HostKeyCheck check = new HostKeyCheck(ssh.knownHosts(), ssh.insecure());
        Path home = Files.createTempDirectory("windlass-ssh-");
        SshdSessionFactory factory = new SshdSessionFactoryBuilder()
                .setHomeDirectory(home.toFile())
                .setSshDirectory(home.resolve(".ssh").toFile())
                .setConfigStoreFactory((homeDir, configFile, localUser) -> null)
                .setDefaultKnownHostsFiles(sshDir -> List.of())
                .setDefaultIdentities(sshDir -> List.of())
                .setDefaultKeysProvider(sshDir -> keys)
                .setServerKeyDatabase((homeDir, sshDir) -> check)
                .setPreferredAuthentications("publickey")
                .setConnectorFactory(null)
                .build(null);
        return new TransportSetup(credentials, url, factory, check, home);
    }

    /** The HTTPS credentials, or {@code null} when there are none. */
    CredentialsProvider credentialsProvider() {
        if (credentials instanceof RepositoryCredentials.Basic basic) {
            return new UsernamePasswordCredentialsProvider(basic.username(), basic.password());
        }
        return null;
    }

    /** Points SSH transports at this fetch's own session factory. */
    TransportConfigCallback callback() {
        return this::configure;
    }

    private void configure(Transport transport) {
        if (transport instanceof SshTransport ssh) {
            ssh.setSshSessionFactory(sshFactory != null ? sshFactory : new NoSshKey());
        }
    }

    /**
     * Why the connection was refused before Git spoke, when it was: the server's host key is not
     * trusted, or the repository is reached over SSH without a key.
     */
    Optional<String> refusal() {
        if (refusedForNoKey) {
            return Optional.of(GitMessages.noSshKey(url));
        }
        return hostKeyCheck == null ? Optional.empty() : hostKeyCheck.refusal();
    }

    @Override
    public void close() {
        if (sshFactory != null) {
            sshFactory.close();
        }
        if (home != null) {
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // an empty temporary directory left behind is harmless
            }
        }
    }

    /** Refuses SSH for a repository without an SSH key, rather than trying the user's own keys. */
    private final class NoSshKey extends SshSessionFactory {
        @Override
        public RemoteSession getSession(URIish uri, CredentialsProvider provider, FS fs, int timeout)
                throws TransportException {
            refusedForNoKey = true;
            throw new TransportException(GitMessages.noSshKey(url));
        }

        @Override
        public String getType() {
            return "windlass-no-ssh-key";
        }
    }
}
