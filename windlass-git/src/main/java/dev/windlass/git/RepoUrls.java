package dev.windlass.git;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normal forms of repository URLs, so that {@code https://h/r}, {@code https://h/r.git} and {@code https://h/r/} are one repository. */
final class RepoUrls {

    /** An SSH URL as Argo CD recognises it: a user before the host, {@code ssh://} optional. */
    private static final Pattern SSH_URL = Pattern.compile("^(ssh://)?([^/:]*?)@[^@]+$");

    private RepoUrls() {
    }

    /**
     * The form Argo CD compares repository URLs in (its {@code NormalizeGitURL}): trimmed and
     * lower-cased as a whole, one {@code .git} suffix dropped, and SSH URLs written without
     * {@code ssh://} and with {@code /} after the host, so that {@code git@host:org/repo} and
     * {@code ssh://git@host/org/repo} are one repository. Repository Secrets match on equality of
     * this form, credential templates on prefix.
     */
    static String argoNormalize(String url) {
        String text = url.strip().toLowerCase(Locale.ROOT);
        boolean ssh = SSH_URL.matcher(text).matches();
        if (ssh && !text.startsWith("ssh://")) {
            text = "ssh://" + text.replaceFirst(":", "/");
        }
        if (text.endsWith(".git")) {
            text = text.substring(0, text.length() - 4);
        }
        return text.startsWith("ssh://") ? text.substring("ssh://".length()) : text;
    }

    /** Whether two URLs name the same repository for Argo CD ({@code SameURL}). */
    static boolean sameRepository(String a, String b) {
        String left = argoNormalize(a);
        return !left.isEmpty() && left.equals(argoNormalize(b));
    }

    /** Trims, drops trailing slashes and one {@code .git} suffix, and lower-cases the scheme and host. */
    static String normalize(String url) {
        String text = url.trim();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.endsWith(".git")) {
            text = text.substring(0, text.length() - 4);
        }
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        int scheme = text.indexOf("://");
        if (scheme > 0) {
            int pathStart = text.indexOf('/', scheme + 3);
            String authority = pathStart < 0 ? text : text.substring(0, pathStart);
            String rest = pathStart < 0 ? "" : text.substring(pathStart);
            text = authority.toLowerCase(Locale.ROOT) + rest;
        }
        return text;
    }

    /**
     * The URL with any user name and password replaced by {@code ***}, for messages. An SSH URL's
     * user ({@code git@}) is no secret and is kept.
     */
    static String redact(String url) {
        if (url.regionMatches(true, 0, "ssh://", 0, 6) && !url.substring(6).matches("[^/@]*:[^/@]*@.*")) {
            return url;
        }
        return url.replaceFirst("://[^/@]+@", "://***@");
    }

    /** A directory name for the repository: the SHA-256 of its normalised URL, in hex. */
    static String cacheKey(String url) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalize(url).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
