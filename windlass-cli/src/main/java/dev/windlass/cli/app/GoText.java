package dev.windlass.cli.app;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Times, durations and revisions printed the way the {@code argocd} CLI (Go) prints them, so output
 * reads the same: {@code 2024-05-02 09:14:03 +0000 UTC}, {@code 1m5s}, a short commit SHA.
 */
final class GoText {

    private static final DateTimeFormatter GO_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx 'UTC'");
    private static final Pattern COMMIT_SHA = Pattern.compile("[0-9a-fA-F]{7,40}");

    private GoText() {
    }

    /** An RFC 3339 timestamp as Go's {@code time.Time.String()} in UTC; text that is not a time as it is. */
    static String time(String rfc3339) {
        return parse(rfc3339).map(t -> GO_TIME.format(t.withOffsetSameInstant(ZoneOffset.UTC))).orElse(rfc3339);
    }

    /** An empty time, as Go prints a nil {@code *metav1.Time}. */
    static String optionalTime(String rfc3339) {
        return rfc3339.isEmpty() ? "<nil>" : time(rfc3339);
    }

    static Optional<OffsetDateTime> parse(String rfc3339) {
        try {
            return rfc3339.isEmpty() ? Optional.empty() : Optional.of(OffsetDateTime.parse(rfc3339));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whole seconds as Go's {@code time.Duration.String()}: {@code 0s}, {@code 42s}, {@code 1m5s}, {@code 2h0m3s}. */
    static String duration(Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds == 0) {
            return "0s";
        }
        String sign = seconds < 0 ? "-" : "";
        long s = Math.abs(seconds);
        StringBuilder out = new StringBuilder(sign);
        if (s >= 3600) {
            out.append(s / 3600).append('h');
        }
        if (s >= 60) {
            out.append(s % 3600 / 60).append('m');
        }
        return out.append(s % 60).append('s').toString();
    }

    /** Whether a target revision is a (possibly shortened) commit SHA rather than a branch or tag. */
    static boolean isCommitSha(String revision) {
        return COMMIT_SHA.matcher(revision).matches();
    }

    /** The first 7 characters of a commit SHA, or the text when it is shorter. */
    static String shortSha(String revision) {
        return revision.length() > 7 ? revision.substring(0, 7) : revision;
    }
}
