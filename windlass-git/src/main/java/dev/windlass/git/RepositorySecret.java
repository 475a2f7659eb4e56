package dev.windlass.git;

import java.util.Objects;

/**
 * One Argo CD repository Secret, read: a {@code repository} (one repository's connection) or a
 * {@code repo-creds} credential template (credentials for every repository whose URL starts with
 * {@link #url()}). Field names follow Argo CD's Secret keys. {@link #toString()} never shows a
 * password or key.
 *
 * @param kind          which label the Secret carries
 * @param secret        {@code namespace/name} of the Secret, for messages
 * @param url           the repository URL, or the URL prefix of a template
 * @param type          {@code git}, {@code helm} or {@code oci} ({@code git} when unset)
 * @param name          the display name Argo CD shows; empty when unset
 * @param project       the AppProject the repository is scoped to; empty when unscoped
 * @param username      the HTTPS user name; empty when unset
 * @param password      the HTTPS password or token; empty when unset
 * @param sshPrivateKey the SSH private key; empty when unset
 * @param tlsClientCert the HTTPS client certificate ({@code tlsClientCertData}); empty when unset
 * @param insecure      {@code insecure} or {@code insecureIgnoreHostKey}: skip the SSH host key check; always
 *                      {@code false} for a template, since Argo CD's templates carry no such flag
 * @param proxy         the proxy URL; empty when unset
 * @param noProxy       hosts not to proxy; empty when unset
 */
public record RepositorySecret(Kind kind, String secret, String url, String type, String name, String project,
        String username, String password, String sshPrivateKey, String tlsClientCert, boolean insecure, String proxy,
        String noProxy) {

    /** The label value {@code argocd.argoproj.io/secret-type} carries. */
    public enum Kind {
        /** {@code repository}: one repository. */
        REPOSITORY("repository"),
        /** {@code repo-creds}: a credential template matched by URL prefix. */
        REPO_CREDS("repo-creds");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The label value. */
        public String label() {
            return label;
        }
    }

    public RepositorySecret {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(sshPrivateKey, "sshPrivateKey");
        Objects.requireNonNull(tlsClientCert, "tlsClientCert");
        Objects.requireNonNull(proxy, "proxy");
        Objects.requireNonNull(noProxy, "noProxy");
    }

    /**
     * Whether the Secret carries credentials of its own (Argo CD: any of {@code username},
     * {@code password}, {@code sshPrivateKey}, {@code tlsClientCertData}); a repository without
     * them takes a matching template's.
     */
    public boolean hasCredentials() {
        return !username.isEmpty() || !password.isEmpty() || !sshPrivateKey.isEmpty() || !tlsClientCert.isEmpty();
    }

    /**
     * This repository with the empty credential fields (and proxy) filled from {@code template}, as
     * Argo CD copies a credential template into a repository that has no credentials.
     */
    public RepositorySecret inheriting(RepositorySecret template) {
        return new RepositorySecret(kind, secret, url, type, name, project, or(username, template.username),
                or(password, template.password), or(sshPrivateKey, template.sshPrivateKey),
                or(tlsClientCert, template.tlsClientCert), insecure, or(proxy, template.proxy),
                or(noProxy, template.noProxy));
    }

    /**
     * The credentials Argo CD would use: basic authentication when both user name and password are
     * set, else the SSH key when set, else none.
     */
    public RepositoryCredentials credentials(KnownHosts knownHosts) {
        if (!username.isEmpty() && !password.isEmpty()) {
            return RepositoryCredentials.basic(username, password);
        }
        if (!sshPrivateKey.isEmpty()) {
            return new RepositoryCredentials.Ssh(sshPrivateKey, knownHosts, insecure);
        }
        return RepositoryCredentials.none();
    }

    private static String or(String own, String inherited) {
        return own.isEmpty() ? inherited : own;
    }

    @Override
    public String toString() {
        return "RepositorySecret[" + kind.label() + " " + secret + ", url=" + RepoUrls.redact(url) + ", type=" + type
                + (project.isEmpty() ? "" : ", project=" + project) + (username.isEmpty() ? "" : ", username=" + username)
                + (password.isEmpty() ? "" : ", password=***") + (sshPrivateKey.isEmpty() ? "" : ", sshPrivateKey=***")
                + (insecure ? ", insecure" : "") + "]";
    }
}
