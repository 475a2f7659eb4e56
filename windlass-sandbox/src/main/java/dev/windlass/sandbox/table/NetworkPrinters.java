package dev.windlass.sandbox.table;

import dev.windlass.model.tree.MapNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Columns of Services and Ingresses. */
final class NetworkPrinters {

    static final Printer SERVICE = new Printer(List.of(Column.NAME,
            Column.string("Type", "type determines how the Service is exposed."),
            Column.string("Cluster-IP", "clusterIP is the IP address of the service and is usually assigned"
                    + " randomly."),
            Column.string("External-IP", "externalIPs is a list of IP addresses for which nodes in the cluster"
                    + " will also accept traffic for this service."),
            Column.string("Port(s)", "The list of ports that are exposed by this service."),
            Column.AGE,
            Column.wide("Selector", "Route service traffic to pods with label keys and values matching this"
                    + " selector.")), NetworkPrinters::service);

    static final Printer INGRESS = new Printer(List.of(Column.NAME,
            Column.string("Class", "The name of the IngressClass resource that should be used for additional"
                    + " configuration"),
            Column.string("Hosts", "Hosts that incoming requests are matched against before the ingress rule"),
            Column.string("Address", "Address is a list containing ingress points for the load-balancer"),
            Column.string("Ports", "Ports of TLS configurations that open"),
            Column.AGE), NetworkPrinters::ingress);

    private NetworkPrinters() {
    }

    private static Row service(MapNode svc, Instant now) {
        List<String> clusterIps = texts(svc, "spec", "clusterIPs");
        String ports = ports(Fields.maps(svc, "spec", "ports"));
        return Row.of(Fields.name(svc), Fields.text(svc, "spec", "type"),
                clusterIps.isEmpty() ? "<none>" : clusterIps.get(0), externalIp(svc), ports.isEmpty() ? "<none>" : ports,
                Fields.age(svc, now), Fields.formatLabels(Fields.map(svc, "spec", "selector")));
    }

    /** {@code <none>} without external IPs, {@code <pending>} for a load balancer not yet provisioned. */
    static String externalIp(MapNode svc) {
        List<String> external = texts(svc, "spec", "externalIPs");
        switch (Fields.text(svc, "spec", "type")) {
            case "ClusterIP", "NodePort":
                return external.isEmpty() ? "<none>" : String.join(",", external);
            case "LoadBalancer":
                String lb = loadBalancer(Fields.maps(svc, "status", "loadBalancer", "ingress"));
                if (!external.isEmpty()) {
                    List<String> all = new ArrayList<>();
                    if (!lb.isEmpty()) {
                        all.addAll(List.of(lb.split(",")));
                    }
                    all.addAll(external);
                    return String.join(",", all);
                }
                return lb.isEmpty() ? "<pending>" : lb;
            case "ExternalName":
                return Fields.text(svc, "spec", "externalName");
            default:
                return "<unknown>";
        }
    }

    /** {@code 80/TCP}, or {@code 80:30080/TCP} with a node port, joined by commas. */
    static String ports(List<MapNode> ports) {
        List<String> pieces = new ArrayList<>();
        for (MapNode port : ports) {
            long nodePort = Fields.integer(port, "nodePort");
            String protocol = Fields.text(port, "protocol");
            long number = Fields.integer(port, "port");
            pieces.add(nodePort > 0 ? number + ":" + nodePort + "/" + protocol : number + "/" + protocol);
        }
        return String.join(",", pieces);
    }

    /** Sorted, de-duplicated IPs or host names; the server prints wide, so nothing is cut. */
    private static String loadBalancer(List<MapNode> ingress) {
        TreeSet<String> addresses = new TreeSet<>();
        for (MapNode entry : ingress) {
            String ip = Fields.text(entry, "ip");
            String host = Fields.text(entry, "hostname");
            if (!ip.isEmpty()) {
                addresses.add(ip);
            } else if (!host.isEmpty()) {
                addresses.add(host);
            }
        }
        return String.join(",", addresses);
    }

    private static Row ingress(MapNode ing, Instant now) {
        List<MapNode> rules = Fields.maps(ing, "spec", "rules");
        String ports = Fields.list(ing, "spec", "tls").isEmpty() ? "80" : "80, 443";
        return Row.of(Fields.name(ing), Fields.optText(ing, "spec", "ingressClassName").orElse("<none>"), hosts(rules),
                loadBalancer(Fields.maps(ing, "status", "loadBalancer", "ingress")), ports, Fields.age(ing, now));
    }

    /** Up to three rule hosts, {@code *} when no rule names one, then {@code + N more...}. */
    private static String hosts(List<MapNode> rules) {
        List<String> list = new ArrayList<>();
        boolean more = false;
        for (MapNode rule : rules) {
            if (list.size() == 3) {
                more = true;
            }
            String host = Fields.text(rule, "host");
            if (!more && !host.isEmpty()) {
                list.add(host);
            }
        }
        if (list.isEmpty()) {
            return "*";
        }
        String joined = String.join(",", list);
        return more ? joined + " + " + (rules.size() - 3) + " more..." : joined;
    }

    static List<String> texts(MapNode object, String... path) {
        List<String> out = new ArrayList<>();
        Fields.list(object, path).forEach(n -> n.asText().ifPresent(out::add));
        return out;
    }
}
