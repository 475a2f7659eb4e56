package dev.windlass.rego.builtins;

import static dev.windlass.rego.builtins.BuiltinTesting.call;
import static dev.windlass.rego.builtins.BuiltinTesting.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.rego.value.ArrayValue;
import dev.windlass.rego.value.BoolValue;
import dev.windlass.rego.value.NumberValue;
import dev.windlass.rego.value.SetValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import org.junit.jupiter.api.Test;

/** Built-ins over sets, which JSON cannot spell. */
class SetBuiltinsTest {
    private static Value set(Object... members) {
        Value[] values = new Value[members.length];
        for (int i = 0; i < members.length; i++) {
            values[i] = members[i] instanceof Value v ? v
                    : members[i] instanceof String s ? StringValue.of(s) : NumberValue.of((Integer) members[i]);
        }
        return SetValue.of(values);
    }

    @Test
    void minus_ofSetsIsTheDifference() throws BuiltinException {
        assertThat(call("minus", set(1, 2, 3), set(2))).isEqualTo(set(1, 3));
    }

    @Test
    void andOr_intersectAndUnite() throws BuiltinException {
        assertThat(call("and", set(1, 2), set(2, 3))).isEqualTo(set(2));
        assertThat(call("or", set(1, 2), set(2, 3))).isEqualTo(set(1, 2, 3));
    }

    @Test
    void intersectionAndUnion_foldASetOfSets() throws BuiltinException {
        Value sets = set(set(1, 2, 3), set(2, 3, 4));
        assertThat(call("intersection", sets)).isEqualTo(set(2, 3));
        assertThat(call("union", sets)).isEqualTo(set(1, 2, 3, 4));
        assertThat(call("intersection", SetValue.EMPTY)).isEqualTo(SetValue.EMPTY);
    }

    @Test
    void countSumMaxSort_acceptSets() throws BuiltinException {
        assertThat(call("count", set(1, 2))).isEqualTo(NumberValue.of(2));
        assertThat(call("sum", set(1, 2))).isEqualTo(NumberValue.of(3));
        assertThat(call("max", set(1, 2))).isEqualTo(NumberValue.of(2));
        assertThat(call("max", SetValue.EMPTY)).isNull();
        assertThat(call("sort", set(3, 1))).isEqualTo(json("[1,3]"));
    }

    @Test
    void objectKeys_isASet() throws BuiltinException {
        assertThat(call("object.keys", json("{\"a\":1,\"b\":2}"))).isEqualTo(set("a", "b"));
    }

    @Test
    void objectSubset_ofSetsAndArraySet() throws BuiltinException {
        assertThat(call("object.subset", set(1, 2, 3), set(1, 3))).isEqualTo(BoolValue.TRUE);
        assertThat(call("object.subset", json("[1,2,3]"), set(3, 1))).isEqualTo(BoolValue.TRUE);
        assertThat(call("object.subset", json("[1,2]"), set(3))).isEqualTo(BoolValue.FALSE);
    }

    @Test
    void objectGet_stepsIntoSetsByMember() throws BuiltinException {
        Value obj = dev.windlass.rego.value.ObjectValue.ofStrings(java.util.Map.of("s", set("x")));
        assertThat(call("object.get", obj, ArrayValue.of(StringValue.of("s"), StringValue.of("x")), NumberValue.of(0)))
                .isEqualTo(StringValue.of("x"));
    }

    @Test
    void isSet_isTrueOnlyForSets() throws BuiltinException {
        assertThat(call("is_set", set(1))).isEqualTo(BoolValue.TRUE);
        assertThat(call("is_set", json("[1]"))).isEqualTo(BoolValue.FALSE);
    }
}
