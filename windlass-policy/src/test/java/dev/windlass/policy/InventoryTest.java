package dev.windlass.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class InventoryTest {

    private static Value at(ObjectValue doc, String... path) {
        Value v = doc;
        for (String p : path) {
            v = ((ObjectValue) v).get(p);
            if (v == null) {
                return null;
            }
        }
        return v;
    }

    @Test
    void clusterScopedObjects_goUnderClusterGroupVersionKindName() {
        Inventory inv = Inventory.of(List.of(TestObjects.namespace("prod")));
        assertThat(at(inv.document(), "cluster", "v1", "Namespace", "prod", "metadata", "name"))
                .isEqualTo(StringValue.of("prod"));
    }

    @Test
    void namespacedObjects_goUnderNamespaceThenGroupVersion() {
        Inventory inv = Inventory.of(List.of(TestObjects.yaml(
                "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: prod}")));
        assertThat(at(inv.document(), "namespace", "prod", "apps/v1", "Deployment", "web", "kind"))
                .isEqualTo(StringValue.of("Deployment"));
    }

    @Test
    void objectsOfOneKind_shareTheirParents() {
        Inventory inv = Inventory.of(List.of(TestObjects.pod("a", "p1"), TestObjects.pod("a", "p2")));
        assertThat(((ObjectValue) at(inv.document(), "namespace", "a", "v1", "Pod")).size()).isEqualTo(2);
    }

    @Test
    void empty_hasAnEmptyDocument() {
        assertThat(Inventory.empty().document()).isEqualTo(ObjectValue.EMPTY);
        assertThat(Inventory.empty().objects()).isEmpty();
    }

    @Test
    void namespace_findsReplicatedNamespaces() {
        Inventory inv = Inventory.of(List.of(TestObjects.namespace("prod", "env", "prod")));
        assertThat(inv.namespace("prod")).hasValueSatisfying(ns -> assertThat(ns.labels()).containsEntry("env", "prod"));
        assertThat(inv.namespace("dev")).isEmpty();
    }

    @Test
    void plus_addsObjects() {
        Inventory inv = Inventory.empty().plus(List.of(TestObjects.namespace("a")));
        assertThat(inv.objects()).hasSize(1);
        assertThat(at(inv.document(), "cluster", "v1", "Namespace", "a")).isNotNull();
    }
}
