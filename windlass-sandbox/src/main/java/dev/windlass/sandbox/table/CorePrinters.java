package dev.windlass.sandbox.table;

import dev.windlass.model.tree.MapNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Columns of core kinds: Namespace, ConfigMap, Secret, ServiceAccount, Node, PersistentVolume(Claim). */
final class CorePrinters {

    static final Printer NAMESPACE = new Printer(List.of(Column.NAME,
            Column.string("Status", "The status of the namespace"), Column.AGE),
            (ns, now) -> Row.of(Fields.name(ns), Fields.text(ns, "status", "phase"), Fields.age(ns, now)));

    static final Printer CONFIG_MAP = new Printer(List.of(Column.NAME,
            Column.string("Data", "Data contains the configuration data."), Column.AGE),
            (cm, now) -> Row.of(Fields.name(cm),
                    (long) (Fields.map(cm, "data").size() + Fields.map(cm, "binaryData").size()), Fields.age(cm, now)));

    static final Printer SECRET = new Printer(List.of(Column.NAME,
            Column.string("Type", "Used to facilitate programmatic handling of secret data."),
            Column.string("Data", "Data contains the secret data."), Column.AGE),
            (s, now) -> Row.of(Fields.name(s), Fields.text(s, "type"), (long) Fields.map(s, "data").size(),
                    Fields.age(s, now)));

    static final Printer SERVICE_ACCOUNT = new Printer(List.of(Column.NAME,
            Column.string("Secrets", "Secrets is a list of the secrets in the same namespace that pods running"
                    + " using this ServiceAccount are allowed to use."), Column.AGE),
            (sa, now) -> Row.of(Fields.name(sa), (long) Fields.list(sa, "secrets").size(), Fields.age(sa, now)));

    static final Printer NODE = new Printer(List.of(Column.NAME,
            Column.string("Status", "The status of the node"),
            Column.string("Roles", "The roles of the node"),
            Column.AGE,
            Column.string("Version", "Kubelet Version reported by the node."),
            Column.wide("Internal-IP", "List of addresses reachable to the node."),
            Column.wide("External-IP", "List of addresses reachable to the node."),
            Column.wide("OS-Image", "OS Image reported by the node from /etc/os-release."),
            Column.wide("Kernel-Version", "Kernel Version reported by the node from 'uname -r'."),
            Column.wide("Container-Runtime", "ContainerRuntime Version reported by the node through runtime"
                    + " remote API.")), CorePrinters::node);

    static final Printer PERSISTENT_VOLUME = new Printer(List.of(Column.NAME,
            Column.string("Capacity", "capacity is the description of the persistent volume's resources and"
                    + " capacity."),
            Column.string("Access Modes", "accessModes contains all ways the volume can be mounted."),
            Column.string("Reclaim Policy", "persistentVolumeReclaimPolicy defines what happens to a persistent"
                    + " volume when released from its claim."),
            Column.string("Status", "phase indicates if a volume is available, bound to a claim, or released by"
                    + " a claim."),
            Column.string("Claim", "claimRef is part of a bi-directional binding between PersistentVolume and"
                    + " PersistentVolumeClaim."),
            Column.string("StorageClass", "StorageClass of the pv"),
            Column.string("VolumeAttributesClass", "VolumeAttributesClass of the pv"),
            Column.string("Reason", "reason is a brief CamelCase string that describes any failure and is meant"
                    + " for machine parsing and tidy display in the CLI."),
            Column.AGE,
            Column.wide("VolumeMode", "volumeMode defines if a volume is intended to be used with a formatted"
                    + " filesystem or to remain in raw block state.")), CorePrinters::persistentVolume);

    static final Printer PERSISTENT_VOLUME_CLAIM = new Printer(List.of(Column.NAME,
            Column.string("Status", "phase represents the current phase of PersistentVolumeClaim."),
            Column.string("Volume", "volumeName is the binding reference to the PersistentVolume backing this"
                    + " claim."),
            Column.string("Capacity", "capacity represents the actual resources of the underlying volume."),
            Column.string("Access Modes", "accessModes contains the actual access modes the volume backing the"
                    + " PVC has."),
            Column.string("StorageClass", "StorageClass of the pvc"),
            Column.string("VolumeAttributesClass", "VolumeAttributesClass of the pvc"),
            Column.AGE,
            Column.wide("VolumeMode", "volumeMode defines what type of volume is required by the claim.")),
            CorePrinters::persistentVolumeClaim);

    private static final String STORAGE_CLASS_ANNOTATION = "volume.beta.kubernetes.io/storage-class";

    private CorePrinters() {
    }

