package dev.windlass.server.admission;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the admission server listens and bounds its work.
 *
 * @param host the address to bind, {@code 0.0.0.0} for every interface
 * @param port the port, 0 for a free one
 * @param maxRequestBytes the largest AdmissionReview read; larger bodies are answered 413
 * @param requestTimeout how long one review may take before the {@link ErrorPolicy} answers; keep it below
 *                       the configuration's {@code timeoutSeconds}, or the API server gives up first and
 *                       applies the {@code failurePolicy}
 * @param threads requests reviewed at once (Gatekeeper caps its serving threads at GOMAXPROCS)
 * @param queue requests waiting for a thread before further ones are answered 503
 * @param tlsProtocols the TLS versions offered (Gatekeeper's {@code --tls-min-version} defaults to 1.3)
 */
public record AdmissionOptions(String host, int port, long maxRequestBytes, Duration requestTimeout, int threads, int queue,
                               List<String> tlsProtocols) {

    /** 3 MiB: the API server's own request size limit, so no real AdmissionReview is refused. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 3L << 20;
    /** Half a second under Gatekeeper's 3 s webhook timeout, so the webhook's own answer arrives first. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofMillis(2500);

    /** Every interface, port 8443, the limits above, one thread per processor, TLS 1.3 only. */
    public static final AdmissionOptions DEFAULT = new AdmissionOptions("0.0.0.0", 8443, DEFAULT_MAX_REQUEST_BYTES,
            DEFAULT_REQUEST_TIMEOUT, Runtime.getRuntime().availableProcessors(), 64, List.of("TLSv1.3"));

    public AdmissionOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        if (maxRequestBytes < 1 || maxRequestBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxRequestBytes must be positive and below 2 GiB, was " + maxRequestBytes);
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("requestTimeout must be positive, was " + requestTimeout);
        }
        if (threads < 1 || queue < 0) {
            throw new IllegalArgumentException("threads must be at least 1 and queue at least 0");
        }
        tlsProtocols = List.copyOf(tlsProtocols);
        if (tlsProtocols.isEmpty()) {
            throw new IllegalArgumentException("tlsProtocols must name at least one protocol, e.g. TLSv1.3");
        }
    }

    public AdmissionOptions withHost(String value) {
        return new AdmissionOptions(value, port, maxRequestBytes, requestTimeout, threads, queue, tlsProtocols);
    }

    public AdmissionOptions withPort(int value) {
        return new AdmissionOptions(host, value, maxRequestBytes, requestTimeout, threads, queue, tlsProtocols);
    }

    public AdmissionOptions withMaxRequestBytes(long value) {
        return new AdmissionOptions(host, port, value, requestTimeout, threads, queue, tlsProtocols);
    }

    public AdmissionOptions withRequestTimeout(Duration value) {
        return new AdmissionOptions(host, port, maxRequestBytes, value, threads, queue, tlsProtocols);
    }

    public AdmissionOptions withThreads(int value) {
        return new AdmissionOptions(host, port, maxRequestBytes, requestTimeout, value, queue, tlsProtocols);
    }

    /** TLS 1.2 and 1.3 ({@code --tls-min-version 1.2}) or 1.3 only. */
    public AdmissionOptions withTlsMinVersion(String version) {
        List<String> protocols = switch (version) {
            case "1.2" -> List.of("TLSv1.3", "TLSv1.2");
            case "1.3" -> List.of("TLSv1.3");
            default -> throw new IllegalArgumentException("TLS minimum version must be 1.2 or 1.3, was " + version);
        };
        return new AdmissionOptions(host, port, maxRequestBytes, requestTimeout, threads, queue, protocols);
    }
}
