package dev.windlass.model.patch;

import static dev.windlass.model.patch.PatchTestNodes.json;
import static dev.windlass.model.patch.PatchTestNodes.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.tree.Node;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonMergePatchTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            nested maps merge                  | {'a':{'b':1,'c':2}}        | {'a':{'c':3,'d':4}}     | {'a':{'b':1,'c':3,'d':4}}
            null deletes a key                 | {'a':1,'b':2}              | {'a':null}              | {'b':2}
            null for a missing key is a no-op  | {'a':1}                    | {'x':null}              | {'a':1}
            lists are replaced, not merged     | {'l':[{'n':1},{'n':2}]}    | {'l':[{'n':3}]}         | {'l':[{'n':3}]}
            a list item null stays             | {'l':[1]}                  | {'l':[null,2]}          | {'l':[null,2]}
            a scalar replaces a map            | {'a':{'b':1}}              | {'a':'x'}               | {'a':'x'}
            a map replaces a scalar            | {'a':'x'}                  | {'a':{'b':1,'c':null}}  | {'a':{'b':1}}
            nulls in added maps are dropped    | {}                         | {'a':{'b':null,'c':{}}} | {'a':{'c':{}}}
            a patch that is not a map replaces | {'a':1}                    | [1,2]                   | [1,2]
            an empty patch changes nothing     | {'a':1}                    | {}                      | {'a':1}
            """)
    void apply_followsRfc7386(String name, String target, String patch, String expected) {
        assertThat(JsonMergePatch.apply(json(target), json(patch))).isEqualTo(json(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unchanged gives an empty patch     | {'a':{'b':[1]}}      | {'a':{'b':[1]}}          | {}
            a removed key maps to null         | {'a':1,'b':2}        | {'b':2}                  | {'a':null}
            a changed nested value recurses    | {'s':{'r':1,'x':1}}  | {'s':{'r':2,'x':1}}      | {'s':{'r':2}}
            a changed list is given whole      | {'l':[1,2]}          | {'l':[1,3]}              | {'l':[1,3]}
            an added key is given whole        | {}                   | {'m':{'k':'v'}}          | {'m':{'k':'v'}}
            a map turned scalar is given whole | {'m':{'k':'v'}}      | {'m':5}                  | {'m':5}
            3 and 3.0 are the same number      | {'n':3}              | {'n':3.0}                | {}
            """)
    void diff_producesAMinimalMergePatch(String name, String original, String modified, String expected) {
        Node patch = JsonMergePatch.diff(json(original), json(modified));

        assertThat(patch).isEqualTo(json(expected));
        assertThat(JsonValues.equal(JsonMergePatch.apply(json(original), patch), json(modified))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            existing keys keep their place | {'a':1,'b':2,'c':3} | {'b':9,'d':4} | {'a':1,'b':9,'c':3,'d':4}
            """)
    void apply_keepsKeyOrderAndAppendsNewKeys(String name, String target, String patch, String expected) {
        assertThat(text(JsonMergePatch.apply(json(target), json(patch)))).isEqualTo(expected);
    }
}