    private static Row node(MapNode node, Instant now) {
        List<String> status = new ArrayList<>();
        for (MapNode condition : Fields.maps(node, "status", "conditions")) {
            if ("Ready".equals(Fields.text(condition, "type"))) {
                status.clear();
                status.add("True".equals(Fields.text(condition, "status")) ? "Ready" : "NotReady");
            }
        }
        if (status.isEmpty()) {
            status.add("Unknown");
        }
        if (Fields.bool(node, "spec", "unschedulable")) {
            status.add("SchedulingDisabled");
        }
        MapNode info = Fields.map(node, "status", "nodeInfo");
        return Row.of(Fields.name(node), String.join(",", status), roles(node), Fields.age(node, now),
                Fields.text(info, "kubeletVersion"), address(node, "InternalIP"), address(node, "ExternalIP"),
                unknownIfEmpty(Fields.text(info, "osImage")), unknownIfEmpty(Fields.text(info, "kernelVersion")),
                unknownIfEmpty(Fields.text(info, "containerRuntimeVersion")));
    }

    /** Roles from {@code node-role.kubernetes.io/<role>} keys and the {@code kubernetes.io/role} value, sorted. */
    private static String roles(MapNode node) {
        TreeSet<String> roles = new TreeSet<>();
        Fields.map(node, "metadata", "labels").asJavaMap().forEach((key, value) -> {
            String text = value.asText().orElse("");
            if (key.startsWith("node-role.kubernetes.io/") && key.length() > "node-role.kubernetes.io/".length()) {
                roles.add(key.substring("node-role.kubernetes.io/".length()));
            } else if (key.equals("kubernetes.io/role") && !text.isEmpty()) {
                roles.add(text);
            }
        });
        return roles.isEmpty() ? "<none>" : String.join(",", roles);
    }

    private static String address(MapNode node, String type) {
        for (MapNode address : Fields.maps(node, "status", "addresses")) {
            if (type.equals(Fields.text(address, "type"))) {
                return Fields.text(address, "address");
            }
        }
        return "<none>";
    }

    private static Row persistentVolume(MapNode pv, Instant now) {
        String claim = "";
        if (Fields.at(pv, "spec", "claimRef").isPresent()) {
            claim = Fields.text(pv, "spec", "claimRef", "namespace") + "/" + Fields.text(pv, "spec", "claimRef", "name");
        }
        String phase = Fields.deleting(pv) ? "Terminating" : Fields.text(pv, "status", "phase");
        String storageClass = Fields.optText(pv, "metadata", "annotations", STORAGE_CLASS_ANNOTATION)
                .orElse(Fields.text(pv, "spec", "storageClassName"));
        return Row.of(Fields.name(pv), quantity(pv, "spec", "capacity", "storage"),
                accessModes(NetworkPrinters.texts(pv, "spec", "accessModes")),
                Fields.text(pv, "spec", "persistentVolumeReclaimPolicy"), phase, claim, storageClass,
                Fields.optText(pv, "spec", "volumeAttributesClassName").orElse("<unset>"),
                Fields.text(pv, "status", "reason"), Fields.age(pv, now),
                Fields.optText(pv, "spec", "volumeMode").orElse("<unset>"));
    }

    private static Row persistentVolumeClaim(MapNode pvc, Instant now) {
        String phase = Fields.deleting(pvc) ? "Terminating" : Fields.text(pvc, "status", "phase");
        String volume = Fields.text(pvc, "spec", "volumeName");
        String capacity = volume.isEmpty() ? "" : quantity(pvc, "status", "capacity", "storage");
        String modes = volume.isEmpty() ? "" : accessModes(NetworkPrinters.texts(pvc, "status", "accessModes"));
        String storageClass = Fields.optText(pvc, "metadata", "annotations", STORAGE_CLASS_ANNOTATION)
                .orElse(Fields.text(pvc, "spec", "storageClassName"));
        return Row.of(Fields.name(pvc), phase, volume, capacity, modes, storageClass,
                Fields.optText(pvc, "spec", "volumeAttributesClassName").orElse("<unset>"), Fields.age(pvc, now),
                Fields.optText(pvc, "spec", "volumeMode").orElse("<unset>"));
    }

    /** {@code RWO,ROX,RWX,RWOP} in that fixed order, each at most once. */
    static String accessModes(List<String> modes) {
        List<String> out = new ArrayList<>();
        String[][] names = {{"ReadWriteOnce", "RWO"}, {"ReadOnlyMany", "ROX"}, {"ReadWriteMany", "RWX"},
            {"ReadWriteOncePod", "RWOP"}};
        for (String[] name : names) {
            if (modes.contains(name[0])) {
                out.add(name[1]);
            }
        }
        return String.join(",", out);
    }

    /** A resource quantity as stored ({@code 10Gi}); a number stored unquoted prints as written. */
    private static String quantity(MapNode object, String... path) {
        return Fields.at(object, path).map(n -> n.asText().orElse(n.toPlain() == null ? "" : n.toPlain().toString()))
                .orElse("0");
    }

    private static String unknownIfEmpty(String value) {
        return value.isEmpty() ? "<unknown>" : value;
    }
}
