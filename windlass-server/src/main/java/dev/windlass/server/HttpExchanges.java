package dev.windlass.server;

import com.sun.net.httpserver.HttpExchange;
import dev.windlass.model.tree.Node;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reading requests and writing JSON answers on the JDK HTTP server, with every read bounded. */
final class HttpExchanges {

    private HttpExchanges() {
    }

    /** A request that cannot be served, with the answer to send instead. */
    static final class Refused extends Exception {
        private final ApiError error;
        private final String allow;

        Refused(ApiError error) {
            this(error, "");
        }

        /** A 405 answer with the methods the path does allow. */
        Refused(ApiError error, String allow) {
            super(error.message());
            this.error = error;
            this.allow = allow;
        }

        ApiError error() {
            return error;
        }

        String allow() {
            return allow;
        }
    }

    /** The request body as UTF-8 text, refused with 413 beyond {@code maxBytes} and 400 when not UTF-8. */
    static String body(HttpExchange exchange, int maxBytes) throws IOException, Refused {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null && declared.matches("\\d{1,18}") && Long.parseLong(declared) > maxBytes) {
            throw new Refused(ApiError.tooLarge(ServerMessages.bodyTooLarge(maxBytes)));
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        try (InputStream in = exchange.getRequestBody()) {
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                if (buffer.size() + n > maxBytes) {
                    throw new Refused(ApiError.tooLarge(ServerMessages.bodyTooLarge(maxBytes)));
                }
                buffer.write(chunk, 0, n);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(buffer.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new Refused(ApiError.badRequest(ServerMessages.BODY_NOT_UTF8));
        }
    }

    /** The query parameters; the last value of a repeated one wins. */
    static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> params = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.put(decode(key, true), decode(value, true));
        }
        return params;
    }

    /** Percent-decodes a path segment ({@code +} stays a plus) or a query part ({@code +} is a space). */
    static String decode(String raw, boolean query) {
        String text = query ? raw : raw.replace("+", "%2B");
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }

    static void sendJson(HttpExchange exchange, int status, Node body) throws IOException {
        byte[] bytes = ApiJson.write(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static void sendError(HttpExchange exchange, ApiError error) throws IOException {
        if (error.httpStatus() == 401) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"windlass\"");
        }
        sendJson(exchange, error.httpStatus(), error.body());
    }
}
