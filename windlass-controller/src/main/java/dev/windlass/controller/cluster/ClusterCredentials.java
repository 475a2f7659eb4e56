package dev.windlass.controller.cluster;

import dev.windlass.engine.cluster.ClusterException;
import dev.windlass.git.RepositoryCredentialStore;
import dev.windlass.git.RepositoryCredentials;
import dev.windlass.kube.KubeCluster;
import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Repository credentials as Argo CD keeps them: Secrets labelled
 * {@code argocd.argoproj.io/secret-type: repository|repo-creds} and the
 * {@code argocd-ssh-known-hosts-cm} ConfigMap in the controller namespace. Re-read at most every
 * {@code maxAge}, so a new Secret takes effect without a restart.
 */
public final class ClusterCredentials implements Function<String, RepositoryCredentials> {

    private static final Logger LOG = Logger.getLogger(ClusterCredentials.class.getName());
    private static final GroupVersionKind SECRET = new GroupVersionKind("", "v1", "Secret");
    private static final GroupVersionKind CONFIG_MAP = new GroupVersionKind("", "v1", "ConfigMap");

    private final KubeCluster cluster;
    private final String namespace;
    private final Duration maxAge;
    private final Clock clock;
    private RepositoryCredentialStore store = RepositoryCredentialStore.empty();
    private Instant readAt = Instant.MIN;

    public ClusterCredentials(KubeCluster cluster, String namespace, Duration maxAge, Clock clock) {
        this.cluster = cluster;
        this.namespace = namespace;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    @Override
    public synchronized RepositoryCredentials apply(String repoUrl) {
        Instant now = clock.instant();
        if (readAt.plus(maxAge).isBefore(now)) {
            store = read();
            readAt = now;
        }
        return store.resolve(repoUrl);
    }

    private RepositoryCredentialStore read() {
        try {
            List<KubeObject> objects = new ArrayList<>(cluster.list(SECRET, namespace));
            cluster.get(CONFIG_MAP, namespace, "argocd-ssh-known-hosts-cm").ifPresent(objects::add);
            Result<RepositoryCredentialStore> result = RepositoryCredentialStore.fromSecrets(objects);
            for (Issue issue : result.issues()) {
                LOG.warning(issue::toString);
            }
            return result.value() == null ? RepositoryCredentialStore.empty() : result.value();
        } catch (ClusterException e) {
            LOG.warning(() -> "cannot read repository Secrets in " + namespace + ": " + e.getMessage());
            return store;
        }
    }
}
