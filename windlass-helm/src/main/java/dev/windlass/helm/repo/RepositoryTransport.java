package dev.windlass.helm.repo;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one thing chart repository and OCI registry logic needs from the network: an HTTP GET. The
 * pure logic in this package (index resolution, OCI distribution flow, token auth) runs over this
 * port; {@code dev.windlass.helm.transport.HttpRepositoryTransport} is the real edge, tests use
 * in-memory fakes.
 */
public interface RepositoryTransport {

    /**
     * GETs {@code uri} with the given request headers. A non-2xx status is a normal response, not an
     * exception; an {@link IOException} means no response at all (connection refused, timeout, body
     * over the size limit).
     */
    Response get(URI uri, Map<String, String> headers) throws IOException;

    /**
     * An HTTP response.
     *
     * @param status  the status code
     * @param headers response headers; names are matched case-insensitively
     * @param body    the body bytes (possibly empty)
     */
    record Response(int status, Map<String, List<String>> headers, byte[] body) {

        public Response {
            TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.forEach((k, v) -> {
                if (k != null) {
                    copy.put(k.toLowerCase(Locale.ROOT), List.copyOf(v));
                }
            });
            headers = java.util.Collections.unmodifiableMap(copy);
            body = body.clone();
        }

        /** A response with single-valued headers. */
        public static Response of(int status, Map<String, String> headers, byte[] body) {
            Map<String, List<String>> multi = new TreeMap<>();
            headers.forEach((k, v) -> multi.put(k, List.of(v)));
            return new Response(status, multi, body);
        }

        /** The first value of header {@code name}, or null. */
        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        /** Whether the status is 2xx. */
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        @Override
        public byte[] body() {
            return body.clone();
        }
    }
}
