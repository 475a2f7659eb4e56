package dev.windlass.helm.repo;

import dev.windlass.helm.HelmException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Authenticated GETs against one kind of OCI registry conversation: sends the request, and on a
 * {@code 401} answers the {@code WWW-Authenticate} challenge — Bearer (fetch a token from the
 * realm with the service and scope, using basic credentials if configured) or Basic — and retries
 * once. Tokens are remembered per host and scope for the session.
 */
final class RegistrySession {

    private final RepositoryTransport transport;
    private final Map<String, RegistryCredentials> credentials;
    private final Map<String, String> authorization = new ConcurrentHashMap<>();

    RegistrySession(RepositoryTransport transport, Map<String, RegistryCredentials> credentials) {
        this.transport = transport;
        this.credentials = Map.copyOf(credentials);
    }

    /** GETs {@code uri} for {@code scope} (e.g. {@code repository:charts/x:pull}), authenticating as needed. */
    RepositoryTransport.Response get(URI uri, Map<String, String> headers, String scope) throws HelmException {
        String key = hostKey(uri) + " " + scope;
        Map<String, String> h = new LinkedHashMap<>(headers);
        String known = authorization.get(key);
        if (known != null) {
            h.put("Authorization", known);
        }
        RepositoryTransport.Response response = send(uri, h);
        if (response.status() != 401) {
            return response;
        }
        String auth = answer(uri, AuthChallenge.parse(response.header("WWW-Authenticate")), scope);
        if (auth == null) {
            return response;
        }
        authorization.put(key, auth);
        h.put("Authorization", auth);
        return send(uri, h);
    }

    private String answer(URI uri, AuthChallenge challenge, String scope) throws HelmException {
        RegistryCredentials creds = credentials.get(hostKey(uri));
        if (challenge.scheme().equals("basic")) {
            return creds == null ? null : creds.basicHeader();
        }
        if (!challenge.scheme().equals("bearer") || challenge.parameter("realm").isEmpty()) {
            return null;
        }
        return "Bearer " + token(challenge, scope.isEmpty() ? challenge.parameter("scope") : scope);
    }

    private String token(AuthChallenge challenge, String scope) throws HelmException {
        String realm = challenge.parameter("realm");
        StringBuilder query = new StringBuilder();
        if (!challenge.parameter("service").isEmpty()) {
            query.append("service=").append(encode(challenge.parameter("service")));
        }
        if (!scope.isEmpty()) {
            query.append(query.length() == 0 ? "" : "&").append("scope=").append(encode(scope));
        }
        URI tokenUri = URI.create(realm + (query.length() == 0 ? "" : (realm.contains("?") ? "&" : "?") + query));
        Map<String, String> h = new LinkedHashMap<>();
        RegistryCredentials creds = credentials.get(hostKey(tokenUri));
        if (creds != null) {
            h.put("Authorization", creds.basicHeader());
        }
        RepositoryTransport.Response response = send(tokenUri, h);
        if (!response.ok()) {
            throw new HelmException("failed to fetch anonymous token: GET \"" + tokenUri + "\": response status code "
                    + response.status() + ": " + HttpStatusText.status(response.status()));
        }
        try {
            if (JsonTree.parse(response.body()) instanceof Map<?, ?> json) {
                Object token = json.get("token") != null ? json.get("token") : json.get("access_token");
                if (token instanceof String s && !s.isEmpty()) {
                    return s;
                }
            }
        } catch (IOException e) {
            throw new HelmException("invalid token response from " + tokenUri + ": " + e.getMessage(), e);
        }
        throw new HelmException("invalid token response from " + tokenUri + ": no token");
    }

    private RepositoryTransport.Response send(URI uri, Map<String, String> headers) throws HelmException {
        try {
            return transport.get(uri, headers);
        } catch (IOException e) {
            throw new HelmException("GET \"" + uri + "\": " + e.getMessage(), e);
        }
    }

    static String hostKey(URI uri) {
        return uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
