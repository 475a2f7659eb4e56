package dev.windlass.helm.chart;

import dev.windlass.gotemplate.GoFmt;
import java.util.ArrayDeque;
import java.util.Deque;

/** Go's {@code path.Clean}, {@code path.Base} and {@code %q} quoting, as Helm's loader uses them. */
final class GoPaths {

    private GoPaths() {
    }

    /** Go's {@code path.Clean}: the shortest equivalent slash path. */
    static String clean(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        boolean rooted = path.startsWith("/");
        Deque<String> out = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!out.isEmpty() && !out.peekLast().equals("..")) {
                    out.removeLast();
                } else if (!rooted) {
                    out.addLast("..");
                }
            } else {
                out.addLast(part);
            }
        }
        String joined = String.join("/", out);
        if (rooted) {
            return "/" + joined;
        }
        return joined.isEmpty() ? "." : joined;
    }

    /** Go's {@code filepath.Base} on slash paths. */
    static String base(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        String trimmed = path;
        while (trimmed.length() > 1 && trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        int slash = trimmed.lastIndexOf('/');
        return slash >= 0 && trimmed.length() > 1 ? trimmed.substring(slash + 1) : trimmed;
    }

    /** Go's {@code %q} for ordinary text. */
    static String quote(String s) {
        return GoFmt.quote(s);
    }
}
