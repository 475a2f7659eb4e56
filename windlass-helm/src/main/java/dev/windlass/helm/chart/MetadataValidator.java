package dev.windlass.helm.chart;

import dev.windlass.helm.HelmException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Helm's {@code Metadata.Validate}: sanitises the free-text fields (whitespace becomes a space,
 * unprintable characters are dropped) and checks name, version (Masterminds semver), type,
 * maintainers and dependencies, failing with Helm's {@code validation: …} texts.
 */
final class MetadataValidator {

    /** Masterminds/semver v3's {@code NewVersion} syntax. */
    private static final Pattern SEMVER = Pattern.compile("v?(0|[1-9]\\d*)(?:\\.(0|[1-9]\\d*))?(?:\\.(0|[1-9]\\d*))?"
            + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
            + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");
    private static final Pattern ALIAS = Pattern.compile("[a-zA-Z0-9_-]+");

    private MetadataValidator() {
    }

    /** Sanitises {@code m} in place and validates it. */
    static void validate(MetadataBuilder m) throws HelmException {
        sanitizeFields(m);
        if (m.apiVersion.isEmpty()) {
            throw invalid("chart.metadata.apiVersion is required");
        }
        if (m.name.isEmpty()) {
            throw invalid("chart.metadata.name is required");
        }
        if (m.name.equals(".") || m.name.equals("..")) {
            throw invalid("chart.metadata.name " + GoPaths.quote(m.name) + " is not allowed");
        }
        if (!m.name.equals(base(m.name))) {
            throw invalid("chart.metadata.name " + GoPaths.quote(m.name) + " is invalid");
        }
        if (m.version.isEmpty()) {
            throw invalid("chart.metadata.version is required");
        }
        if (!isValidSemver(m.version)) {
            throw invalid("chart.metadata.version " + GoPaths.quote(m.version) + " is invalid");
        }
        if (!List.of("", "application", "library").contains(m.type)) {
            throw invalid("chart.metadata.type must be application or library");
        }
        if (m.maintainerNull) {
            throw invalid("maintainers must not contain empty or null nodes");
        }
        m.maintainers.replaceAll(x -> new Maintainer(sanitize(x.name()), sanitize(x.email()), sanitize(x.url())));
        validateDependencies(m.dependencies);
    }

    private static void sanitizeFields(MetadataBuilder m) {
        m.name = sanitize(m.name);
        m.description = sanitize(m.description);
        m.home = sanitize(m.home);
        m.icon = sanitize(m.icon);
        m.condition = sanitize(m.condition);
        m.tags = sanitize(m.tags);
        m.appVersion = sanitize(m.appVersion);
        m.kubeVersion = sanitize(m.kubeVersion);
        m.sources.replaceAll(MetadataValidator::sanitize);
        m.keywords.replaceAll(MetadataValidator::sanitize);
    }

    private static void validateDependencies(List<MetadataBuilder.DependencyBuilder> dependencies)
            throws HelmException {
        Set<String> seen = new HashSet<>();
        for (MetadataBuilder.DependencyBuilder d : dependencies) {
            if (d.isNull) {
                throw invalid("dependencies must not contain empty or null nodes");
            }
            d.name = sanitize(d.name);
            d.version = sanitize(d.version);
            d.repository = sanitize(d.repository);
            d.condition = sanitize(d.condition);
            d.tags.replaceAll(MetadataValidator::sanitize);
            if (!d.alias.isEmpty() && !ALIAS.matcher(d.alias).matches()) {
                throw invalid("dependency " + GoPaths.quote(d.name) + " has disallowed characters in the alias");
            }
            String key = d.alias.isEmpty() ? d.name : d.alias;
            if (!seen.add(key)) {
                throw invalid("more than one dependency with name or alias " + GoPaths.quote(key));
            }
        }
    }

    /** Whether Masterminds/semver v3 parses {@code version}. */
    static boolean isValidSemver(String version) {
        return version.length() <= 256 && SEMVER.matcher(version).matches();
    }

    /** Go's {@code filepath.Base} (on Unix). */
    private static String base(String name) {
        return GoPaths.base(name);
    }

    /** Helm's {@code sanitizeString}: whitespace becomes a space, unprintable runes are dropped. */
    static String sanitize(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (isGoSpace(cp)) {
                out.append(' ');
            } else if (isGoPrint(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static boolean isGoSpace(int cp) {
        return cp == '\t' || cp == '\n' || cp == 0x0B || cp == '\f' || cp == '\r' || cp == ' ' || cp == 0x85
                || cp == 0xA0 || Character.getType(cp) == Character.SPACE_SEPARATOR
                || cp == 0x2028 || cp == 0x2029;
    }

    private static boolean isGoPrint(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UNASSIGNED, Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE,
                    Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    private static HelmException invalid(String message) {
        return new HelmException("validation: " + message);
    }
}
