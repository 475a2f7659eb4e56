package dev.windlass.git;

/**
 * Reason codes and message texts for repository Secrets, known hosts and SSH, in one place so
 * that wording stays consistent and every message says what is wrong and what to do. No message
 * ever contains a password, token or private key.
 */
public final class GitMessages {

    /** A repository Secret has no {@code url}. */
    public static final String MISSING_URL = "RepositorySecretMissingUrl";
    /** A {@code data} value of a repository Secret is not base64, or a value is not a string. */
    public static final String BAD_VALUE = "RepositorySecretBadValue";
    /** A boolean field of a repository Secret is not {@code true} or {@code false}. */
    public static final String BAD_BOOLEAN = "RepositorySecretBadBoolean";
    /** {@code sshPrivateKey} holds no usable private key. */
    public static final String BAD_SSH_KEY = "RepositorySecretBadSshKey";
    /** The Secret sets a password without a user name (or the reverse); Argo CD sends no credentials then. */
    public static final String INCOMPLETE_CREDENTIALS = "RepositorySecretIncompleteCredentials";
    /** {@code type} is not {@code git}, {@code helm} or {@code oci}. */
    public static final String UNKNOWN_TYPE = "RepositorySecretUnknownType";
    /** Two repository Secrets name the same URL and project; the first is used. */
    public static final String DUPLICATE_REPOSITORY = "RepositorySecretDuplicate";
    /** A line of the known hosts cannot be read. */
    public static final String BAD_KNOWN_HOST = "KnownHostInvalid";

    private GitMessages() {
    }

    static String secret(String namespace, String name) {
        return "Secret " + (namespace.isEmpty() ? "" : namespace + "/") + name;
    }

    static String missingUrl(String secret) {
        return secret + " has no url in data or stringData; set url to the repository URL (repository) or to the"
                + " URL prefix the credentials apply to (repo-creds)";
    }

    static String notBase64(String secret, String field) {
        return secret + ": " + field + " is not valid base64; encode the value with base64, or move it to stringData"
                + " as plain text";
    }

    static String notText(String secret, String field) {
        return secret + ": " + field + " is not a string; quote the value";
    }

    static String badBoolean(String secret, String field) {
        return secret + ": " + field + " must be \"true\" or \"false\" (Argo CD rejects the whole Secret otherwise);"
                + " the Secret is ignored until it is fixed";
    }

    static String badSshKey(String secret, String field, String problem) {
        return secret + ": " + field + ": " + problem + "; the Secret is ignored until it is fixed";
    }

    static String passwordWithoutUsername(String secret) {
        return secret + " sets password but no username, so Argo CD sends no credentials; set username too (for an"
                + " access token any non-empty name works, e.g. " + RepositoryCredentials.TOKEN_USERNAME + ")";
    }

    static String usernameWithoutPassword(String secret) {
        return secret + " sets username but no password, so no HTTPS credentials are sent; set password (or the"
                + " access token) too";
    }

    static String unknownType(String secret, String type) {
        return secret + ": type " + quote(type) + " is not git, helm or oci; it is treated as git";
    }

    static String duplicateRepository(String url, String used, String ignored) {
        return ignored + " names the same repository " + RepoUrls.redact(url) + " as " + used + "; " + used
                + " is used: delete one of them";
    }

    static String badKnownHost(int line, String problem) {
        return "line " + line + " of " + KnownHosts.DATA_KEY + " is left out: " + problem + "; use the output of"
                + " ssh-keyscan HOST, one 'host keytype base64-key' per line";
    }

    static String noKnownHostsKey(String configMap) {
        return "ConfigMap " + configMap + " has no data." + KnownHosts.DATA_KEY + "; add the host keys there, one"
                + " 'host keytype base64-key' per line (ssh-keyscan HOST prints them)";
    }

    static String hostKeyUnknown(String address, String keyLine, String fingerprint, String scan) {
        return "the SSH host key of " + address + " (" + fingerprint + ") is not in the known hosts; if it is the"
                + " right key, add the line '" + keyLine + "' (or the output of " + scan + ") to data."
                + KnownHosts.DATA_KEY + " of the ConfigMap " + KnownHosts.CONFIG_MAP + ", or set insecure: \"true\""
                + " in the repository Secret to skip the check";
    }

    static String hostKeyMismatch(String address, String keyLine, String fingerprint) {
        return "the SSH host key of " + address + " (" + fingerprint + ") does not match the keys listed for it in"
                + " the ConfigMap " + KnownHosts.CONFIG_MAP + ": the server's key changed, or someone is intercepting"
                + " the connection; only if the change is expected, replace the host's lines in data."
                + KnownHosts.DATA_KEY + " with '" + keyLine + "'";
    }

    static String hostKeyRevoked(String address, String fingerprint) {
        return "the SSH host key of " + address + " (" + fingerprint + ") is marked @revoked in the ConfigMap "
                + KnownHosts.CONFIG_MAP + "; the server must present another key";
    }

    static String noSshKey(String url) {
        return RepoUrls.redact(url) + " is reached over SSH but no SSH private key is configured for it; add a"
                + " repository Secret for this URL with sshPrivateKey, or a repo-creds Secret whose url is a prefix"
                + " of it";
    }

    private static String quote(String text) {
        return "'" + text + "'";
    }
}
