package dev.windlass.gotemplate.sprig;

import static dev.windlass.gotemplate.GoType.MAP;
import static dev.windlass.gotemplate.GoType.STRING;

import dev.windlass.gotemplate.GoFunc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Sprig's path functions (Go's path and, on Linux, path/filepath) and URL functions (url.go). */
final class SprigPaths {

    private SprigPaths() {
    }

    static List<GoFunc> functions() {
        List<GoFunc> f = new ArrayList<>();
        for (String prefix : new String[] {"", "os"}) {
            f.add(GoFunc.of(name(prefix, "base"), a -> base((String) a[0]), STRING));
            f.add(GoFunc.of(name(prefix, "dir"), a -> dir((String) a[0]), STRING));
            f.add(GoFunc.of(name(prefix, "clean"), a -> clean((String) a[0]), STRING));
            f.add(GoFunc.of(name(prefix, "ext"), a -> ext((String) a[0]), STRING));
            f.add(GoFunc.of(name(prefix, "isAbs"), a -> ((String) a[0]).startsWith("/"), STRING));
        }
        f.add(GoFunc.of("urlParse", a -> SprigUrl.parse((String) a[0]), STRING));
        f.add(GoFunc.of("urlJoin", a -> SprigUrl.join(SprigConvert.asMap(a[0] == null ? Map.of() : a[0])), MAP));
        return f;
    }

    private static String name(String prefix, String base) {
        return prefix.isEmpty() ? base : prefix + Character.toUpperCase(base.charAt(0)) + base.substring(1);
    }

    /** path.Clean: lexical shortest equivalent path. */
    static String clean(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        boolean rooted = path.startsWith("/");
        List<String> parts = new ArrayList<>();
        for (String seg : path.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                if (!parts.isEmpty() && !parts.get(parts.size() - 1).equals("..")) {
                    parts.remove(parts.size() - 1);
                } else if (!rooted) {
                    parts.add("..");
                }
                continue;
            }
            parts.add(seg);
        }
        String joined = String.join("/", parts);
        if (rooted) {
            return "/" + joined;
        }
        return joined.isEmpty() ? "." : joined;
    }

    static String base(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.equals("/")) {
            return "/";
        }
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static String dir(String path) {
        int i = path.lastIndexOf('/');
        return clean(path.substring(0, i + 1));
    }

    static String ext(String path) {
        for (int i = path.length() - 1; i >= 0 && path.charAt(i) != '/'; i--) {
            if (path.charAt(i) == '.') {
                return path.substring(i);
            }
        }
        return "";
    }
}
