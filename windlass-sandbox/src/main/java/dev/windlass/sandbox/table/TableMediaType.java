package dev.windlass.sandbox.table;

import java.util.Locale;
import java.util.Optional;

/**
 * Reads an {@code Accept} header the way kube-apiserver negotiates it for tables: the first
 * acceptable entry wins, and an entry {@code application/json;as=Table;v=v1;g=meta.k8s.io} (or
 * {@code v=v1beta1}) selects a Table of that version. A plain JSON entry first, or no table entry
 * at all, means the ordinary object or list.
 */
public final class TableMediaType {

    /** The group of the Table kind. */
    public static final String GROUP = "meta.k8s.io";

    private TableMediaType() {
    }

    /** The Table version ({@code v1} or {@code v1beta1}) {@code accept} asks for, or empty for plain JSON. */
    public static Optional<String> requested(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.empty();
        }
        for (String entry : accept.split(",")) {
            Entry parsed = Entry.parse(entry);
            if (parsed.isTable()) {
                if (parsed.tableVersion() != null) {
                    return Optional.of(parsed.tableVersion());
                }
            } else if (parsed.asKind() == null && parsed.plainJsonOrWildcard()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The response content type of a Table of {@code version}. */
    public static String contentType(String version) {
        return "application/json;as=Table;v=" + version + ";g=" + GROUP;
    }

    /** One media range of the header: type and the {@code as}, {@code v}, {@code g} parameters. */
    private record Entry(String mediaType, String asKind, String version, String group) {

        static Entry parse(String text) {
            String[] parts = text.split(";");
            String media = parts[0].trim().toLowerCase(Locale.ROOT);
            String as = null;
            String version = null;
            String group = null;
            for (int i = 1; i < parts.length; i++) {
                String param = parts[i].trim();
                int eq = param.indexOf('=');
                if (eq < 0) {
                    continue;
                }
                String key = param.substring(0, eq).trim();
                String value = param.substring(eq + 1).trim();
                switch (key) {
                    case "as" -> as = value;
                    case "v" -> version = value;
                    case "g" -> group = value;
                    default -> { }
                }
            }
            return new Entry(media, as, version, group);
        }

        boolean isTable() {
            return "Table".equals(asKind) && jsonOrWildcard();
        }

        /** {@code v1}/{@code v1beta1} of {@code meta.k8s.io}, or null when the entry names another. */
        String tableVersion() {
            boolean knownVersion = "v1".equals(version) || "v1beta1".equals(version);
            return knownVersion && GROUP.equals(group) ? version : null;
        }

        boolean plainJsonOrWildcard() {
            return jsonOrWildcard() || mediaType.equals("application/yaml")
                    || mediaType.equals("application/vnd.kubernetes.protobuf");
        }

        private boolean jsonOrWildcard() {
            return mediaType.equals("application/json") || mediaType.equals("*/*")
                    || mediaType.equals("application/*");
        }
    }
}
