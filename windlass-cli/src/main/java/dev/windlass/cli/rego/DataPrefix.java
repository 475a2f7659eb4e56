package dev.windlass.cli.rego;

import java.util.List;

/** OPA's {@code x.y:path} syntax for loading a file or directory under {@code data.x.y}. */
final class DataPrefix {
    private DataPrefix() {}

    /**
      * Splits {@code arg} into the prefix (added to {@code prefix}) and the path, which is returned.
      * A URL ({@code file://…}, where the first colon starts {@code ://}) has no prefix.
      */
    static String split(String arg, List<String> prefix) {
        int colon = arg.indexOf(':');
        if (colon <= 0 || arg.indexOf("://") == colon) {
            return stripFileUrl(arg);
        }
        prefix.addAll(List.of(arg.substring(0, colon).split("\\.")));
        return stripFileUrl(arg.substring(colon + 1));
    }

    private static String stripFileUrl(String path) {
        return path.startsWith("file://") ? path.substring("file://".length()) : path;
    }
}
