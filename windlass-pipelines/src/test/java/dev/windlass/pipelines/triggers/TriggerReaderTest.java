package dev.windlass.pipelines.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.Issue;
import dev.windlass.model.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriggerReaderTest {

    private static Result<TriggerCatalog> read(String yaml) {
        return TriggerReader.read(TriggerFixtures.objects(yaml));
    }

    private static List<String> messages(Result<TriggerCatalog> result) {
        return result.issues().stream().map(Issue::format).toList();
    }

    @Test
    void githubListener_readsIntoTheCatalog() {
        TriggerCatalog catalog = TriggerFixtures.catalog(TriggerFixtures.GITHUB);

        EventListener listener = catalog.listener("ci-cd", "github-webhook-listener").orElseThrow();
        Trigger trigger = catalog.triggersOf(listener).get(0);
        assertThat(trigger.interceptors()).extracting(InterceptorSpec::name).containsExactly("github", "cel");
        assertThat(trigger.bindings()).containsExactly(new BindingRef("github-push-binding", "TriggerBinding", "", ""));
        assertThat(catalog.template("ci-cd", "build-template")).isPresent();
        assertThat(catalog.binding("TriggerBinding", "ci-cd", "github-push-binding").orElseThrow().params()).hasSize(4);
    }

    @Test
    void v1alpha1InlineInterceptors_areNormalised() {
        TriggerCatalog catalog = TriggerFixtures.catalog("""
                apiVersion: triggers.tekton.dev/v1alpha1
                kind: EventListener
                metadata: {name: el}
                spec:
                  triggers:
                  - name: t
                    interceptors:
                    - github: {eventTypes: [push]}
                    - cel: {filter: "body.x == 'y'"}
                    template: {name: tt}
                """);

        Trigger trigger = catalog.triggersOf(catalog.listeners().get(0)).get(0);
        assertThat(trigger.namespace()).isEqualTo("default");
        assertThat(trigger.interceptors()).extracting(InterceptorSpec::name).containsExactly("github", "cel");
        assertThat(trigger.template().ref()).isEqualTo("tt");
    }

    @Test
    void invalidTriggers_areReportedAtTheirFields() {
        Result<TriggerCatalog> result = read("""
                apiVersion: triggers.tekton.dev/v1beta1
                kind: EventListener
                metadata: {name: el, namespace: ci}
                spec:
                  triggers:
                  - name: t
                    interceptors:
                    - ref: {name: slack}
                    - ref: {name: cel}
                      params:
                      - {name: filter, value: "body.x =="}
                    - webhook: {objectRef: {kind: Service, name: s, apiVersion: v1}}
                    bindings:
                    - {ref: b, name: n}
                    - {ref: b, kind: Other}
                    - {name: n}
                    template: {}
                  triggerGroups:
                  - name: g
                """);

        assertThat(messages(result)).anySatisfy(m -> assertThat(m).contains("spec.triggers[0].interceptors[0].ref.name")
                        .contains("slack is not supported"))
                .anySatisfy(m -> assertThat(m).contains("spec.triggers[0].interceptors[1].params: filter")
                        .contains("does not compile"))
                .anySatisfy(m -> assertThat(m).contains("interceptors[2].webhook"))
                .anySatisfy(m -> assertThat(m).contains("spec.triggers[0].bindings[0]: give either ref or name"))
                .anySatisfy(m -> assertThat(m).contains("spec.triggers[0].bindings[1].kind: invalid kind Other"))
                .anySatisfy(m -> assertThat(m).contains("spec.triggers[0].bindings[2].value: is required"))
                .anySatisfy(m -> assertThat(m).contains("spec.triggers[0].template: give template.ref"))
                .anySatisfy(m -> assertThat(m).contains("warning").contains("triggerGroups are not supported"));
        assertThat(result.errors()).hasSize(7);
    }

    @Test
    void triggerRefsAndLabelSelectors_selectTriggerObjects() {
        TriggerCatalog catalog = TriggerFixtures.catalog("""
                apiVersion: triggers.tekton.dev/v1beta1
                kind: EventListener
                metadata: {name: el, namespace: ci}
                spec:
                  labelSelector: {matchLabels: {team: a}}
                  triggers:
                  - triggerRef: named
                  - triggerRef: absent
                ---
                apiVersion: triggers.tekton.dev/v1beta1
                kind: Trigger
                metadata: {name: named, namespace: ci}
                spec: {template: {ref: tt}}
                ---
                apiVersion: triggers.tekton.dev/v1beta1
                kind: Trigger
                metadata: {name: labelled, namespace: ci, labels: {team: a}}
                spec: {template: {ref: tt}}
                ---
                apiVersion: triggers.tekton.dev/v1beta1
                kind: Trigger
                metadata: {name: other-team, namespace: ci, labels: {team: b}}
                spec: {template: {ref: tt}}
                ---
                apiVersion: triggers.tekton.dev/v1beta1
                kind: TriggerTemplate
                metadata: {name: tt, namespace: ci}
                spec: {resourcetemplates: []}
                """);

        assertThat(catalog.triggersOf(catalog.listeners().get(0))).extracting(Trigger::name)
                .containsExactly("labelled", "named");
    }

    @Test
    void missingReferences_areWarnings() {
        Result<TriggerCatalog> result = read("""
                apiVersion: triggers.tekton.dev/v1beta1
                kind: EventListener
                metadata: {name: el, namespace: ci}
                spec:
                  triggers:
                  - name: t
                    bindings: [{ref: nobinding, kind: ClusterTriggerBinding}]
                    template: {ref: notemplate}
                """);

        assertThat(result.errors()).isEmpty();
        assertThat(messages(result)).anySatisfy(m -> assertThat(m).contains("ClusterTriggerBinding nobinding"))
                .anySatisfy(m -> assertThat(m).contains("TriggerTemplate notemplate"));
    }

    @Test
    void githubAddChangedFiles_isWarnedAboutNotRun() {
        Result<TriggerCatalog> result = read("""
                apiVersion: triggers.tekton.dev/v1beta1
                kind: Trigger
                metadata: {name: t, namespace: ci}
                spec:
                  interceptors:
                  - ref: {name: github}
                    params:
                    - name: addChangedFiles
                      value: {enabled: true}
                  template: {ref: tt}
                """);

        assertThat(messages(result)).anySatisfy(m -> assertThat(m).contains("addChangedFiles").contains("push events only"));
    }
}
