package dev.windlass.helm.chart;

import dev.windlass.helm.HelmException;
import java.util.ArrayList;
import java.util.List;

/**
 * Helm's {@code .helmignore} rules (package {@code ignore}): one glob per line, {@code #}
 * comments, {@code !} negation, a trailing {@code /} for directories only, a leading {@code /} or
 * an inner {@code /} to match the whole path, otherwise the base name; {@code **} is refused.
 * Evaluation stops at the first matching rule; a negative rule ignores whatever it does not match.
 * The default rule {@code templates/.?*} ignores dot files in {@code templates/}.
 */
final class HelmIgnore {

    /** One rule: its glob, and how it applies. */
    private record Rule(String glob, boolean negate, boolean mustDir, boolean wholePath) {
    }

    private final List<Rule> rules;

    private HelmIgnore(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules of a {@code .helmignore} text (empty text: none) followed by Helm's default. */
    static HelmIgnore parse(String text) throws HelmException {
        List<Rule> rules = new ArrayList<>();
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (String line : body.split("\r?\n|\r", -1)) {
            parseRule(line, rules);
        }
        parseRule("templates/.?*", rules);
        return new HelmIgnore(rules);
    }

    private static void parseRule(String line, List<Rule> rules) throws HelmException {
        String rule = line.strip();
        if (rule.isEmpty() || rule.startsWith("#")) {
            return;
        }
        if (rule.contains("**")) {
            throw new HelmException("double-star (**) syntax is not supported");
        }
        try {
            GoGlob.match(rule, "abc");
        } catch (GoGlob.BadPattern e) {
            throw new HelmException(e.getMessage());
        }
        boolean negate = rule.startsWith("!");
        if (negate) {
            rule = rule.substring(1);
        }
        boolean mustDir = rule.endsWith("/");
        if (mustDir) {
            rule = rule.substring(0, rule.length() - 1);
        }
        boolean wholePath = rule.contains("/");
        if (rule.startsWith("/")) {
            rule = rule.substring(1);
        }
        rules.add(new Rule(rule, negate, mustDir, wholePath));
    }

    /** Whether the file or directory at chart-relative {@code path} is ignored. */
    boolean ignores(String path, boolean directory) {
        if (path.isEmpty() || path.equals(".") || path.equals("./")) {
            return false;
        }
        for (Rule rule : rules) {
            if (rule.negate()) {
                if (rule.mustDir() && !directory || !matches(rule, path)) {
                    return true;
                }
                continue;
            }
            if (rule.mustDir() && !directory) {
                continue;
            }
            if (matches(rule, path)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(Rule rule, String path) {
        try {
            return GoGlob.match(rule.glob(), rule.wholePath() ? path : GoPaths.base(path));
        } catch (GoGlob.BadPattern e) {
            return false;
        }
    }
}
