package dev.windlass.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.api.ObjectList;
import dev.windlass.sandbox.api.WireJson;
import dev.windlass.sandbox.resource.ApiResource;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Streams a {@code <Kind>List} without building one tree of all items. */
final class ListWriter {

    private ListWriter() {
    }

    static void write(HttpExchange exchange, ApiResource resource, ObjectList list) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache, private");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = new BufferedOutputStream(exchange.getResponseBody(), 64 * 1024)) {
            out.write(head(resource, list).getBytes(StandardCharsets.UTF_8));
            boolean first = true;
            for (MapNode item : list.items()) {
                if (!first) {
                    out.write(',');
                }
                first = false;
                WireJson.write(item, out);
            }
            out.write("]}".getBytes(StandardCharsets.UTF_8));
        }
        exchange.close();
    }

    private static String head(ApiResource resource, ObjectList list) {
        MapNode.Builder metadata = MapNode.builder()
                .put("resourceVersion", dev.windlass.model.tree.Node.of(Long.toString(list.resourceVersion())));
        if (list.hasMore()) {
            metadata.put("continue", dev.windlass.model.tree.Node.of(list.continueToken()));
        }
        String meta = WireJson.text(metadata.build());
        return "{\"kind\":\"" + resource.listKind() + "\",\"apiVersion\":\"" + resource.groupVersion()
                + "\",\"metadata\":" + meta + ",\"items\":[";
    }
}
