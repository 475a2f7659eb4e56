package dev.windlass.pipelines.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The container paths a step sees and the host directories behind them: {@code /workspace} and
 * {@code /tekton} for every step, plus the custom {@code mountPath} of workspaces and the step's
 * {@code volumeMounts}. {@link #rewrite} replaces each container path, when it stands alone or is
 * followed by {@code /}, with its host directory; the longest path wins.
 */
final class Mounts {

    private static final String BEFORE = "(?<![A-Za-z0-9_.~/$-])";
    private static final String AFTER = "(?=/|$|[^A-Za-z0-9_.-])";

    private final Map<String, Path> paths;
    private final Pattern pattern;

    Mounts(Map<String, Path> paths) {
        Map<String, Path> usable = new LinkedHashMap<>();
        paths.forEach((container, host) -> {
            String trimmed = container.endsWith("/") ? container.substring(0, container.length() - 1) : container;
            if (trimmed.startsWith("/") && trimmed.length() > 1) {
                usable.put(trimmed, host);
            }
        });
        this.paths = Map.copyOf(usable);
        List<String> longestFirst = new ArrayList<>(usable.keySet());
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        this.pattern = longestFirst.isEmpty() ? null : Pattern.compile(BEFORE + "("
                + longestFirst.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")" + AFTER);
    }

    /** These mounts and {@code more} (which win for the same container path). */
    Mounts plus(Map<String, Path> more) {
        Map<String, Path> all = new LinkedHashMap<>(paths);
        all.putAll(more);
        return new Mounts(all);
    }

    String rewrite(String text) {
        if (pattern == null || text == null || text.indexOf('/') < 0) {
            return text;
        }
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(paths.get(matcher.group(1)).toString()));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
