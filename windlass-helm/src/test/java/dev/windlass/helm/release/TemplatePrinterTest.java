package dev.windlass.helm.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.helm.HelmException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplatePrinterTest {

    private static final RenderedManifest SVC = new RenderedManifest("c/templates/svc.yaml", "kind: Service\n", "Service",
            List.of());
    private static final RenderedManifest CRD = new RenderedManifest("c/crds/crd.yaml", "kind: CustomResourceDefinition",
            "CustomResourceDefinition", List.of());
    private static final RenderedManifest TEST = new RenderedManifest("c/templates/tests/t.yaml", "kind: Pod\n", "Pod",
            List.of("test"));
    private static final RenderedManifest HOOK = new RenderedManifest("c/templates/job.yaml", "kind: Job", "Job",
            List.of("pre-install"));

    @Test
    void manifest_printsCrdsFirstThenManifestsWithSourceHeaders() {
        assertThat(TemplatePrinter.manifest(List.of(CRD), List.of(SVC))).isEqualTo(
                "---\n# Source: c/crds/crd.yaml\nkind: CustomResourceDefinition\n"
                        + "---\n# Source: c/templates/svc.yaml\nkind: Service\n\n");
    }

    @Test
    void withHooks_trimsTheManifestAndAppendsHooks() {
        String manifest = TemplatePrinter.manifest(List.of(), List.of(SVC));
        assertThat(TemplatePrinter.withHooks(manifest, List.of(HOOK, TEST), TemplateRequest.defaults())).isEqualTo(
                "---\n# Source: c/templates/svc.yaml\nkind: Service\n"
                        + "---\n# Source: c/templates/job.yaml\nkind: Job\n"
                        + "---\n# Source: c/templates/tests/t.yaml\nkind: Pod\n\n");
    }

    @Test
    void withHooks_leavesOutTestsWithSkipTestsAndAllHooksWithNoHooks() {
        TemplateRequest d = TemplateRequest.defaults();
        TemplateRequest skipTests = new TemplateRequest(d.releaseName(), d.namespace(), "", List.of(), false, false,
                false, true, false, List.of(), false, false);
        TemplateRequest noHooks = new TemplateRequest(d.releaseName(), d.namespace(), "", List.of(), false, false,
                false, false, true, List.of(), false, false);
        assertThat(TemplatePrinter.withHooks("", List.of(HOOK, TEST), skipTests))
                .isEqualTo("\n---\n# Source: c/templates/job.yaml\nkind: Job\n");
        assertThat(TemplatePrinter.withHooks("", List.of(HOOK, TEST), noHooks)).isEqualTo("\n");
    }

    @Test
    void showOnly_selectsDocumentsPatternByPattern() throws HelmException {
        String printed = TemplatePrinter.withHooks(TemplatePrinter.manifest(List.of(), List.of(SVC)), List.of(HOOK),
                TemplateRequest.defaults());
        assertThat(TemplatePrinter.showOnly(printed, List.of("templates/job.yaml", "templates/svc.yaml"), null))
                .isEqualTo("---\n# Source: c/templates/job.yaml\nkind: Job\n\n"
                        + "---\n# Source: c/templates/svc.yaml\nkind: Service\n\n");
    }

    @Test
    void showOnly_failsForAPatternMatchingNothing() {
        assertThatThrownBy(() -> TemplatePrinter.showOnly("\n", List.of("templates/nope.yaml"), null))
                .hasMessage("could not find template templates/nope.yaml in chart");
    }

    @Test
    void showOnly_reportsTheRenderErrorInsteadWhenThereIsOne() {
        HelmException renderError = new HelmException("boom");
        assertThatThrownBy(() -> TemplatePrinter.showOnly("\n", List.of("templates/nope.yaml"), renderError))
                .isSameAs(renderError);
    }
}
