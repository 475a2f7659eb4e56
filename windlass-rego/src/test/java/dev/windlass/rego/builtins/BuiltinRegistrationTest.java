package dev.windlass.rego.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The standard table holds every core built-in under OPA's name with OPA's arity. */
class BuiltinRegistrationTest {
    private static final String CORE = "plus:2 minus:2 mul:2 div:2 rem:2 abs:1 round:1 ceil:1 floor:1 numbers.range:2"
            + " numbers.range_step:3 count:1 sum:1 product:1 max:1 min:1 sort:1 all:1 any:1 array.concat:2"
            + " array.slice:3 array.reverse:1 intersection:1 union:1 and:2 or:2 object.get:3 object.keys:1"
            + " object.remove:2 object.filter:2 object.union:2 object.union_n:1 object.subset:2 concat:2 contains:2"
            + " startswith:2 endswith:2 format_int:2 indexof:2 indexof_n:2 lower:1 upper:1 replace:3 split:2"
            + " sprintf:2 substring:3 trim:2 trim_left:2 trim_prefix:2 trim_right:2 trim_suffix:2 trim_space:1"
            + " strings.replace_n:2 strings.reverse:1 strings.any_prefix_match:2 strings.any_suffix_match:2"
            + " strings.count:2 regex.match:2 re_match:2 regex.is_valid:1 regex.split:2 regex.find_n:3"
            + " regex.find_all_string_submatch_n:3 regex.replace:3 regex.template_match:4 regex.globs_match:2"
            + " glob.match:3 glob.quote_meta:1 is_number:1 is_string:1 is_boolean:1 is_array:1 is_set:1"
            + " is_object:1 is_null:1 type_name:1 to_number:1 bits.or:2 bits.and:2 bits.negate:1 bits.xor:2"
            + " bits.lsh:2 bits.rsh:2 equal:2 neq:2 lt:2 lte:2 gt:2 gte:2 internal.member_2:2 internal.member_3:3";

    @Test
    void standard_registersEveryCoreBuiltinWithOpasArity() {
        Map<String, Integer> expected = new TreeMap<>();
        Arrays.stream(CORE.split(" ")).map(s -> s.split(":"))
                .forEach(p -> expected.put(p[0], Integer.parseInt(p[1])));
        Map<String, Integer> actual = new TreeMap<>();
        for (String name : expected.keySet()) {
            BuiltinTable.standard().find(name).ifPresent(b -> actual.put(name, b.arity()));
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void standard_coreBuiltinsAreDeterministic() {
        for (String entry : CORE.split(" ")) {
            String name = entry.substring(0, entry.lastIndexOf(':'));
            assertThat(BuiltinTable.standard().find(name)).get().extracting(Builtin::deterministic).isEqualTo(true);
        }
    }
}
