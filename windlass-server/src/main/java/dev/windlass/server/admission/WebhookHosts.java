package dev.windlass.server.admission;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The host names a webhook's serving certificate names, and telling IP literals from DNS names. */
final class WebhookHosts {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private WebhookHosts() {
    }

    /**
     * The names the API server and local clients use: {@code SERVICE.NAMESPACE.svc} first (the name
     * Gatekeeper's cert-controller puts in the certificate), {@code SERVICE.NAMESPACE.svc.cluster.local},
     * then {@code localhost} and {@code 127.0.0.1}, then any extra names (IPv6 brackets removed); duplicates dropped.
     */
    static List<String> forService(String service, String namespace, List<String> extra) {
        Set<String> hosts = new LinkedHashSet<>();
        hosts.add(service + "." + namespace + ".svc");
        hosts.add(service + "." + namespace + ".svc.cluster.local");
        hosts.add("localhost");
        hosts.add("127.0.0.1");
        for (String host : extra) {
            if (host != null && !host.isEmpty()) {
                hosts.add(host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host);
            }
        }
        return List.copyOf(new ArrayList<>(hosts));
    }

    static boolean isIpLiteral(String host) {
        return IPV4.matcher(host).matches() || host.contains(":");
    }
}
