package dev.windlass.git;

import java.util.Objects;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * HTTPS credentials for one repository: none, a user name with a password, or a bearer-style
 * token sent as the password (the way GitHub, GitLab and Bitbucket accept tokens over basic
 * authentication). Parsing Argo CD's repository secrets into this value is a later step.
 *
 * <p>{@link #toString()} never shows the secret.
 *
 * @param username the user name; empty for {@link #none()}
 * @param password the password or token; empty for {@link #none()}
 */
public record RepositoryCredentials(String username, String password) {

    /** The user name sent with a token when none is given; most Git hosts ignore it. */
    public static final String TOKEN_USERNAME = "x-access-token";

    private static final RepositoryCredentials NONE = new RepositoryCredentials("", "");

    public RepositoryCredentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    /** Anonymous access. */
    public static RepositoryCredentials none() {
        return NONE;
    }

    /** HTTPS basic authentication. */
    public static RepositoryCredentials basic(String username, String password) {
        if (username.isEmpty()) {
            throw new IllegalArgumentException("username is empty; give the Git host's user name, or use token(...)");
        }
        return new RepositoryCredentials(username, password);
    }

    /** A personal access token, sent as the password with {@value #TOKEN_USERNAME} as the user. */
    public static RepositoryCredentials token(String token) {
        if (token.isEmpty()) {
            throw new IllegalArgumentException("token is empty; give the access token, or use none()");
        }
        return new RepositoryCredentials(TOKEN_USERNAME, token);
    }

    /** Whether any credentials are set. */
    public boolean isPresent() {
        return !username.isEmpty() || !password.isEmpty();
    }

    /** The JGit provider for these credentials, or {@code null} when there are none. */
    CredentialsProvider provider() {
        return isPresent() ? new UsernamePasswordCredentialsProvider(username, password) : null;
    }

    @Override
    public String toString() {
        return isPresent() ? "RepositoryCredentials[username=" + username + ", password=***]" : "RepositoryCredentials[none]";
    }
}
