package dev.windlass.sandbox.table;

import dev.windlass.model.tree.MapNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Columns of RBAC bindings, Leases, PodDisruptionBudgets and StorageClasses. */
final class AccessPrinters {

    static final Printer ROLE_BINDING = binding("roleBinding");
    static final Printer CLUSTER_ROLE_BINDING = binding("clusterRoleBinding");

    static final Printer LEASE = new Printer(List.of(Column.NAME,
            Column.string("Holder", "holderIdentity contains the identity of the holder of a current lease."),
            Column.AGE),
            (lease, now) -> Row.of(Fields.name(lease), Fields.text(lease, "spec", "holderIdentity"),
                    Fields.age(lease, now)));

    static final Printer POD_DISRUPTION_BUDGET = new Printer(List.of(Column.NAME,
            Column.string("Min Available", "The minimum number of pods that must be available."),
            Column.string("Max Unavailable", "The maximum number of pods that may be unavailable."),
            Column.integer("Allowed Disruptions", "Calculated number of pods that may be disrupted at this time."),
            Column.AGE),
            (pdb, now) -> Row.of(Fields.name(pdb), intOrString(pdb, "minAvailable"),
                    intOrString(pdb, "maxUnavailable"), Fields.integer(pdb, "status", "disruptionsAllowed"),
                    Fields.age(pdb, now)));

    static final Printer STORAGE_CLASS = new Printer(List.of(Column.NAME,
            Column.string("Provisioner", "provisioner indicates the type of the provisioner."),
            Column.string("ReclaimPolicy", "reclaimPolicy controls the reclaimPolicy for dynamically provisioned"
                    + " PersistentVolumes of this storage class."),
            Column.string("VolumeBindingMode", "volumeBindingMode indicates how PersistentVolumeClaims should be"
                    + " provisioned and bound."),
            Column.string("AllowVolumeExpansion", "allowVolumeExpansion shows whether the storage class allow"
                    + " volume expand."),
            Column.AGE), AccessPrinters::storageClass);

    private AccessPrinters() {
    }

    private static Printer binding(String what) {
        return new Printer(List.of(Column.NAME,
                Column.string("Role", "RoleRef can reference a Role in the current namespace or a ClusterRole in"
                        + " the global namespace."),
                Column.AGE,
                Column.wide("Users", "Users in the " + what),
                Column.wide("Groups", "Groups in the " + what),
                Column.wide("ServiceAccounts", "ServiceAccounts in the " + what)), AccessPrinters::bindingRow);
    }

    private static Row bindingRow(MapNode binding, Instant now) {
        List<String> users = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        List<String> accounts = new ArrayList<>();
        for (MapNode subject : Fields.maps(binding, "subjects")) {
            String name = Fields.text(subject, "name");
            switch (Fields.text(subject, "kind")) {
                case "User" -> users.add(name);
                case "Group" -> groups.add(name);
                case "ServiceAccount" -> accounts.add(Fields.text(subject, "namespace") + "/" + name);
                default -> { }
            }
        }
        String role = Fields.text(binding, "roleRef", "kind") + "/" + Fields.text(binding, "roleRef", "name");
        return Row.of(Fields.name(binding), role, Fields.age(binding, now), String.join(", ", users),
                String.join(", ", groups), String.join(", ", accounts));
    }

    private static String intOrString(MapNode pdb, String field) {
        return Fields.at(pdb, "spec", field).filter(n -> !n.isNull())
                .map(n -> n.asText().orElse(String.valueOf(n.toPlain()))).orElse("N/A");
    }

    private static Row storageClass(MapNode sc, Instant now) {
        String name = Fields.name(sc);
        MapNode annotations = Fields.map(sc, "metadata", "annotations");
        boolean isDefault = "true".equals(annotations.getText("storageclass.kubernetes.io/is-default-class").orElse(""))
                || "true".equals(annotations.getText("storageclass.beta.kubernetes.io/is-default-class").orElse(""));
        return Row.of(isDefault ? name + " (default)" : name, Fields.text(sc, "provisioner"),
                Fields.optText(sc, "reclaimPolicy").orElse("Delete"),
                Fields.optText(sc, "volumeBindingMode").orElse("Immediate"),
                Fields.bool(sc, "allowVolumeExpansion"), Fields.age(sc, now));
    }
}
