package dev.windlass.model.patch;

import static dev.windlass.model.patch.PatchTestNodes.json;
import static dev.windlass.model.patch.PatchTestNodes.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.model.GroupKind;
import dev.windlass.model.tree.Node;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StrategicMergePatchTest {

    private static final GroupKind DEPLOYMENT = new GroupKind("apps", "Deployment");
    private static final String POD = "{'spec':{'template':{'spec':%s}}}";

    /** A Deployment whose pod spec is {@code podSpec}. */
    private static String deployment(String podSpec) {
        return POD.formatted(podSpec);
    }

    private static Node apply(String original, String patch) {
        return StrategicMergePatch.apply(DEPLOYMENT, json(original), json(patch), MergeSchema.builtin());
    }

    static Stream<Arguments> mapCases() {
        return Stream.of(
                Arguments.of("maps merge key by key", "{'a':{'b':1,'c':2}}", "{'a':{'c':3,'d':4}}", "{'a':{'b':1,'c':3,'d':4}}"),
                Arguments.of("null deletes a key", "{'a':1,'b':2}", "{'a':null}", "{'b':2}"),
                Arguments.of("null for a missing key adds nothing", "{'a':1}", "{'x':null}", "{'a':1}"),
                Arguments.of("$patch: replace replaces the map", "{'m':{'a':1,'b':2}}", "{'m':{'$patch':'replace','c':3}}", "{'m':{'c':3}}"),
                Arguments.of("$patch: replace at the root replaces the object", "{'a':1}", "{'$patch':'replace','b':2}", "{'b':2}"),
                Arguments.of("$patch: delete empties an existing map", "{'m':{'a':1},'x':1}", "{'m':{'$patch':'delete'}}", "{'m':{},'x':1}"),
                Arguments.of("$patch: delete of a missing map adds nothing", "{'x':1}", "{'m':{'$patch':'delete'}}", "{'x':1}"),
                Arguments.of("$patch: merge merges as without it", "{'m':{'a':1}}", "{'m':{'$patch':'merge','b':2}}", "{'m':{'a':1,'b':2}}"),
                Arguments.of("$retainKeys drops unlisted keys", "{'m':{'a':1,'b':2,'c':3}}",
                        "{'m':{'$retainKeys':['a','c'],'c':4}}", "{'m':{'a':1,'c':4}}"),
                Arguments.of("added values lose nulls and directives", "{}",
                        "{'m':{'a':null,'b':{'$patch':'delete'},'c':[{'k':1,'$patch':'delete'},{'k':2,'z':null}],'$retainKeys':['x']}}",
                        "{'m':{'c':[{'k':2}]}}"),
                Arguments.of("a value of another type replaces", "{'m':{'a':1},'l':[1]}", "{'m':[1],'l':{'a':null,'b':1}}", "{'m':[1],'l':{'b':1}}"),
                Arguments.of("a null original counts as empty", "null", "{'a':1}", "{'a':1}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mapCases")
    void apply_mergesMapsWithDirectives(String name, String original, String patch, String expected) {
        assertThat(StrategicMergePatch.apply(new GroupKind("example.com", "Thing"), json(original), json(patch), MergeSchema.NONE))
                .isEqualTo(json(expected));
    }

    static Stream<Arguments> listCases() {
        return Stream.of(
                Arguments.of("containers merge by name",
                        "{'containers':[{'name':'a','image':'a:1','args':['x']},{'name':'b','image':'b:1'}]}",
                        "{'containers':[{'name':'b','image':'b:2'}]}",
                        "{'containers':[{'name':'a','image':'a:1','args':['x']},{'name':'b','image':'b:2'}]}"),
                Arguments.of("a new container goes before the server-only ones",
                        "{'containers':[{'name':'a'},{'name':'b'}]}",
                        "{'containers':[{'name':'c','image':'c:1'}]}",
                        "{'containers':[{'name':'c','image':'c:1'},{'name':'a'},{'name':'b'}]}"),
                Arguments.of("patch items keep patch order; a server item goes before the next patch item it preceded",
                        "{'containers':[{'name':'a'},{'name':'b'},{'name':'c'}]}",
                        "{'containers':[{'name':'c','x':1},{'name':'n'},{'name':'a','x':1}]}",
                        "{'containers':[{'name':'b'},{'name':'c','x':1},{'name':'n'},{'name':'a','x':1}]}"),
                Arguments.of("env merges by name inside a merged container",
                        "{'containers':[{'name':'a','env':[{'name':'X','value':'1'},{'name':'Y','value':'2'}]}]}",
                        "{'containers':[{'name':'a','env':[{'name':'Y','value':'3'},{'name':'X','value':null}]}]}",
                        "{'containers':[{'name':'a','env':[{'name':'Y','value':'3'},{'name':'X'}]}]}"),
                Arguments.of("ports merge by containerPort",
                        "{'containers':[{'name':'a','ports':[{'containerPort':80,'name':'http'},{'containerPort':443}]}]}",
                        "{'containers':[{'name':'a','ports':[{'containerPort':443,'name':'https'}]}]}",
                        "{'containers':[{'name':'a','ports':[{'containerPort':80,'name':'http'},{'containerPort':443,'name':'https'}]}]}"),
                Arguments.of("a list without merge strategy is replaced",
                        "{'containers':[{'name':'a','args':['x','y']}]}",
                        "{'containers':[{'name':'a','args':['z']}]}",
                        "{'containers':[{'name':'a','args':['z']}]}"),
                Arguments.of("tolerations are atomic and replaced",
                        "{'tolerations':[{'key':'a'},{'key':'b'}]}",
                        "{'tolerations':[{'key':'c'}]}",
                        "{'tolerations':[{'key':'c'}]}"),
                Arguments.of("$patch: delete removes the item with that key",
                        "{'containers':[{'name':'a'},{'name':'b'},{'name':'c'}]}",
                        "{'containers':[{'name':'b','$patch':'delete'}]}",
                        "{'containers':[{'name':'a'},{'name':'c'}]}"),
                Arguments.of("$patch: delete removes every duplicate",
                        "{'containers':[{'name':'a'},{'name':'b','i':1},{'name':'b','i':2}]}",
                        "{'containers':[{'name':'b','$patch':'delete'},{'name':'d'}]}",
                        "{'containers':[{'name':'d'},{'name':'a'}]}"),
                Arguments.of("$patch: replace as an item replaces the list",
                        "{'containers':[{'name':'a','image':'a'},{'name':'b'}]}",
                        "{'containers':[{'name':'c','x':null},{'$patch':'replace'}]}",
                        "{'containers':[{'name':'c'}]}"),
                Arguments.of("$patch: replace alone empties the list",
                        "{'containers':[{'name':'a'}]}",
                        "{'containers':[{'$patch':'replace'}]}",
                        "{'containers':[]}"),
                Arguments.of("$retainKeys on a volume swaps its source",
                        "{'volumes':[{'name':'v','emptyDir':{}},{'name':'w','emptyDir':{}}]}",
                        "{'volumes':[{'name':'v','$retainKeys':['name','configMap'],'configMap':{'name':'cm'}}]}",
                        "{'volumes':[{'name':'v','configMap':{'name':'cm'}},{'name':'w','emptyDir':{}}]}"),
                Arguments.of("$setElementOrder orders patch items, server-only items stay near their neighbours",
                        "{'containers':[{'name':'1','o':'a'},{'name':'2'},{'name':'9'},{'name':'3'},{'name':'4'}]}",
                        "{'$setElementOrder/containers':[{'name':'2'},{'name':'1'},{'name':'4'},{'name':'3'}]}",
                        "{'containers':[{'name':'2'},{'name':'1','o':'a'},{'name':'9'},{'name':'4'},{'name':'3'}]}"),
                Arguments.of("$setElementOrder places new items where it lists them",
                        "{'containers':[{'name':'1','o':'a'},{'name':'2'},{'name':'4'}]}",
                        "{'$setElementOrder/containers':[{'name':'1'},{'name':'2'},{'name':'3'}],'containers':[{'name':'3','v':3}]}",
                        "{'containers':[{'name':'1','o':'a'},{'name':'2'},{'name':'3','v':3},{'name':'4'}]}"),
                Arguments.of("$setElementOrder with a list the original lacks takes the patch's items",
                        "{}",
                        "{'$setElementOrder/initContainers':[{'name':'b'},{'name':'a'}],'initContainers':[{'name':'b'},{'name':'a','z':null}]}",
                        "{'initContainers':[{'name':'b'},{'name':'a'}]}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listCases")
    void apply_mergesPodSpecListsByTheirStrategy(String name, String original, String patch, String expected) {
        Node result = apply(deployment(original), deployment(patch));

        assertThat(text(result)).isEqualTo(text(json(deployment(expected))));
    }

    static Stream<Arguments> finalizerCases() {
        return Stream.of(
                Arguments.of("finalizers are a union, new ones first", "['a','b']", "{'finalizers':['c','a']}", "['c','a','b']"),
                Arguments.of("$deleteFromPrimitiveList removes values", "['a','b','c']",
                        "{'$deleteFromPrimitiveList/finalizers':['b','x']}", "['a','c']"),
                Arguments.of("$setElementOrder orders scalars", "['a','b','d']",
                        "{'$setElementOrder/finalizers':['a','b','c'],'finalizers':['c']}", "['a','b','c','d']"),
                Arguments.of("add and delete in one patch", "['a','b']",
                        "{'finalizers':['c'],'$deleteFromPrimitiveList/finalizers':['a']}", "['c','b']"),
                Arguments.of("duplicates in the patch collapse", "['a']", "{'finalizers':['b','b','a']}", "['b','a']"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("finalizerCases")
    void apply_mergesFinalizersAsASet(String name, String finalizers, String metadataPatch, String expected) {
        Node result = apply("{'metadata':{'finalizers':" + finalizers + "}}", "{'metadata':" + metadataPatch + "}");

        assertThat(text(result)).isEqualTo(text(json("{'metadata':{'finalizers':" + expected + "}}")));
    }

    @Test
    void apply_deleteFromPrimitiveListOfAMissingListAddsNothing() {
        Node result = apply("{'metadata':{'name':'x'}}", "{'metadata':{'$deleteFromPrimitiveList/finalizers':['a']}}");

        assertThat(result).isEqualTo(json("{'metadata':{'name':'x'}}"));
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("{'spec':{'$patch':'remove'}}", PatchException.Kind.INVALID_DIRECTIVE,
                        "spec: $patch: remove is not a directive; use replace, delete or merge"),
                Arguments.of(deployment("{'containers':[{'name':'a','$patch':'merge'}]}"), PatchException.Kind.INVALID_DIRECTIVE,
                        "$patch: merge is not supported as a list item"),
                Arguments.of(deployment("{'containers':[{'name':'a','$patch':'drop'}]}"), PatchException.Kind.INVALID_DIRECTIVE,
                        "spec.template.spec.containers: $patch: drop is not a list item directive"),
                Arguments.of(deployment("{'containers':[{'image':'x'}]}"), PatchException.Kind.MISSING_MERGE_KEY,
                        "spec.template.spec.containers: an item has no merge key \"name\""),
                Arguments.of(deployment("{'containers':[{'$patch':'delete'}]}"), PatchException.Kind.MISSING_MERGE_KEY,
                        "has no merge key \"name\""),
                Arguments.of("{'metadata':{'$retainKeys':['name'],'labels':{'a':'b'}}}", PatchException.Kind.INVALID_DIRECTIVE,
                        "metadata: the patch sets \"labels\", which $retainKeys does not list"),
                Arguments.of("{'metadata':{'$retainKeys':'name'}}", PatchException.Kind.INVALID_DIRECTIVE,
                        "$retainKeys must be a list"),
                Arguments.of(deployment("{'$setElementOrder/containers':[{'name':'a'},{'name':'b'}],"
                                + "'containers':[{'name':'b'},{'name':'a'}]}"), PatchException.Kind.INVALID_DIRECTIVE,
                        "are not in the order $setElementOrder/containers gives"),
                Arguments.of(deployment("{'$setElementOrder/containers':[{'name':'a'}],'containers':[{'name':'a'},{'name':'z'}]}"),
                        PatchException.Kind.INVALID_DIRECTIVE, "are not in the order"),
                Arguments.of("{'metadata':{'$setElementOrder':['a']}}", PatchException.Kind.INVALID_DIRECTIVE,
                        "\"$setElementOrder\" is not of the form $setElementOrder/<field>"),
                Arguments.of("{'metadata':{'$deleteFromPrimitiveListfinalizers':['a']}}", PatchException.Kind.INVALID_DIRECTIVE,
                        "is not of the form $deleteFromPrimitiveList/<field>"),
                Arguments.of("{'metadata':{'finalizers':[1]}}", PatchException.Kind.INVALID_PATCH,
                        "metadata.finalizers: the items are of different types (string and int)"),
                Arguments.of("{'metadata':{'finalizers':[['a']]}}", PatchException.Kind.INVALID_PATCH, "lists of lists cannot be merged"),
                Arguments.of("[]", PatchException.Kind.INVALID_PATCH, "a strategic merge patch must be a map, not a list"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("failures")
    void apply_rejectsMalformedPatches(String patch, PatchException.Kind kind, String message) {
        String original = "{'metadata':{'name':'d','finalizers':['f']},'spec':{'template':{'spec':{'containers':[{'name':'a'},{'name':'b'}]}}}}";

        assertThatThrownBy(() -> apply(original, patch))
                .isInstanceOfSatisfying(PatchException.class, e -> assertThat(e.kind()).isEqualTo(kind))
                .hasMessageContaining(message);
    }

    @Test
    void apply_mergesCronJobContainersThroughTheJobTemplate() {
        String path = "{'spec':{'jobTemplate':{'spec':{'template':{'spec':{'containers':%s}}}}}}";
        Node original = json(path.formatted("[{'name':'job','env':[{'name':'A','value':'1'}]}]"));
        Node patch = json(path.formatted("[{'name':'job','env':[{'name':'B','value':'2'}]}]"));

        Node result = StrategicMergePatch.apply(new GroupKind("batch", "CronJob"), original, patch, MergeSchema.builtin());

        assertThat(text(result)).isEqualTo(text(json(path.formatted(
                "[{'name':'job','env':[{'name':'B','value':'2'},{'name':'A','value':'1'}]}]"))));
    }

    @Test
    void apply_mergesServicePortsByPort() {
        Node original = json("{'spec':{'ports':[{'port':80,'targetPort':8080},{'port':443,'targetPort':8443}]}}");
        Node patch = json("{'spec':{'ports':[{'port':80,'targetPort':9090}]}}");

        Node result = StrategicMergePatch.apply(new GroupKind("", "Service"), original, patch, MergeSchema.builtin());

        assertThat(result).isEqualTo(json("{'spec':{'ports':[{'port':80,'targetPort':9090},{'port':443,'targetPort':8443}]}}"));
    }

    @Test
    void apply_replacesAPodDisruptionBudgetSelectorButMergesADeploymentSelector() {
        Node original = json("{'spec':{'selector':{'matchLabels':{'a':'1'}}}}");
        Node patch = json("{'spec':{'selector':{'matchLabels':{'b':'2'}}}}");

        Node pdb = StrategicMergePatch.apply(new GroupKind("policy", "PodDisruptionBudget"), original, patch, MergeSchema.builtin());
        Node deployment = StrategicMergePatch.apply(DEPLOYMENT, original, patch, MergeSchema.builtin());

        assertThat(pdb).isEqualTo(json("{'spec':{'selector':{'matchLabels':{'b':'2'}}}}"));
        assertThat(deployment).isEqualTo(json("{'spec':{'selector':{'matchLabels':{'a':'1','b':'2'}}}}"));
    }

    @Test
    void apply_replacesListsOfKindsTheSchemaDoesNotKnow() {
        Node original = json("{'spec':{'items':[{'name':'a'}]},'metadata':{'finalizers':['x']}}");
        Node patch = json("{'spec':{'items':[{'name':'b'}]},'metadata':{'finalizers':['y']}}");

        Node result = StrategicMergePatch.apply(new GroupKind("example.com", "Widget"), original, patch, MergeSchema.builtin());

        assertThat(text(result)).isEqualTo("{'spec':{'items':[{'name':'b'}]},'metadata':{'finalizers':['y','x']}}");
    }

    @Test
    void apply_failsForAMergingListOfMapsWithoutAMergeKey() {
        MergeSchema schema = (kind, path) -> path.equals(java.util.List.of("items"))
                ? java.util.Optional.of(MergeSchema.FieldSchema.set()) : java.util.Optional.empty();

        assertThatThrownBy(() -> StrategicMergePatch.apply(DEPLOYMENT, json("{'items':[{'a':1}]}"), json("{'items':[{'a':2}]}"), schema))
                .isInstanceOfSatisfying(PatchException.class, e -> assertThat(e.kind()).isEqualTo(PatchException.Kind.INVALID_PATCH))
                .hasMessageContaining("items: the list merges, but the schema gives no merge key");
    }

    @Test
    void apply_keepsTheOriginalUnchangedAndKeyOrderStable() {
        Node original = json("{'b':1,'a':{'y':1,'x':2}}");
        Node result = apply(text(original), "{'a':{'z':3,'y':null},'c':1}");

        assertThat(text(original)).isEqualTo("{'b':1,'a':{'y':1,'x':2}}");
        assertThat(text(result)).isEqualTo("{'b':1,'a':{'x':2,'z':3},'c':1}");
    }
}
