package dev.windlass.model.patch;

import static dev.windlass.model.patch.PatchTestNodes.json;
import static dev.windlass.model.patch.PatchTestNodes.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.model.tree.Node;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonPatchTest {

    static Stream<Arguments> appliedPatches() {
        return Stream.of(
                Arguments.of("add sets a new key", "{'a':1}", "[{'op':'add','path':'/b','value':2}]", "{'a':1,'b':2}"),
                Arguments.of("add replaces an existing key", "{'a':1}", "[{'op':'add','path':'/a','value':[1]}]", "{'a':[1]}"),
                Arguments.of("add inserts into a list", "{'l':[1,3]}", "[{'op':'add','path':'/l/1','value':2}]", "{'l':[1,2,3]}"),
                Arguments.of("add at the list's size appends", "{'l':[1]}", "[{'op':'add','path':'/l/1','value':2}]", "{'l':[1,2]}"),
                Arguments.of("add with - appends", "{'l':[1]}", "[{'op':'add','path':'/l/-','value':{'x':1}}]", "{'l':[1,{'x':1}]}"),
                Arguments.of("add at the root replaces the document", "{'a':1}", "[{'op':'add','path':'','value':{'b':2}}]", "{'b':2}"),
                Arguments.of("remove deletes a key", "{'a':1,'b':2}", "[{'op':'remove','path':'/a'}]", "{'b':2}"),
                Arguments.of("remove deletes a list item", "{'l':[1,2,3]}", "[{'op':'remove','path':'/l/0'}]", "{'l':[2,3]}"),
                Arguments.of("replace changes a value", "{'spec':{'replicas':1}}",
                        "[{'op':'replace','path':'/spec/replicas','value':3}]", "{'spec':{'replicas':3}}"),
                Arguments.of("move renames a key", "{'a':1}", "[{'op':'move','from':'/a','path':'/b'}]", "{'b':1}"),
                Arguments.of("move reorders a list", "{'l':[1,2,3]}", "[{'op':'move','from':'/l/0','path':'/l/2'}]", "{'l':[2,3,1]}"),
                Arguments.of("move onto itself changes nothing", "{'a':{'b':1}}", "[{'op':'move','from':'/a','path':'/a'}]", "{'a':{'b':1}}"),
                Arguments.of("copy duplicates a subtree", "{'a':{'x':1}}", "[{'op':'copy','from':'/a','path':'/b'}]", "{'a':{'x':1},'b':{'x':1}}"),
                Arguments.of("a passing test lets later operations run", "{'v':'1'}",
                        "[{'op':'test','path':'/v','value':'1'},{'op':'replace','path':'/v','value':'2'}]", "{'v':'2'}"),
                Arguments.of("test of a missing key against null passes", "{'a':1}", "[{'op':'test','path':'/x','value':null}]", "{'a':1}"),
                Arguments.of("test compares maps without regard to key order", "{'m':{'a':1,'b':2}}",
                        "[{'op':'test','path':'/m','value':{'b':2,'a':1}}]", "{'m':{'a':1,'b':2}}"),
                Arguments.of("test compares 3 and 3.0 as the same number", "{'n':3}", "[{'op':'test','path':'/n','value':3.0}]", "{'n':3}"),
                Arguments.of("~1 and ~0 unescape to / and ~", "{'metadata':{'labels':{'a/b':'x','c~d':'y'}}}",
                        "[{'op':'remove','path':'/metadata/labels/a~1b'},{'op':'replace','path':'/metadata/labels/c~0d','value':'z'}]",
                        "{'metadata':{'labels':{'c~d':'z'}}}"),
                Arguments.of("an empty patch changes nothing", "{'a':1}", "[]", "{'a':1}"),
                Arguments.of("unknown members of an operation are ignored", "{}", "[{'op':'add','path':'/a','value':1,'note':'x'}]", "{'a':1}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("appliedPatches")
    void apply_followsRfc6902(String name, String document, String patch, String expected) {
        assertThat(JsonPatch.apply(json(document), json(patch))).isEqualTo(json(expected));
    }

    static Stream<Arguments> failingPatches() {
        return Stream.of(
                Arguments.of("{}", "{'op':'add'}", PatchException.Kind.INVALID_PATCH, "a JSON patch must be a list of operations"),
                Arguments.of("{}", "[{'path':'/a'}]", PatchException.Kind.INVALID_PATCH, "operation 0: has no op"),
                Arguments.of("{}", "[{'op':'merge','path':'/a'}]", PatchException.Kind.INVALID_PATCH, "op \"merge\" is not one of"),
                Arguments.of("{}", "[{'op':'remove'}]", PatchException.Kind.INVALID_PATCH, "operation 0 (remove): has no path"),
                Arguments.of("{}", "[{'op':'add','path':'a','value':1}]", PatchException.Kind.INVALID_PATCH, "is not a JSON pointer"),
                Arguments.of("{}", "[{'op':'add','path':'/a~2','value':1}]", PatchException.Kind.INVALID_PATCH, "'~' that is not followed by 0 or 1"),
                Arguments.of("{}", "[{'op':'add','path':'/a'}]", PatchException.Kind.INVALID_PATCH, "operation 0 (add): has no value"),
                Arguments.of("{}", "[{'op':'copy','path':'/a'}]", PatchException.Kind.INVALID_PATCH, "has no from"),
                Arguments.of("{'a':1}", "[{'op':'remove','path':'/b'}]", PatchException.Kind.PATH_NOT_FOUND,
                        "operation 0 (remove /b): /b does not exist"),
                Arguments.of("{'a':1}", "[{'op':'replace','path':'/b','value':1}]", PatchException.Kind.PATH_NOT_FOUND, "/b does not exist"),
                Arguments.of("{'a':1}", "[{'op':'add','path':'/x/y','value':1}]", PatchException.Kind.PATH_NOT_FOUND, "/x does not exist"),
                Arguments.of("{'a':1}", "[{'op':'add','path':'/a/y','value':1}]", PatchException.Kind.PATH_NOT_FOUND, "/a is an int, not a map or list"),
                Arguments.of("{'l':[1]}", "[{'op':'add','path':'/l/2','value':1}]", PatchException.Kind.PATH_NOT_FOUND, "the list has 1 item"),
                Arguments.of("{'l':[1]}", "[{'op':'remove','path':'/l/1'}]", PatchException.Kind.PATH_NOT_FOUND, "out of range"),
                Arguments.of("{'l':[1,2]}", "[{'op':'remove','path':'/l/01'}]", PatchException.Kind.INVALID_PATCH, "is not a list index"),
                Arguments.of("{'l':[1,2]}", "[{'op':'remove','path':'/l/-'}]", PatchException.Kind.INVALID_PATCH, "is not a list index"),
                Arguments.of("{'a':{'b':1}}", "[{'op':'move','from':'/a','path':'/a/b/c'}]", PatchException.Kind.INVALID_PATCH,
                        "cannot move /a into its own child /a/b/c"),
                Arguments.of("{'a':1}", "[{'op':'move','from':'/x','path':'/y'}]", PatchException.Kind.PATH_NOT_FOUND, "/x does not exist"),
                Arguments.of("{'a':1}", "[{'op':'test','path':'/x','value':1}]", PatchException.Kind.TEST_FAILED, "/x does not exist, expected 1"),
                Arguments.of("{'a':1}", "[{'op':'remove','path':''}]", PatchException.Kind.INVALID_PATCH, "the whole document cannot be removed"));
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("failingPatches")
    void apply_failsWithKindAndMessage(String document, String patch, PatchException.Kind kind, String message) {
        assertThatThrownBy(() -> JsonPatch.apply(json(document), json(patch)))
                .isInstanceOfSatisfying(PatchException.class, e -> assertThat(e.kind()).isEqualTo(kind))
                .hasMessageContaining(message);
    }

    @Test
    void apply_failedTestNamesOperationIndexOpAndPath() {
        Node deployment = json("{'spec':{'replicas':3}}");
        Node patch = json("[{'op':'add','path':'/spec/paused','value':true},"
                + "{'op':'replace','path':'/spec/replicas','value':3},"
                + "{'op':'test','path':'/spec/replicas','value':5},"
                + "{'op':'remove','path':'/spec'}]");

        assertThatThrownBy(() -> JsonPatch.apply(deployment, patch))
                .isInstanceOfSatisfying(PatchException.class, e -> assertThat(e.kind()).isEqualTo(PatchException.Kind.TEST_FAILED))
                .hasMessage("operation 2 (test /spec/replicas): value is 3, not 5");
    }

    @Test
    void apply_leavesTheTargetUnchanged() {
        Node original = json("{'l':[1,2],'m':{'a':1}}");
        Node patched = JsonPatch.apply(original, json("[{'op':'remove','path':'/l/0'},{'op':'add','path':'/m/b','value':2}]"));

        assertThat(original).isEqualTo(json("{'l':[1,2],'m':{'a':1}}"));
        assertThat(text(patched)).isEqualTo("{'l':[2],'m':{'a':1,'b':2}}");
    }

    @Test
    void parse_readsOperationsWithUnescapedPointers() {
        JsonPatch patch = JsonPatch.parse(json("[{'op':'move','from':'/a~1b','path':'/c~0d/-'}]"));

        JsonPatch.Operation operation = patch.operations().get(0);
        assertThat(operation.op()).isEqualTo(JsonPatch.Op.MOVE);
        assertThat(operation.from().tokens()).containsExactly("a/b");
        assertThat(operation.path().tokens()).containsExactly("c~d", "-");
        assertThat(operation.path()).hasToString("/c~0d/-");
        assertThat(operation).hasToString("move /c~0d/-");
    }

    @Test
    void jsonPointer_parsesRootAndEmptyTokens() {
        assertThat(JsonPointer.parse("").isRoot()).isTrue();
        assertThat(JsonPointer.parse("/").tokens()).containsExactly("");
        assertThat(JsonPointer.parse("/a//b").tokens()).containsExactly("a", "", "b");
        assertThat(JsonPointer.parse("/a").isProperPrefixOf(JsonPointer.parse("/a/b"))).isTrue();
        assertThat(JsonPointer.parse("/a").isProperPrefixOf(JsonPointer.parse("/ab"))).isFalse();
    }
}
