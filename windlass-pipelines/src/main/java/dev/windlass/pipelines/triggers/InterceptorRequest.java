package dev.windlass.pipelines.triggers;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.List;
import java.util.Map;

/**
 * What an interceptor sees: the canonical headers, the raw body and its JSON tree ({@code NullNode} when
 * empty or not JSON), the request URL (path and query), the extensions so far, and the trigger's namespace.
 */
record InterceptorRequest(Map<String, List<String>> headers, byte[] body, Node json, String requestURL,
                          MapNode extensions, String namespace) {

    String header(String name) {
        return Headers.first(headers, name);
    }

    InterceptorRequest withExtensions(MapNode more) {
        MapNode.Builder merged = extensions.toBuilder();
        more.asJavaMap().forEach(merged::put);
        return new InterceptorRequest(headers, body, json, requestURL, merged.build(), namespace);
    }
}
