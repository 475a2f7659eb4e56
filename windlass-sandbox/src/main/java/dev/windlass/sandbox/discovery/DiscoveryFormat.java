package dev.windlass.sandbox.discovery;

import java.util.Locale;

/**
 * The forms {@code /api} and {@code /apis} can answer in: aggregated discovery (one
 * {@code APIGroupDiscoveryList} with every resource, what kubectl 1.32 asks for first) or the
 * legacy {@code APIVersions}/{@code APIGroupList}. Chosen from the request's {@code Accept} header
 * by {@link #fromAccept(String)}; the response's {@code Content-Type} must be {@link #contentType()},
 * because client-go decides how to decode by it.
 */
public enum DiscoveryFormat {
    AGGREGATED_V2("v2"),
    AGGREGATED_V2BETA1("v2beta1"),
    LEGACY(null);

    /** The group of the aggregated discovery types. */
    public static final String GROUP = "apidiscovery.k8s.io";
    private static final String LIST_KIND = "APIGroupDiscoveryList";

    private final String version;

    DiscoveryFormat(String version) {
        this.version = version;
    }

    /** {@code application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList}, or {@code application/json}. */
    public String contentType() {
        return version == null ? "application/json"
                : "application/json;g=" + GROUP + ";v=" + version + ";as=" + LIST_KIND;
    }

    /** The {@code apiVersion} of the aggregated list ({@code apidiscovery.k8s.io/v2}); null for legacy. */
    public String apiVersion() {
        return version == null ? null : GROUP + "/" + version;
    }

    public boolean aggregated() {
        return version != null;
    }

    /**
     * The form an {@code Accept} header asks for: the acceptable media range with the highest
     * {@code q} wins, the first listed on ties; JSON only (protobuf ranges are skipped). No header,
     * or nothing the sandbox can produce, means {@link #LEGACY}.
     */
    public static DiscoveryFormat fromAccept(String accept) {
        if (accept == null || accept.isBlank()) {
            return LEGACY;
        }
        DiscoveryFormat best = null;
        double bestQ = 0;
        for (String range : accept.split(",")) {
            MediaRange parsed = MediaRange.parse(range);
            DiscoveryFormat format = parsed.format();
            if (format != null && parsed.q() > bestQ) {
                best = format;
                bestQ = parsed.q();
            }
        }
        return best == null ? LEGACY : best;
    }

    /** One media range of an Accept header with the parameters discovery cares about. */
    private record MediaRange(String type, String g, String v, String as, double q) {

        static MediaRange parse(String text) {
            String[] parts = text.split(";");
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            String g = null;
            String v = null;
            String as = null;
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                int eq = parts[i].indexOf('=');
                if (eq < 0) {
                    continue;
                }
                String key = parts[i].substring(0, eq).trim().toLowerCase(Locale.ROOT);
                String value = parts[i].substring(eq + 1).trim().replace("\"", "");
                switch (key) {
                    case "g" -> g = value;
                    case "v" -> v = value;
                    case "as" -> as = value;
                    case "q" -> q = quality(value);
                    default -> { }
                }
            }
            return new MediaRange(type, g, v, as, q);
        }

        private static double quality(String value) {
            try {
                return Double.parseDouble(value);
            } catch (NumberFormatException bad) {
                return 0;
            }
        }

        /** What this range accepts, or null when it is nothing the sandbox produces. */
        DiscoveryFormat format() {
            if (g == null && v == null && as == null) {
                boolean json = type.equals("application/json") || type.equals("application/*") || type.equals("*/*");
                return json ? LEGACY : null;
            }
            if (!type.equals("application/json") || !GROUP.equals(g) || !LIST_KIND.equals(as)) {
                return null;
            }
            if ("v2".equals(v)) {
                return AGGREGATED_V2;
            }
            return "v2beta1".equals(v) ? AGGREGATED_V2BETA1 : null;
        }
    }
}
