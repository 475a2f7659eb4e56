package dev.windlass.sandbox.defaults;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A container's default {@code imagePullPolicy}, decided as the server does from the image
 * reference: {@code Always} when the tag is {@code latest} or there is neither tag nor digest,
 * {@code IfNotPresent} otherwise, including references the server cannot parse (an upper-case
 * repository, an empty image, a malformed digest).
 */
final class ImagePullPolicy {

    static final String ALWAYS = "Always";
    static final String IF_NOT_PRESENT = "IfNotPresent";

    private static final String HOST_PART = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
    private static final String DOMAIN = "(?:" + HOST_PART + "(?:\\." + HOST_PART + ")*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]+)?";
    private static final String PATH_PART = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
    private static final Pattern REFERENCE = Pattern.compile(
            "((?:" + DOMAIN + "/)?" + PATH_PART + "(?:/" + PATH_PART + ")*)"
                    + "(?::([\\w][\\w.-]{0,127}))?"
                    + "(?:@([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}))?");
    private static final Pattern HEX_ID = Pattern.compile("[a-f0-9]{64}");
    private static final Map<String, Integer> DIGEST_LENGTHS = Map.of("sha256", 64, "sha384", 96, "sha512", 128);
    private static final int MAX_NAME = 255;

    private ImagePullPolicy() {
    }

    /** The policy the server would default for {@code image}. */
    static String forImage(String image) {
        return tag(image).filter("latest"::equals).isPresent() ? ALWAYS : IF_NOT_PRESENT;
    }

    /**
     * The tag the server reads from {@code image}: the written tag, {@code latest} when there is
     * neither tag nor digest, empty for a digest alone or a reference it rejects.
     */
    static Optional<String> tag(String image) {
        if (HEX_ID.matcher(image).matches()) {
            return Optional.empty();
        }
        Matcher m = REFERENCE.matcher(image);
        if (!m.matches() || m.group(1).length() > MAX_NAME || !domainOrLowercase(m.group(1))) {
            return Optional.empty();
        }
        String tag = m.group(2);
        String digest = m.group(3);
        if (digest != null && !validDigest(digest)) {
            return Optional.empty();
        }
        if (tag != null) {
            return Optional.of(tag);
        }
        return digest == null ? Optional.of("latest") : Optional.empty();
    }

    /** Only a leading domain (it has a dot or port, or is localhost) may hold upper-case letters. */
    private static boolean domainOrLowercase(String name) {
        int slash = name.indexOf('/');
        String rest = name;
        if (slash > 0) {
            String first = name.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                rest = name.substring(slash + 1);
            }
        }
        return rest.equals(rest.toLowerCase(Locale.ROOT));
    }

    private static boolean validDigest(String digest) {
        int colon = digest.indexOf(':');
        Integer length = DIGEST_LENGTHS.get(digest.substring(0, colon));
        String encoded = digest.substring(colon + 1);
        return length != null && encoded.length() == length && encoded.equals(encoded.toLowerCase(Locale.ROOT));
    }
}
