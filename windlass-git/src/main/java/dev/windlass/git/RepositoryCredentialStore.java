package dev.windlass.git;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Location;
import dev.windlass.model.Result;
import dev.windlass.model.tree.FieldPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Repository credentials the way Argo CD finds them: from Secrets labelled
 * {@code argocd.argoproj.io/secret-type: repository} (one repository each, matched by URL) and
 * {@code repo-creds} (templates, matched by URL prefix, the longest prefix winning), with SSH host
 * keys from the {@value KnownHosts#CONFIG_MAP} ConfigMap. A repository Secret's own credentials
 * win over templates; one without credentials takes the best template's. URLs are compared as
 * Argo CD does (case-insensitive, {@code .git} optional, {@code git@host:path} equal to
 * {@code ssh://git@host/path}).
 *
 * <p>Immutable. {@link #resolve(String)} fits {@link GitSource#create}'s credentials function:
 * {@code GitSource.create(cache, repoMap, store::resolve, limits)}.
 */
public final class RepositoryCredentialStore implements Function<String, RepositoryCredentials> {

    /** The label that marks Argo CD's repository Secrets. */
    public static final String SECRET_TYPE_LABEL = "argocd.argoproj.io/secret-type";

    private static final RepositoryCredentialStore EMPTY = new RepositoryCredentialStore(List.of(), List.of(),
            KnownHosts.empty());

    private final List<RepositorySecret> repositories;
    private final List<RepositorySecret> templates;
    private final KnownHosts knownHosts;

    private RepositoryCredentialStore(List<RepositorySecret> repositories, List<RepositorySecret> templates,
            KnownHosts knownHosts) {
        this.repositories = List.copyOf(repositories);
        this.templates = List.copyOf(templates);
        this.knownHosts = Objects.requireNonNull(knownHosts, "knownHosts");
    }

    /** No repositories, no templates, no known hosts: every repository is fetched anonymously. */
    public static RepositoryCredentialStore empty() {
        return EMPTY;
    }

    /**
     * Reads the repository and repo-creds Secrets and the known hosts ConfigMap among
     * {@code objects}; other objects are ignored. Malformed Secrets are left out with an error
     * {@link Issue} naming the Secret and field (never the value).
     */
    public static Result<RepositoryCredentialStore> fromSecrets(List<KubeObject> objects) {
        List<Issue> issues = new ArrayList<>();
        List<RepositorySecret> repositories = new ArrayList<>();
        List<RepositorySecret> templates = new ArrayList<>();
        KnownHosts hosts = KnownHosts.empty();
        for (KubeObject object : objects) {
            if (isKnownHostsConfigMap(object)) {
                Result<KnownHosts> read = KnownHosts.fromConfigMap(object);
                hosts = read.value();
                issues.addAll(read.issues());
                continue;
            }
            Optional<RepositorySecret.Kind> kind = kindOf(object);
            if (kind.isEmpty()) {
                continue;
            }
            RepositorySecretReader.read(object, kind.get(), issues).ifPresent(secret -> {
                if (secret.kind() == RepositorySecret.Kind.REPOSITORY) {
                    addRepository(repositories, secret, object.locate(FieldPath.root()), issues);
                } else {
                    templates.add(secret);
                }
            });
        }
        return Result.of(new RepositoryCredentialStore(repositories, templates, hosts), issues);
    }

    private static void addRepository(List<RepositorySecret> repositories, RepositorySecret secret, Location where,
            List<Issue> issues) {
        Optional<RepositorySecret> same = repositories.stream()
                .filter(r -> r.project().equals(secret.project()) && RepoUrls.sameRepository(r.url(), secret.url()))
                .findFirst();
        if (same.isPresent()) {
            issues.add(Issue.warning(GitMessages.DUPLICATE_REPOSITORY, where,
                    GitMessages.duplicateRepository(secret.url(), same.get().secret(), secret.secret())));
            return;
        }
        repositories.add(secret);
    }

    private static boolean isKnownHostsConfigMap(KubeObject object) {
        return "ConfigMap".equals(object.kind()) && KnownHosts.CONFIG_MAP.equals(object.name());
    }

    private static Optional<RepositorySecret.Kind> kindOf(KubeObject object) {
        if (!"Secret".equals(object.kind())) {
            return Optional.empty();
        }
        String label = object.labels().getOrDefault(SECRET_TYPE_LABEL, "");
        for (RepositorySecret.Kind kind : RepositorySecret.Kind.values()) {
            if (kind.label().equals(label)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** This store with other known hosts. */
    public RepositoryCredentialStore withKnownHosts(KnownHosts hosts) {
        return new RepositoryCredentialStore(repositories, templates, hosts);
    }

    /** The SSH host keys trusted for every repository. */
    public KnownHosts knownHosts() {
        return knownHosts;
    }

    /** The repository Secrets read, in input order. */
    public List<RepositorySecret> repositories() {
        return repositories;
    }

    /** The credential templates read, in input order. */
    public List<RepositorySecret> templates() {
        return templates;
    }

    /**
     * The repository Secret for {@code repoUrl} as an application of {@code project} sees it: one
     * scoped to that project, else an unscoped one (Argo CD's lookup).
     */
    public Optional<RepositorySecret> repository(String repoUrl, String project) {
        String wanted = project == null ? "" : project;
        Optional<RepositorySecret> scoped = repositories.stream()
                .filter(r -> r.project().equals(wanted) && RepoUrls.sameRepository(r.url(), repoUrl)).findFirst();
        return scoped.isPresent() ? scoped : repositories.stream()
                .filter(r -> r.project().isEmpty() && RepoUrls.sameRepository(r.url(), repoUrl)).findFirst();
    }

    /** The template whose URL is the longest prefix of {@code repoUrl}; the first such on a tie. */
    public Optional<RepositorySecret> template(String repoUrl) {
        String url = RepoUrls.argoNormalize(repoUrl);
        RepositorySecret best = null;
        int bestLength = 0;
        for (RepositorySecret template : templates) {
            String prefix = RepoUrls.argoNormalize(template.url());
            if (url.startsWith(prefix) && prefix.length() > bestLength) {
                best = template;
                bestLength = prefix.length();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The credentials for {@code repoUrl} for an application of {@code project}. */
    public RepositoryCredentials resolve(String repoUrl, String project) {
        return effective(repoUrl, project).map(secret -> secret.credentials(knownHosts)).orElse(RepositoryCredentials.none());
    }

    /**
     * The connection settings Argo CD would use for {@code repoUrl}: the repository Secret, with
     * its credentials filled from the best template when it has none of its own; or the template
     * alone when no repository Secret names the URL.
     */
    public Optional<RepositorySecret> effective(String repoUrl, String project) {
        Optional<RepositorySecret> repository = repository(repoUrl, project);
        if (repository.isPresent() && repository.get().hasCredentials()) {
            return repository;
        }
        Optional<RepositorySecret> template = template(repoUrl);
        if (template.isEmpty()) {
            return repository;
        }
        return Optional.of(repository.map(r -> r.inheriting(template.get())).orElse(template.get()));
    }

    /** The credentials for {@code repoUrl} for an application of an unscoped project. */
    public RepositoryCredentials resolve(String repoUrl) {
        return resolve(repoUrl, "");
    }

    /** Same as {@link #resolve(String)}. */
    @Override
    public RepositoryCredentials apply(String repoUrl) {
        return resolve(repoUrl);
    }

    @Override
    public String toString() {
        return "RepositoryCredentialStore[" + repositories.size() + " repositories, " + templates.size() + " templates, "
                + knownHosts + "]";
    }
}
