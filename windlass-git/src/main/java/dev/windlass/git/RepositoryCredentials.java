package dev.windlass.git;

import java.util.Objects;

/**
 * How to authenticate to one repository: {@link #none()}, HTTPS basic authentication (a user name
 * with a password, or an access token sent as the password) or an SSH private key checked against
 * known host keys. {@link RepositoryCredentialStore} builds these from Argo CD's repository Secrets;
 * {@link GitSource} takes them per repository URL.
 *
 * <p>{@link #toString()} never shows a password, token or key.
 */
public sealed interface RepositoryCredentials
        permits RepositoryCredentials.None, RepositoryCredentials.Basic, RepositoryCredentials.Ssh {

    /** The user name sent with a token when none is given; most Git hosts ignore it. */
    String TOKEN_USERNAME = "x-access-token";

    /** Anonymous access. */
    static RepositoryCredentials none() {
        return None.INSTANCE;
    }

    /** HTTPS basic authentication. */
    static RepositoryCredentials basic(String username, String password) {
        if (username.isEmpty()) {
            throw new IllegalArgumentException("username is empty; give the Git host's user name, or use token(...)");
        }
        return new Basic(username, password);
    }

    /** A personal access token, sent as the password with {@value #TOKEN_USERNAME} as the user. */
    static RepositoryCredentials token(String token) {
        if (token.isEmpty()) {
            throw new IllegalArgumentException("token is empty; give the access token, or use none()");
        }
        return new Basic(TOKEN_USERNAME, token);
    }

    /**
     * An SSH private key (OpenSSH {@code BEGIN OPENSSH PRIVATE KEY} or PEM: PKCS#1 RSA/EC, PKCS#8),
     * unencrypted, as Argo CD's {@code sshPrivateKey} holds it. The server's host key must be in
     * {@code knownHosts} unless {@code insecure} (Argo CD's {@code insecure} /
     * {@code insecureIgnoreHostKey}) is set.
     *
     * @throws IllegalArgumentException when the text holds no usable private key; the message never
     *                                  contains the key
     */
    static RepositoryCredentials ssh(String privateKey, KnownHosts knownHosts, boolean insecure) {
        SshKeys.parse(privateKey);
        return new Ssh(privateKey, knownHosts, insecure);
    }

    /** Whether any credentials are set. */
    default boolean isPresent() {
        return !(this instanceof None);
    }

    /** Anonymous access. */
    enum None implements RepositoryCredentials {
        INSTANCE;

        @Override
        public String toString() {
            return "RepositoryCredentials[none]";
        }
    }

    /**
     * HTTPS basic authentication.
     *
     * @param username the user name, never empty
     * @param password the password or token
     */
    record Basic(String username, String password) implements RepositoryCredentials {
        public Basic {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String toString() {
            return "RepositoryCredentials[username=" + username + ", password=***]";
        }
    }

    /**
     * An SSH key with the host keys to trust.
     *
     * @param privateKey the private key text (OpenSSH or PEM)
     * @param knownHosts the host keys the server's key must be among
     * @param insecure   whether to accept any host key
     */
    record Ssh(String privateKey, KnownHosts knownHosts, boolean insecure) implements RepositoryCredentials {
        public Ssh {
            Objects.requireNonNull(privateKey, "privateKey");
            Objects.requireNonNull(knownHosts, "knownHosts");
        }

        /** The same key with other known hosts (the store hands its known hosts to every key). */
        public Ssh withKnownHosts(KnownHosts hosts) {
            return new Ssh(privateKey, hosts, insecure);
        }

        @Override
        public String toString() {
            return "RepositoryCredentials[sshPrivateKey=***, knownHosts=" + knownHosts.size() + " entries"
                    + (insecure ? ", insecure" : "") + "]";
        }
    }
}
