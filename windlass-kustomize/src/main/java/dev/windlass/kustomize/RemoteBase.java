package dev.windlass.kustomize;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A kustomization in a Git repository, named by a URL in {@code resources} or {@code components},
 * e.g. {@code github.com/org/repo//deploy?ref=v1}, parsed the way kustomize v5 parses remote
 * targets: the URL Git clones, the kustomization's directory inside the repository, and the query
 * parameters {@code ref} (or {@code version}), {@code submodules} and {@code timeout}.
 *
 * <p>Where the repository ends and the path begins is found, in this order, from {@code _git/}
 * (Azure DevOps: the segment after it is the repository), {@code //}, or {@code .git}; without any
 * of these the first two segments are the repository ({@code org/repo}), except for {@code file://}
 * URLs, whose whole path is the repository. GitHub URLs are normalised as kustomize does:
 * {@code github.com/org/repo} and {@code http://github.com/...} clone over HTTPS,
 * {@code git@github.com:...} and {@code ssh://...github.com...} over SSH.
 *
 * @param reference  the URL as the kustomization wrote it; repository cycles are detected on it
 * @param repoUrl    the URL as {@code git clone} takes it, e.g. {@code https://github.com/org/repo}
 * @param path       the kustomization's directory inside the repository, normalised; {@code ""} for its root
 * @param ref        the branch, tag or commit to build; {@code ""} for the remote's default branch
 * @param submodules whether kustomize would clone submodules too (default true)
 * @param timeout    how long kustomize lets Git run (default 27 seconds)
 */
public record RemoteBase(String reference, String repoUrl, String path, String ref, boolean submodules,
        Duration timeout) {

    /** kustomize's default time limit for Git commands. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(27);

    private static final String FILE = "file://";
    private static final Pattern USER = Pattern.compile("^([a-zA-Z][a-zA-Z0-9-]*)@");
    private static final String[] SCHEMES = {"ssh://", "https://", "http://", FILE};

    public RemoteBase {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(repoUrl, "repoUrl");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(timeout, "timeout");
    }

    /**
     * The remote base {@code reference} names, or empty when it is not a Git URL kustomize
     * recognises (then it is a local path): a scheme ({@code https://}, {@code http://},
     * {@code ssh://}, {@code file://}, optionally after {@code git::}), or {@code user@host:path},
     * or a {@code github.com} host, followed by a repository path and optionally a path inside it
     * that does not climb out of the repository.
     */
    public static Optional<RemoteBase> parse(String reference) {
        if (reference == null || reference.startsWith("/")) {
            return Optional.empty();
        }
        int question = reference.indexOf('?');
        String location = question < 0 ? reference : reference.substring(0, question);
        RemoteQuery query = RemoteQuery.parse(question < 0 ? "" : reference.substring(question + 1));
        Optional<String[]> hostAndRest = splitHost(location);
        if (hostAndRest.isEmpty()) {
            return Optional.empty();
        }
        String host = hostAndRest.get()[0];
        Optional<String[]> parts = splitRepository(hostAndRest.get()[1], host.equals(FILE));
        return parts.map(p -> new RemoteBase(reference, host + p[0], p[1], query.ref(), query.submodules(),
                query.timeout()));
    }

    /**
     * Whether {@code reference} is an HTTP(S) URL of a single file rather than of a repository: no
     * {@code _git/}, {@code //} or {@code .git} marks a repository, and the last segment ends in
     * {@code .yaml}, {@code .yml} or {@code .json}. kustomize downloads such URLs; Windlass does not.
     */
    public static boolean isRemoteFile(String reference) {
        String lower = reference.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return false;
        }
        int question = lower.indexOf('?');
        String location = question < 0 ? lower : lower.substring(0, question);
        String afterScheme = location.substring(location.indexOf("://") + 3);
        int slash = afterScheme.indexOf('/');
        String path = slash < 0 ? "" : afterScheme.substring(slash);
        if (path.contains("//") || path.contains(".git") || path.contains("_git/")) {
            return false;
        }
        return path.endsWith(".yaml") || path.endsWith(".yml") || path.endsWith(".json");
    }

    /** Whether this base is {@code other}'s reference or a prefix of it: kustomize's repository-cycle test. */
    boolean isPrefixOf(String other) {
        return other.startsWith(reference);
    }

    /** How messages show a file of this base: the repository URL, {@code //} and the path. */
    String displayPrefix() {
        return repoUrl + "//";
    }

    /** {scheme+user+host, rest} of a location, or empty when it has no host kustomize accepts. */
    private static Optional<String[]> splitHost(String location) {
        String text = location;
        if (text.regionMatches(true, 0, "git::", 0, 5)) {
            text = text.substring(5);
        }
        String scheme = "";
        for (String candidate : SCHEMES) {
            if (text.regionMatches(true, 0, candidate, 0, candidate.length())) {
                scheme = candidate;
                text = text.substring(candidate.length());
                break;
            }
        }
        String user = "";
        Matcher m = USER.matcher(text);
        if (m.find()) {
            user = m.group();
            text = text.substring(user.length());
        }
        String lower = text.toLowerCase(Locale.ROOT);
        boolean github = lower.startsWith("github.com/") || lower.startsWith("github.com:");
        boolean scp = scheme.isEmpty() && (!user.isEmpty() || github);
        if (scheme.isEmpty() && !scp) {
            return Optional.empty();
        }
        if (scheme.equals(FILE)) {
            return Optional.of(new String[] {FILE, user + text});
        }
        int separator = separatorIndex(text, scp);
        String host = separator < 0 ? text : text.substring(0, separator + 1);
        String rest = separator < 0 ? "" : text.substring(separator + 1);
        if (github) {
            boolean ssh = scheme.equals("ssh://") || !user.isEmpty();
            scheme = ssh ? "" : "https://";
            host = ssh ? "github.com:" : "github.com/";
        }
        return host.isEmpty() ? Optional.empty() : Optional.of(new String[] {scheme + user + host, rest});
    }

    /** The first {@code /}; in SCP style ({@code host:path}) a colon before it ends the host instead. */
    private static int separatorIndex(String text, boolean scp) {
        int slash = text.indexOf('/');
        if (scp) {
            int colon = text.indexOf(':');
            if (slash < 0 || (colon > 0 && colon < slash)) {
                return colon;
            }
        }
        return slash;
    }

    /** {repository path, path inside} of what follows the host, or empty when there is no repository or the path climbs out. */
    private static Optional<String[]> splitRepository(String rest, boolean file) {
        String repo;
        String inside;
        int azure = rest.indexOf("_git/");
        int doubleSlash = rest.indexOf("//");
        int dotGit = rest.indexOf(".git");
        if (azure >= 0) {
            String[] after = rest.substring(azure + 5).split("/", 2);
            repo = rest.substring(0, azure + 5) + after[0];
            inside = after.length > 1 ? after[1] : "";
        } else if (doubleSlash >= 0) {
            repo = rest.substring(0, doubleSlash);
            inside = rest.substring(doubleSlash + 2);
        } else if (dotGit >= 0) {
            repo = rest.substring(0, dotGit + 4);
            inside = rest.substring(dotGit + 4);
        } else if (file) {
            repo = rest;
            inside = "";
        } else {
            String[] segments = rest.split("/", -1);
            if (segments.length < 2) {
                return Optional.empty();
            }
            repo = segments[0] + "/" + segments[1];
            inside = rest.substring(repo.length());
        }
        Optional<String> clean = cleanInside(inside);
        if (repo.isEmpty() || clean.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new String[] {repo, clean.get()});
    }

    /** The path inside the repository without {@code .}, {@code ..} or empty segments; empty when it leaves the repository. */
    private static Optional<String> cleanInside(String inside) {
        Deque<String> kept = new ArrayDeque<>();
        for (String segment : inside.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (kept.isEmpty()) {
                    return Optional.empty();
                }
                kept.removeLast();
            } else {
                kept.addLast(segment);
            }
        }
        return Optional.of(String.join("/", kept));
    }

    /** The query parameters of a remote URL, with kustomize's defaults for missing or unreadable values. */
    private record RemoteQuery(String ref, Duration timeout, boolean submodules) {

        private static final RemoteQuery DEFAULTS = new RemoteQuery("", DEFAULT_TIMEOUT, true);
        private static final Pattern DURATION_PART =
                Pattern.compile("(\\d+\\.?\\d*|\\.\\d+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h)");

        /**
         * {@code ref} (else {@code version}), {@code timeout} (whole seconds or a Go duration such
         * as {@code 1m30s}, positive) and {@code submodules} (a Go boolean); a query Go cannot
         * parse (a {@code ;} or a bad {@code %} escape) yields all defaults, as in kustomize.
         */
        static RemoteQuery parse(String query) {
            Map<String, String> first = new HashMap<>();
            for (String part : query.split("&")) {
                if (part.isEmpty()) {
                    continue;
                }
                int eq = part.indexOf('=');
                String key = eq < 0 ? part : part.substring(0, eq);
                Optional<String> name = unescape(key);
                Optional<String> value = unescape(eq < 0 ? "" : part.substring(eq + 1));
                if (part.contains(";") || name.isEmpty() || value.isEmpty()) {
                    return DEFAULTS;
                }
                first.putIfAbsent(name.get(), value.get());
            }
            String ref = first.getOrDefault("ref", "");
            return new RemoteQuery(ref.isEmpty() ? first.getOrDefault("version", "") : ref,
                    timeout(first.getOrDefault("timeout", "")), submodules(first.getOrDefault("submodules", "")));
        }

        private static Optional<String> unescape(String text) {
            StringBuilder out = new StringBuilder();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '%') {
                    if (i + 2 >= text.length() || Character.digit(text.charAt(i + 1), 16) < 0
                            || Character.digit(text.charAt(i + 2), 16) < 0) {
                        return Optional.empty();
                    }
                    bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                    i += 2;
                    continue;
                }
                flush(bytes, out);
                out.append(c == '+' ? ' ' : c);
            }
            flush(bytes, out);
            return Optional.of(out.toString());
        }

        private static void flush(ByteArrayOutputStream bytes, StringBuilder out) {
            if (bytes.size() > 0) {
                out.append(bytes.toString(StandardCharsets.UTF_8));
                bytes.reset();
            }
        }

        private static Duration timeout(String text) {
            if (text.isEmpty()) {
                return DEFAULT_TIMEOUT;
            }
            try {
                int seconds = Integer.parseInt(text);
                if (seconds > 0) {
                    return Duration.ofSeconds(seconds);
                }
            } catch (NumberFormatException e) {
                // not whole seconds: try a duration
            }
            return goDuration(text).filter(d -> !d.isNegative() && !d.isZero()).orElse(DEFAULT_TIMEOUT);
        }

        /** A Go duration ({@code 90s}, {@code 1m30s}, {@code 1.5h}, {@code 250ms}) with an optional sign. */
        private static Optional<Duration> goDuration(String text) {
            boolean negative = text.startsWith("-");
            String rest = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
            if (rest.equals("0")) {
                return Optional.of(Duration.ZERO);
            }
            Matcher m = DURATION_PART.matcher(rest);
            double nanos = 0;
            int end = 0;
            while (m.find() && m.start() == end) {
                nanos += Double.parseDouble(m.group(1)) * unitNanos(m.group(2));
                end = m.end();
            }
            if (end == 0 || end != rest.length()) {
                return Optional.empty();
            }
            Duration d = Duration.ofNanos((long) nanos);
            return Optional.of(negative ? d.negated() : d);
        }

        private static double unitNanos(String unit) {
            return switch (unit) {
                case "ns" -> 1;
                case "ms" -> 1e6;
                case "s" -> 1e9;
                case "m" -> 60e9;
                case "h" -> 3600e9;
                default -> 1e3;
            };
        }

        private static boolean submodules(String text) {
            return switch (text) {
                case "0", "f", "F", "false", "FALSE", "False" -> false;
                default -> true;
            };
        }
    }
}
