package dev.windlass.sandbox.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.api.ApiException;
import dev.windlass.sandbox.api.Operation;
import dev.windlass.sandbox.api.WriteOptions;
import dev.windlass.sandbox.resource.ApiResource;
import dev.windlass.sandbox.resource.ResourceRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaAdmissionTest {

    private static final String CRD = """
            {"apiVersion":"apiextensions.k8s.io/v1","kind":"CustomResourceDefinition",
             "metadata":{"name":"widgets.example.com"},
             "spec":{"group":"example.com","scope":"Namespaced","names":{"plural":"widgets","kind":"Widget"},
              "versions":[
               {"name":"v1","served":true,"storage":true,"schema":{"openAPIV3Schema":{"type":"object",
                 "properties":{"spec":{"type":"object","properties":{"size":{"type":"integer","minimum":1},
                   "name":{"type":"string"}}}}}}},
               {"name":"v2","served":true,"storage":false,"schema":{"openAPIV3Schema":{"type":"object",
                 "properties":{"spec":{"type":"object","properties":{"size":{"type":"integer","maximum":5}}}}}}}]}}
            """;

    private final ResourceRegistry registry = registry();
    private final SchemaAdmission admission = new SchemaAdmission(registry);
    private final List<String> warnings = new ArrayList<>();

    private static ResourceRegistry registry() {
        ResourceRegistry registry = ResourceRegistry.withBuiltins();
        registry.applyCrd(Json.map(CRD));
        return registry;
    }

    private ApiResource widgets(String version) {
        return registry.find("example.com", version, "widgets").orElseThrow();
    }

    private WriteOptions options(String fieldValidation) {
        return new WriteOptions(false, null, null, false, false, fieldValidation, warnings::add);
    }

    private static MapNode widget(String spec) {
        return Json.map("{\"apiVersion\":\"example.com/v1\",\"kind\":\"Widget\",\"metadata\":{\"name\":\"w\"},"
                + "\"spec\":" + spec + "}");
    }

    @Test
    void admit_validatesAgainstTheSchemaOfTheVersionWritten() {
        MapNode big = widget("{\"size\":9}");

        assertThat(admission.admit(Operation.CREATE, widgets("v1"), null, big, options(null))).isEqualTo(big);
        assertThatThrownBy(() -> admission.admit(Operation.CREATE, widgets("v2"), null, big, options(null)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getMessage()).isEqualTo(
                        "Widget.example.com \"w\" is invalid: spec.size: Invalid value: 9: "
                                + "spec.size in body should be less than or equal to 5"));
    }

    @Test
    void admit_warnsOncePerUnknownFieldByDefault() {
        MapNode result = admission.admit(Operation.CREATE, widgets("v1"), null,
                widget("{\"size\":1,\"b\":1,\"a\":2}"), options(null));

        assertThat(result).isEqualTo(widget("{\"size\":1}"));
        assertThat(warnings).containsExactly("unknown field \"spec.a\"", "unknown field \"spec.b\"");
    }

    @Test
    void admit_underIgnore_prunesWithoutWarnings() {
        MapNode result = admission.admit(Operation.CREATE, widgets("v1"), null, widget("{\"size\":1,\"b\":1}"),
                options("Ignore"));

        assertThat(result).isEqualTo(widget("{\"size\":1}"));
        assertThat(warnings).isEmpty();
    }

    @Test
    void admit_underStrict_refusesUnknownFieldsAsABadRequest() {
        assertThatThrownBy(() -> admission.admit(Operation.CREATE, widgets("v1"), null,
                widget("{\"size\":1,\"bogus\":1}"), options("Strict")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(400);
                    assertThat(e.getMessage()).isEqualTo("Widget in version \"v1\" cannot be handled as a Widget: "
                            + "strict decoding error: unknown field \"spec.bogus\"");
                });
    }

    @Test
    void update_keepsTheOldProblemsOfAnUnchangedValue() {
        MapNode stored = widget("{\"size\":0,\"name\":\"a\"}");

        MapNode renamed = admission.admit(Operation.UPDATE, widgets("v1"), stored, widget("{\"size\":0,\"name\":\"b\"}"),
                options(null));

        assertThat(renamed).isEqualTo(widget("{\"size\":0,\"name\":\"b\"}"));
        assertThatThrownBy(() -> admission.admit(Operation.UPDATE, widgets("v1"), stored,
                widget("{\"size\":-1,\"name\":\"a\"}"), options(null))).isInstanceOf(ApiException.class);
    }

    @Test
    void admit_leavesBuiltinResourcesAlone() {
        ApiResource configMaps = registry.find("", "v1", "configmaps").orElseThrow();
        MapNode configMap = Json.map("{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"c\"},"
                + "\"anything\":1}");

        assertThat(admission.admit(Operation.CREATE, configMaps, null, configMap, options("Strict"))).isSameAs(configMap);
    }
}
