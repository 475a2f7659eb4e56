package dev.windlass.controller.cluster;

import dev.windlass.controller.source.HelmRepositoryCharts;
import dev.windlass.engine.cluster.ClusterException;
import dev.windlass.git.RepositoryCredentialStore;
import dev.windlass.git.RepositorySecret;
import dev.windlass.kube.KubeCluster;
import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.MapNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Helm repository settings as Argo CD keeps them: repository Secrets
 * ({@code argocd.argoproj.io/secret-type: repository}, or {@code repo-creds} templates matched by URL
 * prefix) in the controller namespace, with {@code url}, {@code username}, {@code password} and
 * {@code enableOCI}. Re-read at most every {@code maxAge}.
 */
public final class ClusterHelmRepositories implements Function<String, HelmRepositoryCharts.Access> {

    private static final Logger LOG = Logger.getLogger(ClusterHelmRepositories.class.getName());
    private static final GroupVersionKind SECRET = new GroupVersionKind("", "v1", "Secret");

    private final KubeCluster cluster;
    private final String namespace;
    private final Duration maxAge;
    private final Clock clock;
    private List<KubeObject> secrets = List.of();
    private RepositoryCredentialStore store = RepositoryCredentialStore.empty();
    private Instant readAt = Instant.MIN;

    public ClusterHelmRepositories(KubeCluster cluster, String namespace, Duration maxAge, Clock clock) {
        this.cluster = cluster;
        this.namespace = namespace;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    @Override
    public synchronized HelmRepositoryCharts.Access apply(String repoURL) {
        Instant now = clock.instant();
        if (readAt.plus(maxAge).isBefore(now)) {
            read();
            readAt = now;
        }
        Optional<RepositorySecret> effective = store.effective(repoURL, "");
        if (effective.isEmpty()) {
            return HelmRepositoryCharts.Access.NONE;
        }
        RepositorySecret secret = effective.get();
        boolean oci = enableOci(secret.secret()) || store.template(repoURL).map(t -> enableOci(t.secret())).orElse(false);
        return new HelmRepositoryCharts.Access(secret.username(), secret.password(), oci);
    }

    private void read() {
        try {
            List<KubeObject> objects = cluster.list(SECRET, namespace);
            RepositoryCredentialStore read = RepositoryCredentialStore.fromSecrets(objects).value();
            secrets = objects;
            store = read == null ? RepositoryCredentialStore.empty() : read;
        } catch (ClusterException e) {
            LOG.warning(() -> "cannot read repository Secrets in " + namespace + ": " + e.getMessage());
        }
    }

    /** The {@code enableOCI} key of Secret {@code namespace/name}. */
    private boolean enableOci(String qualifiedName) {
        for (KubeObject secret : secrets) {
            if ((secret.namespace() + "/" + secret.name()).equals(qualifiedName)) {
                return "true".equalsIgnoreCase(value(secret, "enableOCI"));
            }
        }
        return false;
    }

    private static String value(KubeObject secret, String key) {
        Optional<String> plain = secret.content().getMap("stringData").flatMap(m -> m.getText(key));
        if (plain.isPresent()) {
            return plain.get().strip();
        }
        Optional<String> encoded = secret.content().getMap("data").orElse(MapNode.empty()).getText(key);
        try {
            return encoded.map(text -> new String(Base64.getMimeDecoder().decode(text), StandardCharsets.UTF_8).strip())
                    .orElse("");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
