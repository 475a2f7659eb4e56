package dev.windlass.server.admission;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The webhook's routes: {@code POST /v1/admit} (an AdmissionReview in, one out), {@code GET /healthz} and
 * {@code GET /readyz}. Bodies are bounded (413), malformed ones refused (400); a review that runs past the
 * request timeout is answered by the handler's error policy.
 */
final class AdmissionRoutes implements HttpHandler {

    static final String ADMIT_PATH = "/v1/admit";

    private final AdmissionHandler handler;
    private final AdmissionOptions options;
    private final ExecutorService evaluations;
    private final Consumer<String> decisions;

    AdmissionRoutes(AdmissionHandler handler, AdmissionOptions options, ExecutorService evaluations,
                    Consumer<String> decisions) {
        this.handler = handler;
        this.options = options;
        this.evaluations = evaluations;
        this.decisions = decisions;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals("/healthz") || path.equals("/readyz")) {
                health(exchange, method, path);
            } else if (path.equals(ADMIT_PATH)) {
                admit(exchange, method);
            } else {
                sendStatus(exchange, 404, "NotFound", AdmissionMessages.NOT_FOUND);
            }
        }
    }

    private void health(HttpExchange exchange, String method, String path) throws IOException {
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            sendStatus(exchange, 405, "MethodNotAllowed", AdmissionMessages.methodNotAllowed(method, path, "GET"));
            return;
        }
        byte[] ok = "ok".getBytes(StandardCharsets.US_ASCII);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(200, method.equals("HEAD") ? -1 : ok.length);
        if (!method.equals("HEAD")) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(ok);
            }
        }
    }

    private void admit(HttpExchange exchange, String method) throws IOException {
        if (!method.equals("POST")) {
            exchange.getResponseHeaders().set("Allow", "POST");
            sendStatus(exchange, 405, "MethodNotAllowed", AdmissionMessages.methodNotAllowed(method, ADMIT_PATH, "POST"));
            return;
        }
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type != null && !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            sendStatus(exchange, 415, "UnsupportedMediaType", AdmissionMessages.unsupportedContentType(type));
            return;
        }
        String body = body(exchange);
        if (body == null) {
            return;
        }
        AdmissionRequest request;
        try {
            request = AdmissionReviewJson.parse(body, options.maxRequestBytes());
        } catch (AdmissionReviewJson.BadReview e) {
            sendStatus(exchange, 400, "BadRequest", e.getMessage());
            return;
        }
        long start = System.nanoTime();
        AdmissionResponse response = decide(request);
        decisions.accept(AdmissionMessages.decisionLine(request, response,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)));
        send(exchange, 200, AdmissionReviewJson.write(response));
    }

    private AdmissionResponse decide(AdmissionRequest request) {
        CompletableFuture<AdmissionResponse> review = CompletableFuture.supplyAsync(() -> handler.handle(request), evaluations);
        try {
            return review.get(options.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            review.cancel(true);
            return handler.failed(request, List.of(AdmissionMessages.timedOut(options.requestTimeout().toMillis())), List.of());
        } catch (ExecutionException e) {
            return handler.failed(request, List.of(String.valueOf(e.getCause())), List.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            review.cancel(true);
            return handler.failed(request, List.of("the webhook is shutting down"), List.of());
        }
    }

    /** The body as UTF-8, or null after answering 413 (too large) or 400 (not UTF-8). */
    private String body(HttpExchange exchange) throws IOException {
        long max = options.maxRequestBytes();
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null && declared.matches("\\d{1,18}") && Long.parseLong(declared) > max) {
            sendStatus(exchange, 413, "RequestEntityTooLarge", AdmissionMessages.tooLarge(max));
            return null;
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        try (InputStream in = exchange.getRequestBody()) {
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                if (buffer.size() + n > max) {
                    sendStatus(exchange, 413, "RequestEntityTooLarge", AdmissionMessages.tooLarge(max));
                    return null;
                }
                buffer.write(chunk, 0, n);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(buffer.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            sendStatus(exchange, 400, "BadRequest", "the request body is not UTF-8 text; send an AdmissionReview as JSON");
            return null;
        }
    }

    static void sendStatus(HttpExchange exchange, int code, String reason, String message) throws IOException {
        send(exchange, code, AdmissionReviewJson.status(code, reason, message));
    }

    private static void send(HttpExchange exchange, int code, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(code, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
