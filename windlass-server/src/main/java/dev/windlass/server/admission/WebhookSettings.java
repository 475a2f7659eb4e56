package dev.windlass.server.admission;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What goes into the webhook configuration: where the API server reaches the webhook (a Service, or a
 * URL for a webhook outside the cluster), the CA it trusts, and the failure behaviour.
 *
 * @param name the configuration's name
 * @param service the Service's name (with {@code url} empty)
 * @param namespace the Service's namespace, always exempt from review
 * @param servicePort the Service port (443 by default)
 * @param url an {@code https://} URL instead of a Service, or empty; a URL without a path gets {@code /v1/admit}
 * @param caBundle base64 of the PEM CA, or empty when something else injects it
 * @param failurePolicy what the API server does when the webhook does not answer
 * @param timeoutSeconds how long the API server waits (Gatekeeper's chart: 3)
 * @param exemptNamespaces namespaces the API server never sends
 * @param deleteOperations whether DELETE is sent too (Gatekeeper's {@code enableDeleteOperations})
 */
public record WebhookSettings(String name, String service, String namespace, int servicePort, String url,
                              Optional<String> caBundle, FailurePolicy failurePolicy, int timeoutSeconds,
                              List<String> exemptNamespaces, boolean deleteOperations) {

    /** Windlass's configuration name, after Gatekeeper's {@code gatekeeper-validating-webhook-configuration}. */
    public static final String DEFAULT_NAME = "windlass-validating-webhook-configuration";
    public static final String DEFAULT_SERVICE = "windlass-webhook-service";
    public static final String DEFAULT_NAMESPACE = "windlass-system";
    /** Gatekeeper's {@code validatingWebhookTimeoutSeconds}. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 3;

    public WebhookSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(namespace, "namespace");
        url = normalizeUrl(Objects.requireNonNull(url, "url"));
        Objects.requireNonNull(caBundle, "caBundle");
        Objects.requireNonNull(failurePolicy, "failurePolicy");
        exemptNamespaces = List.copyOf(exemptNamespaces);
        if (timeoutSeconds < 1 || timeoutSeconds > 30) {
            throw new IllegalArgumentException("timeoutSeconds must be 1..30 (the API server's range), was " + timeoutSeconds);
        }
    }

    /** A Service-backed webhook with Gatekeeper's chart defaults (Ignore, 3 s, no DELETE). */
    public static WebhookSettings forService(String service, String namespace, int servicePort) {
        return new WebhookSettings(DEFAULT_NAME, service, namespace, servicePort, "", Optional.empty(), FailurePolicy.IGNORE,
                DEFAULT_TIMEOUT_SECONDS, List.of(), false);
    }

    /** A webhook outside the cluster at {@code url} ({@code https://host:port[/path]}). */
    public static WebhookSettings forUrl(String url) {
        return new WebhookSettings(DEFAULT_NAME, "", "", 443, url, Optional.empty(), FailurePolicy.IGNORE,
                DEFAULT_TIMEOUT_SECONDS, List.of(), false);
    }

    public WebhookSettings withCaBundle(String base64Pem) {
        return new WebhookSettings(name, service, namespace, servicePort, url, Optional.of(base64Pem), failurePolicy,
                timeoutSeconds, exemptNamespaces, deleteOperations);
    }

    public WebhookSettings withFailurePolicy(FailurePolicy value) {
        return new WebhookSettings(name, service, namespace, servicePort, url, caBundle, value, timeoutSeconds,
                exemptNamespaces, deleteOperations);
    }

    public WebhookSettings withTimeoutSeconds(int value) {
        return new WebhookSettings(name, service, namespace, servicePort, url, caBundle, failurePolicy, value,
                exemptNamespaces, deleteOperations);
    }

    public WebhookSettings withExemptNamespaces(List<String> value) {
        return new WebhookSettings(name, service, namespace, servicePort, url, caBundle, failurePolicy, timeoutSeconds,
                value, deleteOperations);
    }

    public WebhookSettings withDeleteOperations(boolean value) {
        return new WebhookSettings(name, service, namespace, servicePort, url, caBundle, failurePolicy, timeoutSeconds,
                exemptNamespaces, value);
    }

    public WebhookSettings withName(String value) {
        return new WebhookSettings(value, service, namespace, servicePort, url, caBundle, failurePolicy, timeoutSeconds,
                exemptNamespaces, deleteOperations);
    }

    private static String normalizeUrl(String url) {
        if (url.isEmpty()) {
            return url;
        }
        try {
            URI uri = new URI(url);
            if (!"https".equals(uri.getScheme()) || uri.getHost() == null || uri.getQuery() != null
                    || uri.getFragment() != null || uri.getUserInfo() != null) {
                throw new IllegalArgumentException("webhook URL '" + url + "' must be https://host[:port][/path] without "
                        + "user, query or fragment (the API server only calls https)");
            }
            String path = uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/")
                    ? AdmissionServer.ADMIT_PATH : uri.getPath();
            return "https://" + uri.getRawAuthority() + path;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("webhook URL '" + url + "' is not a URL: " + e.getMessage(), e);
        }
    }
}
