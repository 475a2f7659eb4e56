package dev.windlass.pipelines.triggers;

import dev.windlass.pipelines.subst.GoJson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.KubeObject;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.JsonReader;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BindingAndTemplateTest {

    private static final Node EVENT = MapNode.builder()
            .put("body", JsonReader.create(CodecLimits.DEFAULT).read("b", """
                    {"a":{"b":"x\\"y","n":12,"f":1.5,"t":true,"z":null},"list":[{"id":"c1"},{"id":"c2"}],
                     "dotted":{"tekton.dev":"d"},"obj":{"k":"v","a":[1,2]}}""").documents().get(0).content())
            .put("header", MapNode.builder().put("X-Github-Event", Node.of("push")).build())
            .put("extensions", MapNode.builder().put("short", Node.of("abc")).build())
            .put("context", MapNode.builder().put("eventID", Node.of("ev-1")).build())
            .build();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "body.a.b              | `x\\\"y`",
        "body.a.n              | 12",
        "body.a.f              | 1.5",
        "body.a.t              | true",
        "body.a.z              | null",
        "body.list[1].id       | c2",
        "body.list[-1].id      | c2",
        "body.list[*].id       | `[\"c1\",\"c2\"]`",
        "body.dotted['tekton.dev'] | d",
        "{.body.a.n}           | 12",
        ".body.a.n             | 12",
        "body.obj              | `{\"a\":[1,2],\"k\":\"v\"}`",
        "header.X-Github-Event | push",
        "extensions.short      | abc",
        "context.eventID       | ev-1"})
    void eventPath_findsWhatTektonFinds(String path, String text) {
        EventPath.Found found = EventPath.evaluate(EVENT, path);

        assertThat(found.problem()).isNull();
        assertThat(found.text()).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "body.missing     | missing is not found",
        "body.list[5].id  | array index out of bounds",
        "body.list[?(@.id)] | unsupported JSONPath"})
    void eventPath_missingIsAnError(String path, String problem) {
        assertThat(EventPath.evaluate(EVENT, path).problem()).contains(problem);
    }

    @Test
    void expressions_areFoundWithBalancedParenthesesAndCanonicalHeaders() {
        List<String[]> found = BindingResolver.expressions("$(body.a)-$(header.x-github-event) and $(body.f(x))");

        assertThat(found).extracting(e -> e[0] + "=" + e[1]).containsExactly("$(body.a)=body.a",
                "$(header.x-github-event)=header.X-Github-Event", "$(body.f(x))=body.f(x)");
    }

    private static TriggerTemplate template(String param, Optional<String> def, MapNode resource, boolean oldEscape) {
        return new TriggerTemplate("tt", "ci", List.of(new TemplateParam(param, def)), List.of(resource), oldEscape);
    }

    private static MapNode run(String value) {
        return MapNode.builder().put("apiVersion", Node.of("tekton.dev/v1")).put("kind", Node.of("PipelineRun"))
                .put("metadata", MapNode.builder().put("generateName", Node.of("r-")).build())
                .put("spec", MapNode.builder().put("v", Node.of(value)).build()).build();
    }

    private static TemplateRenderer.Rendered render(TriggerTemplate t, Map<String, String> params) {
        return TemplateRenderer.render(t, params, "uid-1", new TemplateRenderer.Labels("el", "tr", "ev", "ci"));
    }

    @Test
    void template_substitutesParamsUidAndKeepsGenerateName() {
        KubeObject out = render(template("p", Optional.empty(), run("$(tt.params.p)/$(uid)"), false), Map.of("p", "x\\\"y"))
                .objects().get(0);

        assertThat(out.field(dev.windlass.model.tree.FieldPath.of("spec", "v"))).contains(Node.of("x\"y/uid-1"));
        assertThat(out.generateName()).isEqualTo("r-");
        assertThat(out.namespace()).isEqualTo("ci");
        assertThat(out.labels()).containsEntry("triggers.tekton.dev/triggers-eventid", "ev");
    }

    @Test
    void template_escapesTektonVariablesInValuesAndLeavesUnboundParams() {
        KubeObject out = render(template("p", Optional.empty(), run("$(tt.params.p) $(tt.params.q)"), false),
                Map.of("p", "$(params.x)")).objects().get(0);

        assertThat(out.field(dev.windlass.model.tree.FieldPath.of("spec", "v")))
                .contains(Node.of("$$(params.x) $(tt.params.q)"));
    }

    @Test
    void template_jsonObjectInQuotedString_failsUnlessOldEscapeQuotes() {
        String json = "{\"k\":\"v\"}";

        assertThat(render(template("p", Optional.empty(), run("$(tt.params.p)"), false), Map.of("p", json)).problem())
                .contains("couldn't unmarshal json");
        assertThat(render(template("p", Optional.empty(), run("$(tt.params.p)"), true), Map.of("p", json)).objects())
                .singleElement().satisfies(o -> assertThat(o.field(dev.windlass.model.tree.FieldPath.of("spec", "v")))
                        .contains(Node.of(json)));
    }

    @Test
    void binding_missingFieldFallsBackToTheTemplateDefault() {
        String yaml = """
                apiVersion: triggers.tekton.dev/v1beta1
                kind: TriggerTemplate
                metadata: {name: tt, namespace: ci}
                spec:
                  params:
                  - {name: rev, default: main}
                  resourcetemplates:
                  - {apiVersion: v1, kind: ConfigMap, metadata: {name: c}, data: {rev: $(tt.params.rev)}}
                """;
        TriggerCatalog catalog = TriggerFixtures.catalog(yaml);
        Trigger trigger = new Trigger("t", "ci", List.of(), List.of(new BindingRef("", "", "rev", "$(body.nope)")),
                new TemplateChoice("tt", Optional.empty()), "");

        BindingResolver.Resolved resolved = new BindingResolver(catalog).resolve(trigger, EVENT);

        assertThat(resolved.problem()).isNull();
        assertThat(resolved.params()).containsEntry("rev", "main");
    }

    @Test
    void binding_duplicateParamNames_failTheTrigger() {
        Trigger trigger = new Trigger("t", "ci", List.of(), List.of(new BindingRef("", "", "a", "1"),
                new BindingRef("", "", "a", "2")), new TemplateChoice("", Optional.of(template("a", Optional.empty(),
                run("x"), false))), "");

        assertThat(new BindingResolver(TriggerCatalog.builder().build()).resolve(trigger, EVENT).problem())
                .contains("duplicate param name: a");
    }

    @Test
    void goJson_printsNumbersAsGo() {
        assertThat(List.of(GoJson.number(2.0), GoJson.number(1.5), GoJson.number(1e21), GoJson.number(1e-7)))
                .containsExactly("2", "1.5", "1e+21", "1e-07");
    }
}
