package dev.windlass.sandbox.api;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.resource.ApiResource;
import dev.windlass.sandbox.store.ObjectStore;
import dev.windlass.sandbox.store.StoredObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;

/**
 * {@code limit} and {@code continue}. The first page is consistent with the resource version it
 * reports (it is read under the write lock); later pages continue after the last key of the
 * previous one and keep reporting the first page's version. The token is base64 of
 * {@code {"v":"meta.k8s.io/v1","rv":N,"start":"namespace/name"}}, the shape kube-apiserver uses.
 */
final class Paging {

    private static final int BATCH = 512;

    private Paging() {
    }

    static ObjectList page(ObjectStore store, ApiResource resource, String namespace, Predicate<MapNode> filter,
                           ListOptions options) {
        Token token = options.continueToken() == null || options.continueToken().isEmpty()
                ? null : Token.decode(options.continueToken());
        int limit = options.limit() <= 0 ? Integer.MAX_VALUE : (int) Math.min(options.limit(), Integer.MAX_VALUE - 1);
        return store.inTransaction(() -> {
            long version = token == null ? store.currentVersion() : token.version();
            List<MapNode> items = new ArrayList<>();
            String after = token == null ? null : token.start();
            String lastKey = null;
            while (items.size() < limit) {
                List<StoredObject> batch = store.list(resource.group(), resource.plural(), namespace, after, BATCH);
                for (StoredObject stored : batch) {
                    if (items.size() == limit) {
                        return new ObjectList(items, version, new Token(version, lastKey).encode(), -1);
                    }
                    lastKey = stored.key().namespace() + "/" + stored.key().name();
                    MapNode object = Versions.as(resource, stored.object());
                    if (filter.test(object)) {
                        items.add(object);
                    }
                }
                if (batch.size() < BATCH) {
                    return new ObjectList(items, version, null, -1);
                }
                after = lastKey;
            }
            boolean more = !store.list(resource.group(), resource.plural(), namespace, lastKey, 1).isEmpty();
            return new ObjectList(items, version, more ? new Token(version, lastKey).encode() : null, -1);
        });
    }

    /** The decoded continue token. */
    record Token(long version, String start) {

        String encode() {
            MapNode json = MapNode.of("v", "meta.k8s.io/v1", "rv", version, "start", start);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(WireJson.bytes(json));
        }

        static Token decode(String text) {
            try {
                Node json = WireJson.parse(Base64.getUrlDecoder().decode(text.replace('+', '-').replace('/', '_')
                        .replace("=", "")));
                MapNode map = json.asMap().orElseThrow(IllegalArgumentException::new);
                long version = map.get("rv").map(n -> Long.parseLong(n.toString())).orElseThrow();
                String start = map.getText("start").filter(s -> s.contains("/")).orElseThrow();
                return new Token(version, start);
            } catch (RuntimeException e) {
                throw ApiException.badRequest("continue key is not valid: the token was not issued by this server; "
                        + "start the list again without continue");
            }
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
