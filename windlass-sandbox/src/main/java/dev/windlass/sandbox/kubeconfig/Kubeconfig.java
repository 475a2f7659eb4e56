package dev.windlass.sandbox.kubeconfig;

import dev.windlass.model.codec.YamlWriter;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Objects;

/**
 * A kubeconfig for the sandbox: one cluster (server URL and the CA that signed its certificate),
 * one user (a bearer token) and one context joining them, all three under {@link #name()}
 * ({@code windlass-sandbox} by default) with namespace {@code default}.
 *
 * <p>{@link #writeTo(Path)} creates the file, or merges into an existing one as {@code kind} does:
 * our cluster, user and context replace the entries of the same name, every other entry and field
 * stays, and {@code current-context} is switched to ours in both cases unless the caller asks not to.
 *
 * <pre>{@code
 * Kubeconfig.of("https://127.0.0.1:6443", tls.certificatePem(), token).writeTo(Path.of(home, ".kube", "config"));
 * }</pre>
 *
 * @param name                   the cluster, user and context name
 * @param server                 the API server's URL, {@code https://host:port}
 * @param certificateAuthorityPem the CA certificate clients trust, PEM
 * @param token                  the bearer token the API server accepts (never printed by {@link #toString()})
 * @param namespace              the context's namespace
 */
public record Kubeconfig(String name, String server, String certificateAuthorityPem, String token, String namespace) {

    public static final String DEFAULT_NAME = "windlass-sandbox";

    public Kubeconfig {
        requireText(name, "name");
        requireText(server, "server");
        requireText(certificateAuthorityPem, "certificateAuthorityPem");
        requireText(token, "token");
        requireText(namespace, "namespace");
    }

    /** A kubeconfig named {@value #DEFAULT_NAME}, namespace {@code default}. */
    public static Kubeconfig of(String server, String certificateAuthorityPem, String token) {
        return new Kubeconfig(DEFAULT_NAME, server, certificateAuthorityPem, token, "default");
    }

    public Kubeconfig withName(String newName) {
        return new Kubeconfig(newName, server, certificateAuthorityPem, token, namespace);
    }

    public Kubeconfig withNamespace(String newNamespace) {
        return new Kubeconfig(name, server, certificateAuthorityPem, token, newNamespace);
    }

    /** A whole kubeconfig holding only this cluster, user and context, current; keys sorted as kubectl writes them. */
    public MapNode toNode() {
        return MapNode.of(
                "apiVersion", Node.of("v1"),
                "clusters", ListNode.of(clusterEntry()),
                "contexts", ListNode.of(contextEntry()),
                "current-context", Node.of(name),
                "kind", Node.of("Config"),
                "preferences", MapNode.empty(),
                "users", ListNode.of(userEntry()));
    }

    public String toYaml() {
        return YamlWriter.write(toNode());
    }

    /** Creates or merges into {@code file} and makes our context current. */
    public void writeTo(Path file) {
        writeTo(file, true);
    }

    /**
     * Creates {@code file} (and its directory), or merges into it when it exists, replacing only the
     * cluster, user and context named {@link #name()}; with {@code makeCurrent} sets
     * {@code current-context} to ours, otherwise keeps the file's (or sets ours when it has none).
     * Writes atomically, owner-only ({@code 0600}), holding kubectl's {@code <file>.lock} meanwhile.
     *
     * @throws KubeconfigException when the existing file is not a kubeconfig, or the write fails;
     *                             the file is then unchanged
     */
    public void writeTo(Path file, boolean makeCurrent) {
        new KubeconfigFile(file).merge(this, makeCurrent);
    }

    MapNode clusterEntry() {
        String caData = Base64.getEncoder().encodeToString(certificateAuthorityPem.getBytes(StandardCharsets.US_ASCII));
        return MapNode.of(
                "cluster", MapNode.of("certificate-authority-data", Node.of(caData), "server", Node.of(server)),
                "name", Node.of(name));
    }

    MapNode contextEntry() {
        return MapNode.of(
                "context", MapNode.of("cluster", Node.of(name), "namespace", Node.of(namespace), "user", Node.of(name)),
                "name", Node.of(name));
    }

    MapNode userEntry() {
        return MapNode.of("name", Node.of(name), "user", MapNode.of("token", Node.of(token)));
    }

    /** Without the token, which is a secret. */
    @Override
    public String toString() {
        return "Kubeconfig[name=" + name + ", server=" + server + ", namespace=" + namespace + ", token=<redacted>]";
    }

    private static void requireText(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException("kubeconfig " + field + " is empty");
        }
    }
}
