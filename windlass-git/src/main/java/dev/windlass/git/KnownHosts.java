package dev.windlass.git;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Location;
import dev.windlass.model.Result;
import dev.windlass.model.tree.FieldPath;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/**
 * The SSH host keys Windlass trusts, in OpenSSH {@code known_hosts} form
 * ({@code host[,host…] keytype base64-key}, {@code [host]:port} for other ports, hashed
 * {@code |1|…} names, {@code @revoked} markers): what Argo CD reads from the {@code ssh_known_hosts}
 * key of the {@value #CONFIG_MAP} ConfigMap. Immutable.
 */
public final class KnownHosts {

    /** The name of Argo CD's known hosts ConfigMap. */
    public static final String CONFIG_MAP = "argocd-ssh-known-hosts-cm";
    /** The ConfigMap key holding the known hosts lines. */
    public static final String DATA_KEY = "ssh_known_hosts";

    private static final KnownHosts EMPTY = new KnownHosts(List.of());

    private final List<Entry> entries;

    /** One trusted (or, when {@code revoked}, distrusted) key for the hosts an entry names. */
    private record Entry(KnownHostEntry hosts, PublicKey key, boolean revoked) {
    }

    /** How a server's key compares with the known hosts. */
    public enum Verdict {
        /** A known key of the host. */
        TRUSTED,
        /** No entry names the host. */
        UNKNOWN_HOST,
        /** Entries name the host, but none holds this key: it changed, or someone is in between. */
        MISMATCH,
        /** The key is marked {@code @revoked}. */
        REVOKED
    }

    private KnownHosts(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** No trusted hosts: every SSH connection is refused unless the repository is insecure. */
    public static KnownHosts empty() {
        return EMPTY;
    }

    /**
     * Parses known hosts lines. Lines that cannot be read are left out with a warning that names
     * {@code where} and the line number; {@code @cert-authority} lines are not supported and are
     * left out likewise.
     */
    public static Result<KnownHosts> parse(String text, Location where) {
        List<Entry> entries = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                entries.add(parseLine(line));
            } catch (IllegalArgumentException | IOException | GeneralSecurityException e) {
                issues.add(Issue.warning(GitMessages.BAD_KNOWN_HOST, where,
                        GitMessages.badKnownHost(i + 1, e.getMessage())));
            }
        }
        return Result.of(new KnownHosts(entries), issues);
    }

    /** The known hosts of Argo CD's {@value #CONFIG_MAP} ConfigMap ({@code data.ssh_known_hosts}). */
    public static Result<KnownHosts> fromConfigMap(KubeObject configMap) {
        FieldPath field = FieldPath.of("data", DATA_KEY);
        Location where = configMap.locate(field);
        return configMap.field(field).flatMap(node -> node.asText())
                .map(text -> parse(text, where))
                .orElseGet(() -> Result.of(EMPTY, List.of(Issue.warning(GitMessages.BAD_KNOWN_HOST, where,
                        GitMessages.noKnownHostsKey(configMap.name())))));
    }

    private static Entry parseLine(String line) throws IOException, GeneralSecurityException {
        KnownHostEntry entry = KnownHostEntry.parseKnownHostEntry(line);
        if (entry == null || entry.getKeyEntry() == null) {
            throw new IllegalArgumentException("it is not 'host keytype base64-key'");
        }
        String marker = entry.getMarker();
        if (marker != null && !marker.isEmpty() && !"revoked".equals(marker)) {
            throw new IllegalArgumentException("@" + marker + " entries are not supported; list the host keys themselves");
        }
        PublicKey key = entry.getKeyEntry().resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
        if (key == null) {
            throw new IllegalArgumentException("its key type " + entry.getKeyEntry().getKeyType() + " is not supported");
        }
        return new Entry(entry, key, "revoked".equals(marker));
    }

    /** How many keys are listed. */
    public int size() {
        return entries.size();
    }

    /** The trusted keys for {@code host} on {@code port}, so the client can ask the server for one of them. */
    public List<PublicKey> keysFor(String host, int port) {
        return entries.stream().filter(e -> !e.revoked() && e.hosts().isHostMatch(host, port)).map(Entry::key).toList();
    }

    /** Whether {@code key} is a trusted key of {@code host} on {@code port}; a revoked key is never trusted. */
    public Verdict check(String host, int port, PublicKey key) {
        Objects.requireNonNull(key, "key");
        List<Entry> forHost = entries.stream().filter(e -> e.hosts().isHostMatch(host, port)).toList();
        if (forHost.stream().anyMatch(e -> e.revoked() && KeyUtils.compareKeys(e.key(), key))) {
            return Verdict.REVOKED;
        }
        if (forHost.stream().anyMatch(e -> KeyUtils.compareKeys(e.key(), key))) {
            return Verdict.TRUSTED;
        }
        return forHost.stream().anyMatch(e -> !e.revoked()) ? Verdict.MISMATCH : Verdict.UNKNOWN_HOST;
    }

    @Override
    public String toString() {
        return "KnownHosts[" + entries.size() + " keys]";
    }
}
