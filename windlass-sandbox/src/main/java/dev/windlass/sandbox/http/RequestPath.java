package dev.windlass.sandbox.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A resource URL taken apart: {@code /apis/apps/v1/namespaces/web/deployments/api/status} is
 * group {@code apps}, version {@code v1}, namespace {@code web}, resource {@code deployments},
 * name {@code api}, subresource {@code status}. Legacy {@code /watch/} prefixes set {@link #watch}.
 */
record RequestPath(String group, String version, String namespace, String resource, String name,
                   String subresource, boolean watch) {

    /** Parses a resource path; null when {@code path} is not under {@code /api/v1} or {@code /apis/g/v}. */
    static RequestPath parse(String path) {
        List<String> parts = segments(path);
        int index;
        String group;
        if (parts.size() >= 3 && parts.get(0).equals("api")) {
            group = "";
            index = 1;
        } else if (parts.size() >= 4 && parts.get(0).equals("apis")) {
            group = parts.get(1);
            index = 2;
        } else {
            return null;
        }
        String version = parts.get(index++);
        boolean watch = false;
        if (index < parts.size() && parts.get(index).equals("watch")) {
            watch = true;
            index++;
        }
        List<String> rest = parts.subList(index, parts.size());
        return resourcePart(group, version, rest, watch);
    }

    private static RequestPath resourcePart(String group, String version, List<String> rest, boolean watch) {
        if (rest.isEmpty()) {
            return null;
        }
        // /namespaces/{ns}/{resource}[/{name}[/{sub}]], unless it is the namespaces resource itself
        boolean namespaceSubresource = rest.size() == 3 && rest.get(0).equals("namespaces")
                && (rest.get(2).equals("status") || rest.get(2).equals("finalize"));
        if (rest.get(0).equals("namespaces") && rest.size() >= 3 && !namespaceSubresource) {
            String namespace = rest.get(1);
            return new RequestPath(group, version, namespace, rest.get(2),
                    rest.size() > 3 ? rest.get(3) : null, rest.size() > 4 ? rest.get(4) : null, watch)
                    .checked(rest.size() <= 5);
        }
        return new RequestPath(group, version, null, rest.get(0), rest.size() > 1 ? rest.get(1) : null,
                rest.size() > 2 ? rest.get(2) : null, watch).checked(rest.size() <= 3);
    }

    private RequestPath checked(boolean valid) {
        return valid ? this : null;
    }

    private static List<String> segments(String path) {
        List<String> out = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                out.add(URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    String groupVersion() {
        return group.isEmpty() ? version : group + "/" + version;
    }
}
