package dev.windlass.policy.gator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
  * One {@code assertions[]} entry of a gator case: how many violations whose message matches
  * {@code message} (a regular expression searched in the message; unset matches all) there must be.
  *
  * @param violations {@code yes} (at least one; the default when null), {@code no}, or a count
  * @param message the regular expression, or null
  */
public record Assertion(String violations, String message) {

    /** Checks the messages of a review; empty when the assertion holds, else what went wrong, as gator says it. */
    public Optional<String> check(List<String> messages) {
        Pattern pattern;
        try {
            pattern = message == null ? null : Pattern.compile(message);
        } catch (PatternSyntaxException e) {
            return Optional.of("invalid regex: message " + message + ": " + e.getDescription());
        }
        int matching = 0;
        for (String m : messages) {
            if (pattern == null || pattern.matcher(m).find()) {
                matching++;
            }
        }
        Optional<String> problem = count(matching);
        return problem.map(p -> p + ": got messages " + goList(messages));
    }

    private Optional<String> count(int matching) {
        String want = violations == null ? "yes" : violations;
        String containing = message == null ? "" : " containing " + quote(message);
        if (want.equals("yes")) {
            return matching == 0
                    ? Optional.of("unexpected number of violations: got 0 violations" + containing + " but want at least 1")
                    : Optional.empty();
        }
        if (want.equals("no")) {
            return matching > 0
                    ? Optional.of("unexpected number of violations: got " + matching + " violations" + containing
                            + " but want none")
                    : Optional.empty();
        }
        int wanted;
        try {
            wanted = Integer.parseInt(want);
        } catch (NumberFormatException e) {
            wanted = -1;
        }
        if (wanted < 0) {
            return Optional.of("invalid YAML: assertion.violation, if set, must be a nonnegative integer, \"yes\", or \"no\"");
        }
        return matching == wanted ? Optional.empty()
                : Optional.of("unexpected number of violations: got " + matching + " violations" + containing
                        + " but want exactly " + wanted);
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String goList(List<String> messages) {
        return "[" + String.join(" ", new ArrayList<>(messages)) + "]";
    }
}
