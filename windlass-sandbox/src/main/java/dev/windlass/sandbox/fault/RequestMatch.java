package dev.windlass.sandbox.fault;

import java.util.Objects;
import java.util.List;

/**
 * Which requests a fault rule applies to, by Kubernetes request verb, API group ({@code ""} is the
 * core group) and resource, each of which may be {@code *}. Resources match as in RBAC rules:
 * {@code *} matches every resource and subresource, {@code pods} only pods, {@code pods/status}
 * that subresource, {@code pods/*} every subresource of pods and {@code * /status} (without the
 * space) that subresource of every resource. Non-resource requests (discovery) have resource
 * {@code ""}, which only {@code *} matches.
 */
public record RequestMatch(String verb, String group, String resource) {

    public static final String ANY = "*";
    /** The request verbs of the Kubernetes API server. */
    public static final List<String> VERBS =
            List.of("get", "list", "watch", "create", "update", "patch", "delete", "deletecollection");
    public static final RequestMatch ALL = new RequestMatch(ANY, ANY, ANY);

    public RequestMatch {
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(resource, "resource");
        if (!verb.equals(ANY) && !VERBS.contains(verb)) {
            throw new IllegalArgumentException("verb \"" + verb + "\" is not a Kubernetes request verb; use one of "
                    + String.join(", ", VERBS) + " or *");
        }
        if (resource.isEmpty()) {
            throw new IllegalArgumentException("resource is empty; give a resource such as pods, or *");
        }
    }

    /** Any verb on {@code resource} in {@code group}. */
    public static RequestMatch resource(String group, String resource) {
        return new RequestMatch(ANY, group, resource);
    }

    public boolean matches(String requestVerb, String requestGroup, String requestResource) {
        return (verb.equals(ANY) || verb.equals(requestVerb))
                && (group.equals(ANY) || group.equals(requestGroup))
                && resourceMatches(requestResource);
    }

    private boolean resourceMatches(String requested) {
        if (resource.equals(ANY) || resource.equals(requested)) {
            return true;
        }
        int slash = requested.indexOf('/');
        if (slash < 0) {
            return false;
        }
        return resource.equals(requested.substring(0, slash) + "/*")
                || resource.equals("*/" + requested.substring(slash + 1));
    }
}
