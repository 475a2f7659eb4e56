package dev.windlass.sandbox.http;

/** Kubernetes' request verbs, as RBAC and audit name them. */
enum Verb {
    GET, LIST, WATCH, CREATE, UPDATE, PATCH, DELETE, DELETECOLLECTION;

    String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Verb of(String method, RequestPath path, Query query) {
        boolean named = path.name() != null;
        return switch (method) {
            case "GET", "HEAD" -> path.watch() || query.flag("watch") ? WATCH : named ? GET : LIST;
            case "POST" -> CREATE;
            case "PUT" -> UPDATE;
            case "PATCH" -> PATCH;
            case "DELETE" -> named ? DELETE : DELETECOLLECTION;
            default -> null;
        };
    }
}
