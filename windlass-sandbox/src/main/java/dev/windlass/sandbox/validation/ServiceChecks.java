package dev.windlass.sandbox.validation;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.ApiException.Cause;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * kube-apiserver's create checks of a Service's spec: ports required unless the service is
 * headless or of type ExternalName, port names (DNS labels, required and unique when there are
 * several), port numbers, protocols, target ports, {@code (protocol, port)} pairs unique, node
 * ports only off ClusterIP, an external name for ExternalName, and a known type.
 */
final class ServiceChecks {

    private static final List<String> PROTOCOLS = List.of("SCTP", "TCP", "UDP");
    private static final List<String> TYPES = List.of("ClusterIP", "ExternalName", "LoadBalancer", "NodePort");
    private static final Pattern PORT_NAME_CHARS = Pattern.compile("[-a-z0-9]+");
    private static final Pattern HAS_LETTER = Pattern.compile(".*[a-z].*");

    private ServiceChecks() {
    }

    static List<Cause> check(MapNode service) {
        MapNode spec = ImmutableFields.spec(service);
        String type = spec.getText("type").orElse("ClusterIP");
        boolean headless = ServiceIps.clusterIps(spec).equals(List.of("None"));
        List<Node> ports = PodUpdateRules.items(spec, "ports");
        List<Cause> causes = new ArrayList<>();
        if (ports.isEmpty() && !headless && !type.equals("ExternalName")) {
            causes.add(FieldErrors.required("spec.ports", ""));
        }
        if (type.equals("ExternalName") && spec.getText("externalName").orElse("").isEmpty()) {
            causes.add(FieldErrors.required("spec.externalName", ""));
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < ports.size(); i++) {
            causes.addAll(port("spec.ports[" + i + "]", ports.get(i).asMap().orElse(MapNode.empty()), ports.size() > 1,
                    names, type));
        }
        causes.addAll(duplicatePorts(ports));
        if (!TYPES.contains(type)) {
            causes.add(FieldErrors.notSupported("spec.type", type, TYPES));
        }
        return causes;
    }

    private static List<Cause> port(String path, MapNode port, boolean nameRequired, Set<String> names, String type) {
        List<Cause> causes = new ArrayList<>();
        String name = port.getText("name").orElse("");
        if (nameRequired && name.isEmpty()) {
            causes.add(FieldErrors.required(path + ".name", ""));
        } else if (!name.isEmpty()) {
            causes.addAll(FieldErrors.invalidEach(path + ".name", name, Syntax.dnsLabel(name)));
            if (!names.add(name)) {
                causes.add(FieldErrors.duplicate(path + ".name", name));
            }
        }
        long number = PodUpdateRules.number(port, "port").orElse(0L);
        Syntax.portNumber(number).forEach(m -> causes.add(FieldErrors.invalid(path + ".port", number, m)));
        String protocol = port.getText("protocol").orElse("TCP");
        if (!PROTOCOLS.contains(protocol)) {
            causes.add(FieldErrors.notSupported(path + ".protocol", protocol, PROTOCOLS));
        }
        port.get("targetPort").ifPresent(target -> causes.addAll(targetPort(path + ".targetPort", target)));
        if (type.equals("ClusterIP") && PodUpdateRules.number(port, "nodePort").orElse(0L) != 0) {
            causes.add(FieldErrors.forbidden(path + ".nodePort", "may not be used when `type` is 'ClusterIP'"));
        }
        return causes;
    }

    private static List<Cause> targetPort(String path, Node target) {
        if (target.asText().isPresent()) {
            String name = target.asText().get();
            List<Cause> causes = new ArrayList<>();
            portNameErrors(name).forEach(m -> causes.add(FieldErrors.invalid(path, name, m)));
            return causes;
        }
        long number;
        try {
            number = Long.parseLong(target.toString());
        } catch (NumberFormatException e) {
            return List.of(FieldErrors.invalid(path, target, "must be an integer or a port name"));
        }
        List<Cause> causes = new ArrayList<>();
        Syntax.portNumber(number).forEach(m -> causes.add(FieldErrors.invalid(path, number, m)));
        return causes;
    }

    /** apimachinery's {@code IsValidPortName} messages. */
    static List<String> portNameErrors(String name) {
        List<String> errors = new ArrayList<>();
        if (name.length() > 15) {
            errors.add(Syntax.maxLength(15));
        }
        if (!PORT_NAME_CHARS.matcher(name).matches()) {
            errors.add("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
        }
        if (!HAS_LETTER.matcher(name).matches()) {
            errors.add("must contain at least one letter (a-z)");
        }
        if (name.contains("--")) {
            errors.add("must not contain consecutive hyphens");
        }
        if (!name.isEmpty() && (name.startsWith("-") || name.endsWith("-"))) {
            errors.add("must not begin or end with a hyphen");
        }
        return errors;
    }

    private static List<Cause> duplicatePorts(List<Node> ports) {
        List<Cause> causes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ports.size(); i++) {
            MapNode port = ports.get(i).asMap().orElse(MapNode.empty());
            String protocol = port.getText("protocol").orElse("TCP");
            long number = PodUpdateRules.number(port, "port").orElse(0L);
            if (!seen.add(protocol + "/" + number)) {
                String shown = "{\"Name\":\"\",\"Protocol\":" + FieldErrors.quote(protocol)
                        + ",\"AppProtocol\":null,\"Port\":" + number + ",\"TargetPort\":0,\"NodePort\":0}";
                causes.add(FieldErrors.duplicate("spec.ports[" + i + "]", new FieldErrors.Rendered(shown)));
            }
        }
        return causes;
    }
}
