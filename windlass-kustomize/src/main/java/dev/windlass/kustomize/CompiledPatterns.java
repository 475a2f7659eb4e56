package dev.windlass.kustomize;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Regular expressions compiled once and shared by every build: patch targets and image names are
 * tested against every object, and compiling the same pattern for each test was a large part of a
 * build's time. Bounded: when it holds {@value #LIMIT} patterns it starts again empty.
 */
final class CompiledPatterns {

    private static final int LIMIT = 4096;
    private static final ConcurrentHashMap<String, Optional<Pattern>> CACHE = new ConcurrentHashMap<>();

    private CompiledPatterns() {
    }

    /** {@code regex} compiled; empty when it is not a valid pattern. */
    static Optional<Pattern> of(String regex) {
        Optional<Pattern> known = CACHE.get(regex);
        if (known != null) {
            return known;
        }
        Optional<Pattern> compiled;
        try {
            compiled = Optional.of(Pattern.compile(regex));
        } catch (PatternSyntaxException e) {
            compiled = Optional.empty();
        }
        if (CACHE.size() >= LIMIT) {
            CACHE.clear();
        }
        CACHE.put(regex, compiled);
        return compiled;
    }

    /** {@code regex} compiled; throws {@link PatternSyntaxException} as {@link Pattern#compile} does when it is invalid. */
    static Pattern orThrow(String regex) {
        return of(regex).orElseGet(() -> Pattern.compile(regex));
    }
}
