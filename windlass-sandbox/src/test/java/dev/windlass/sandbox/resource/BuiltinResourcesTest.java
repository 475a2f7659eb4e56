package dev.windlass.sandbox.resource;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.sandbox.resource.ApiResource.Subresource;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class BuiltinResourcesTest {

    static Stream<ApiResource> builtins() {
        return BuiltinResources.all().stream();
    }

    @ParameterizedTest
    @MethodSource("builtins")
    void everyBuiltin_hasConsistentNamesAndVerbs(ApiResource r) {
        assertThat(r.plural()).matches("[a-z]+");
        assertThat(r.singular()).isEqualTo(r.plural().equals("endpoints") ? "endpoints" : r.kind().toLowerCase(Locale.ROOT));
        assertThat(r.kind()).matches("[A-Z][A-Za-z]+");
        assertThat(r.version()).isIn("v1", "v2");
        assertThat(BuiltinResources.GROUP_ORDER).contains(r.group());
        assertThat(ApiResource.ALL_VERBS).containsAll(r.verbs());
        assertThat(r.verbs()).isSorted().contains("create", "delete", "get", "list", "patch", "update", "watch");
        r.shortNames().forEach(s -> assertThat(s).matches("[a-z]+"));
        r.categories().forEach(c -> assertThat(c).isIn("all", "api-extensions"));
        assertThat(r.printerColumns()).isEmpty();
    }

    @Test
    void table_hasEachGroupVersionPluralOnce() {
        Set<String> seen = new HashSet<>();
        builtins().forEach(r -> assertThat(seen.add(r.groupVersion() + "/" + r.plural())).as(r.qualifiedName()).isTrue());
        assertThat(seen).hasSize(43);
    }

    @Test
    void shortNames_areUniqueWithinAGroup() {
        Set<String> seen = new HashSet<>();
        builtins().filter(r -> !(r.group().equals("autoscaling") && r.version().equals("v1")))
                .forEach(r -> r.shortNames().forEach(s -> assertThat(seen.add(r.group() + "/" + s)).as(s).isTrue()));
    }

    @Test
    void onlyNamespaces_cannotBeDeletedAsACollection() {
        List<String> without = builtins().filter(r -> !r.verbs().contains("deletecollection"))
                .map(ApiResource::plural).toList();
        assertThat(without).containsExactly("namespaces");
    }

    @Test
    void scaleSubresource_isServedForTheFourScalableWorkloads() {
        List<String> scalable = builtins().filter(r -> r.has(Subresource.SCALE)).map(ApiResource::plural).toList();
        assertThat(scalable).containsExactlyInAnyOrder("deployments", "statefulsets", "replicasets",
                "replicationcontrollers");
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "''|namespaces|false|ns|-|status",
        "''|pods|true|po|all|status",
        "''|services|true|svc|all|status",
        "''|configmaps|true|cm|-|-",
        "''|secrets|true|-|-|-",
        "''|endpoints|true|ep|-|-",
        "''|events|true|ev|-|-",
        "''|persistentvolumes|false|pv|-|status",
        "''|nodes|false|no|-|status",
        "''|limitranges|true|limits|-|-",
        "''|resourcequotas|true|quota|-|status",
        "''|replicationcontrollers|true|rc|all|status,scale",
        "''|podtemplates|true|-|-|-",
        "apps|deployments|true|deploy|all|status,scale",
        "apps|daemonsets|true|ds|all|status",
        "apps|controllerrevisions|true|-|-|-",
        "batch|jobs|true|-|all|status",
        "batch|cronjobs|true|cj|all|status",
        "networking.k8s.io|ingresses|true|ing|-|status",
        "networking.k8s.io|ingressclasses|false|-|-|-",
        "networking.k8s.io|networkpolicies|true|netpol|-|-",
        "rbac.authorization.k8s.io|clusterroles|false|-|-|-",
        "policy|poddisruptionbudgets|true|pdb|-|status",
        "autoscaling|horizontalpodautoscalers|true|hpa|all|status",
        "apiextensions.k8s.io|customresourcedefinitions|false|crd,crds|api-extensions|status",
        "coordination.k8s.io|leases|true|-|-|-",
        "admissionregistration.k8s.io|validatingadmissionpolicies|false|-|api-extensions|status",
        "events.k8s.io|events|true|ev|-|-",
        "storage.k8s.io|storageclasses|false|sc|-|-",
        "storage.k8s.io|volumeattachments|false|-|-|status",
    })
    void builtin_matchesKubeApiserverDiscovery(String group, String plural, boolean namespaced, String shortNames,
            String categories, String subresources) {
        ApiResource r = builtins().filter(b -> b.group().equals(group) && b.plural().equals(plural)).findFirst()
                .orElseThrow();
        assertThat(r.namespaced()).isEqualTo(namespaced);
        assertThat(r.shortNames()).isEqualTo(split(shortNames));
        assertThat(r.categories()).isEqualTo(split(categories));
        assertThat(r.subresources().stream().map(Subresource::path).toList())
                .containsExactlyInAnyOrderElementsOf(split(subresources));
    }

    private static List<String> split(String csv) {
        return csv == null ? List.of() : List.of(csv.split(","));
    }
}
