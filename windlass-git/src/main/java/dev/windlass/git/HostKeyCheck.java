package dev.windlass.git;

import java.net.InetSocketAddress;
import java.security.PublicKey;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.sshd.ServerKeyDatabase;

/**
 * JGit's server key check for one fetch: trusts exactly the keys of {@link KnownHosts} (never a
 * {@code known_hosts} file), or every key when the repository is insecure. A refusal is kept so
 * the fetch can fail with a message that says how to add the key.
 */
final class HostKeyCheck implements ServerKeyDatabase {

    private static final int SSH_PORT = 22;

    private final KnownHosts knownHosts;
    private final boolean insecure;
    private final AtomicReference<String> refusal = new AtomicReference<>();

    HostKeyCheck(KnownHosts knownHosts, boolean insecure) {
        this.knownHosts = knownHosts;
        this.insecure = insecure;
    }

    /** Why the last server key was refused, if one was. */
    Optional<String> refusal() {
        return Optional.ofNullable(refusal.get());
    }

    @Override
    public List<PublicKey> lookup(String connectAddress, InetSocketAddress remoteAddress, Configuration config) {
        HostPort target = HostPort.parse(connectAddress);
        return knownHosts.keysFor(target.host(), target.port());
    }

    @Override
    public boolean accept(String connectAddress, InetSocketAddress remoteAddress, PublicKey serverKey,
            Configuration config, CredentialsProvider provider) {
        if (insecure) {
            return true;
        }
        HostPort target = HostPort.parse(connectAddress);
        KnownHosts.Verdict verdict = knownHosts.check(target.host(), target.port(), serverKey);
        if (verdict == KnownHosts.Verdict.TRUSTED) {
            return true;
        }
        refusal.set(explain(verdict, connectAddress, target, serverKey));
        return false;
    }

    private static String explain(KnownHosts.Verdict verdict, String pattern, HostPort target, PublicKey key) {
        String keyLine = pattern + " " + PublicKeyEntry.toString(key);
        String fingerprint = KeyUtils.getKeyType(key) + " " + KeyUtils.getFingerPrint(key);
        String address = target.port() == SSH_PORT ? target.host() : target.host() + ":" + target.port();
        return switch (verdict) {
            case MISMATCH -> GitMessages.hostKeyMismatch(address, keyLine, fingerprint);
            case REVOKED -> GitMessages.hostKeyRevoked(address, fingerprint);
            default -> GitMessages.hostKeyUnknown(address, keyLine, fingerprint, target.port() == SSH_PORT
                    ? "ssh-keyscan " + target.host() : "ssh-keyscan -p " + target.port() + " " + target.host());
        };
    }

    /** A host and port from a known-hosts pattern: {@code host} (port 22) or {@code [host]:port}. */
    record HostPort(String host, int port) {
        static HostPort parse(String address) {
            if (address.startsWith("[")) {
                int close = address.indexOf(']');
                if (close > 0 && address.startsWith(":", close + 1)) {
                    try {
                        return new HostPort(address.substring(1, close), Integer.parseInt(address.substring(close + 2)));
                    } catch (NumberFormatException e) {
                        return new HostPort(address.substring(1, close), SSH_PORT);
                    }
                }
                return new HostPort(address.substring(1, Math.max(1, close)), SSH_PORT);
            }
            return new HostPort(address, SSH_PORT);
        }
    }
}
