package dev.windlass.sandbox.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.tree.MapNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each row: the schema of {@code spec}, the value of {@code spec}, and the exact causes the real server reports. */
class SchemaValidatorTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                row("minimum",
                        "{'type':'object','properties':{'size':{'type':'integer','minimum':1}}}", "{'size':0}",
                        "spec.size: Invalid value: 0: spec.size in body should be greater than or equal to 1"),
                row("exclusive minimum",
                        "{'type':'object','properties':{'size':{'type':'integer','minimum':1,'exclusiveMinimum':true}}}",
                        "{'size':1}", "spec.size: Invalid value: 1: spec.size in body should be greater than 1"),
                row("maximum",
                        "{'type':'object','properties':{'size':{'type':'integer','maximum':10}}}", "{'size':11}",
                        "spec.size: Invalid value: 11: spec.size in body should be less than or equal to 10"),
                row("exclusive maximum of a float",
                        "{'type':'object','properties':{'ratio':{'type':'number','maximum':2.5,'exclusiveMaximum':true}}}",
                        "{'ratio':2.5}", "spec.ratio: Invalid value: 2.5: spec.ratio in body should be less than 2.5"),
                row("multipleOf",
                        "{'type':'object','properties':{'size':{'type':'integer','multipleOf':5}}}", "{'size':7}",
                        "spec.size: Invalid value: 7: spec.size in body should be a multiple of 5"),
                row("string enum",
                        "{'type':'object','properties':{'color':{'type':'string','enum':['red','blue']}}}",
                        "{'color':'pink'}", "spec.color: Unsupported value: \"pink\": supported values: \"red\", \"blue\""),
                row("integer enum",
                        "{'type':'object','properties':{'n':{'type':'integer','enum':[1,2]}}}", "{'n':3}",
                        "spec.n: Unsupported value: 3: supported values: \"1\", \"2\""),
                row("required",
                        "{'type':'object','required':['name'],'properties':{'name':{'type':'string'}}}", "{}",
                        "spec.name: Required value"),
                row("wrong type",
                        "{'type':'object','properties':{'size':{'type':'integer'}}}", "{'size':'big'}",
                        "spec.size: Invalid value: \"string\": spec.size in body must be of type integer: \"string\""),
                row("integral float is an integer",
                        "{'type':'object','properties':{'size':{'type':'integer'}}}", "{'size':3.0}"),
                row("maxLength",
                        "{'type':'object','properties':{'name':{'type':'string','maxLength':3}}}", "{'name':'abcd'}",
                        "spec.name: Too long: may not be more than 3 bytes"),
                row("minLength counts characters",
                        "{'type':'object','properties':{'name':{'type':'string','minLength':2}}}", "{'name':'é'}",
                        "spec.name: Invalid value: \"é\": spec.name in body should be at least 2 chars long"),
                row("pattern",
                        "{'type':'object','properties':{'name':{'type':'string','pattern':'^[a-z]+$'}}}",
                        "{'name':'ABC'}", "spec.name: Invalid value: \"ABC\": spec.name in body should match '^[a-z]+$'"),
                row("unanchored pattern matches anywhere",
                        "{'type':'object','properties':{'name':{'type':'string','pattern':'[0-9]'}}}", "{'name':'a1b'}"),
                row("minItems",
                        "{'type':'object','properties':{'tags':{'type':'array','minItems':1,'items':{'type':'string'}}}}",
                        "{'tags':[]}", "spec.tags: Invalid value: 0: spec.tags in body should have at least 1 items"),
                row("maxItems",
                        "{'type':'object','properties':{'tags':{'type':'array','maxItems':2,'items':{'type':'string'}}}}",
                        "{'tags':['a','b','c']}", "spec.tags: Too many: 3: must have at most 2 items"),
                row("items",
                        "{'type':'object','properties':{'tags':{'type':'array','items':{'type':'string'}}}}",
                        "{'tags':['a',1]}",
                        "spec.tags[1]: Invalid value: \"integer\": spec.tags[1] in body must be of type string: \"integer\""),
                row("minProperties",
                        "{'type':'object','properties':{'labels':{'type':'object','minProperties':1,"
                                + "'additionalProperties':{'type':'string'}}}}", "{'labels':{}}",
                        "spec.labels: Invalid value: 0: spec.labels in body should have at least 1 properties"),
                row("maxProperties",
                        "{'type':'object','properties':{'labels':{'type':'object','maxProperties':1,"
                                + "'additionalProperties':{'type':'string'}}}}", "{'labels':{'a':'1','b':'2'}}",
                        "spec.labels: Too many: 2: must have at most 1 items"),
                row("additionalProperties schema",
                        "{'type':'object','properties':{'labels':{'type':'object','additionalProperties':{'type':'string'}}}}",
                        "{'labels':{'a':1}}",
                        "spec.labels.a: Invalid value: \"integer\": spec.labels.a in body must be of type string: \"integer\""),
                row("additionalProperties false",
                        "{'type':'object','x-kubernetes-preserve-unknown-fields':true,'additionalProperties':false,"
                                + "'properties':{'a':{'type':'string'}}}", "{'a':'x','bogus':1}",
                        "spec: Invalid value: \"bogus\": spec.bogus in body is a forbidden property"),
                row("date-time format",
                        "{'type':'object','properties':{'at':{'type':'string','format':'date-time'}}}",
                        "{'at':'yesterday'}",
                        "spec.at: Invalid value: \"yesterday\": spec.at in body must be of type date-time: \"yesterday\""),
                row("int32 format is not checked",
                        "{'type':'object','properties':{'n':{'type':'integer','format':'int32'}}}", "{'n':1099511627776}"),
                row("nullable allows null",
                        "{'type':'object','properties':{'n':{'type':'string','nullable':true}}}", "{'n':null}"),
                row("null item of a non-nullable type",
                        "{'type':'object','properties':{'tags':{'type':'array','items':{'type':'string'}}}}",
                        "{'tags':[null]}",
                        "spec.tags[0]: Invalid value: \"null\": spec.tags[0] in body must be of type string: \"null\""),
                row("int-or-string takes both",
                        "{'type':'object','properties':{'a':{'x-kubernetes-int-or-string':true},"
                                + "'b':{'x-kubernetes-int-or-string':true}}}", "{'a':80,'b':'http'}"),
                row("int-or-string refuses a fraction",
                        "{'type':'object','properties':{'port':{'x-kubernetes-int-or-string':true}}}", "{'port':1.5}",
                        "spec.port: Invalid value: \"number\": spec.port in body must be of type integer,string: \"number\""),
                row("oneOf with two matches",
                        "{'type':'object','properties':{'x':{'type':'integer','oneOf':[{'minimum':1},{'maximum':10}]}}}",
                        "{'x':5}",
                        "<nil>: Invalid value: \"\": \"spec.x\" must validate one and only one schema (oneOf). "
                                + "Found 2 valid alternatives"),
                row("not",
                        "{'type':'object','properties':{'x':{'type':'string','not':{'enum':['forbidden']}}}}",
                        "{'x':'forbidden'}", "<nil>: Invalid value: \"\": \"spec.x\" must not validate the schema (not)"),
                row("allOf reports the failing branch",
                        "{'type':'object','properties':{'x':{'type':'integer','allOf':[{'minimum':1},{'maximum':3}]}}}",
                        "{'x':5}", "spec.x: Invalid value: 5: spec.x in body should be less than or equal to 3",
                        "<nil>: Invalid value: \"\": \"spec.x\" must validate all the schemas (allOf)"),
                row("every problem at once",
                        "{'type':'object','required':['name'],'properties':{'size':{'type':'integer','minimum':1},"
                                + "'color':{'type':'string','enum':['red','blue']},'name':{'type':'string'}}}",
                        "{'size':0,'color':'pink'}",
                        "spec.size: Invalid value: 0: spec.size in body should be greater than or equal to 1",
                        "spec.color: Unsupported value: \"pink\": supported values: \"red\", \"blue\"",
                        "spec.name: Required value"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void validate_reportsWhatTheRealServerReports(String name, String specSchema, String spec, List<String> expected) {
        MapNode object = Json.map("{\"spec\":" + spec + "}");

        List<String> causes = SchemaValidator.validate(Json.withSpec(specSchema), object).stream()
                .map(v -> v.cause().field() + ": " + v.cause().message()).toList();

        assertThat(causes).containsExactlyElementsOf(expected);
    }

    private static Arguments row(String name, String schema, String value, String... expected) {
        return Arguments.of(name, schema.replace('\'', '"'), value.replace('\'', '"'), List.of(expected));
    }
}
