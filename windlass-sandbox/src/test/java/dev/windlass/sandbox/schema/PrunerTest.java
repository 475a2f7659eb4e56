package dev.windlass.sandbox.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrunerTest {

    private static Pruner.Result prune(String schema, String object) {
        return Pruner.pruneObject(Json.schema(schema.replace('\'', '"')), Json.map(object.replace('\'', '"')));
    }

    @Test
    void prune_dropsUndeclaredFieldsAtEveryDepthAndListsThemSorted() {
        Pruner.Result result = prune("{'type':'object','properties':{'spec':{'type':'object','properties':{"
                        + "'size':{'type':'integer'},'items':{'type':'array','items':{'type':'object',"
                        + "'properties':{'name':{'type':'string'}}}}}}}}",
                "{'spec':{'size':1,'zeta':true,'items':[{'name':'a','extra':1}],'bogus':{'x':1}},'top':1}");

        assertThat(result.object()).isEqualTo(Json.map("{\"spec\":{\"size\":1,\"items\":[{\"name\":\"a\"}]}}"));
        assertThat(result.unknownFields()).containsExactly("spec.bogus", "spec.items[0].extra", "spec.zeta", "top");
    }

    @Test
    void prune_keepsApiVersionKindAndMetadataOfTheObject() {
        Pruner.Result result = prune("{'type':'object','properties':{'spec':{'type':'object'}}}",
                "{'apiVersion':'example.com/v1','kind':'Widget','metadata':{'name':'w','anything':1},'spec':{}}");

        assertThat(result.object().keys()).containsExactly("apiVersion", "kind", "metadata", "spec");
        assertThat(result.object().getMap("metadata").orElseThrow().keys()).containsExactly("name", "anything");
        assertThat(result.unknownFields()).isEmpty();
    }

    @Test
    void prune_leavesUnknownFieldsBelowPreserveUnknownFields() {
        Pruner.Result result = prune("{'type':'object','properties':{'spec':{'type':'object',"
                + "'x-kubernetes-preserve-unknown-fields':true}}}", "{'spec':{'free':{'form':[1,{'a':2}]}}}");

        assertThat(result.object()).isEqualTo(Json.map("{\"spec\":{\"free\":{\"form\":[1,{\"a\":2}]}}}"));
        assertThat(result.unknownFields()).isEmpty();
    }

    @Test
    void prune_stillPrunesDeclaredPropertiesBelowPreserveUnknownFields() {
        Pruner.Result result = prune("{'type':'object','properties':{'spec':{'type':'object',"
                        + "'x-kubernetes-preserve-unknown-fields':true,'properties':{'strict':{'type':'object',"
                        + "'properties':{'a':{'type':'string'}}}}}}}",
                "{'spec':{'loose':{'x':1},'strict':{'a':'1','b':2}}}");

        assertThat(result.object()).isEqualTo(Json.map("{\"spec\":{\"loose\":{\"x\":1},\"strict\":{\"a\":\"1\"}}}"));
        assertThat(result.unknownFields()).containsExactly("spec.strict.b");
    }

    @Test
    void prune_keepsTheTypeFieldsOfAnEmbeddedResourceButPrunesTheRest() {
        Pruner.Result result = prune("{'type':'object','properties':{'spec':{'type':'object','properties':{"
                        + "'template':{'type':'object','x-kubernetes-embedded-resource':true,"
                        + "'properties':{'spec':{'type':'object','x-kubernetes-preserve-unknown-fields':true}}}}}}}",
                "{'spec':{'template':{'apiVersion':'v1','kind':'Pod','metadata':{'name':'p'},'spec':{'x':1},"
                        + "'status':{}}}}");

        assertThat(result.object().at(dev.windlass.model.tree.FieldPath.of("spec", "template")).orElseThrow())
                .isEqualTo(Json.node("{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"p\"},"
                        + "\"spec\":{\"x\":1}}"));
        assertThat(result.unknownFields()).containsExactly("spec.template.status");
    }

    @Test
    void prune_reportsApiVersionAndKindBelowTheRootWhenNotEmbedded() {
        Pruner.Result result = prune("{'type':'object','properties':{'spec':{'type':'object'}}}",
                "{'spec':{'kind':'Pod','metadata':{}}}");

        assertThat(result.unknownFields()).containsExactly("spec.kind", "spec.metadata");
    }

    @Test
    void prune_prunesMapValuesByTheirAdditionalPropertiesSchema() {
        Pruner.Result result = prune("{'type':'object','properties':{'spec':{'type':'object','additionalProperties':"
                + "{'type':'object','properties':{'port':{'type':'integer'}}}}}}", "{'spec':{'web':{'port':80,'tls':true}}}");

        assertThat(result.object()).isEqualTo(Json.map("{\"spec\":{\"web\":{\"port\":80}}}"));
        assertThat(result.unknownFields()).containsExactly("spec.web.tls");
    }

    @Test
    void prune_leavesIntOrStringValuesAlone() {
        Pruner.Result result = prune("{'type':'object','properties':{'spec':{'type':'object','properties':{"
                + "'a':{'x-kubernetes-int-or-string':true},'b':{'x-kubernetes-int-or-string':true}}}}}",
                "{'spec':{'a':80,'b':'25%'}}");

        assertThat(result.object()).isEqualTo(Json.map("{\"spec\":{\"a\":80,\"b\":\"25%\"}}"));
        assertThat(result.unknownFields()).isEmpty();
    }

    @Test
    void prune_keepsEverythingWhenTheRootPreservesUnknownFields() {
        Pruner.Result result = prune("{'type':'object','x-kubernetes-preserve-unknown-fields':true}",
                "{'spec':{'a':1},'status':{'b':2}}");

        assertThat(result.object()).isEqualTo(Json.map("{\"spec\":{\"a\":1},\"status\":{\"b\":2}}"));
        assertThat(result.unknownFields()).isEmpty();
    }
}
