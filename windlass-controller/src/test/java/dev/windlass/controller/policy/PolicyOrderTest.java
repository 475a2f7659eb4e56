package dev.windlass.controller.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.engine.sync.SyncInput;
import dev.windlass.engine.sync.SyncOptions;
import dev.windlass.engine.sync.SyncPlan;
import dev.windlass.engine.sync.SyncPlanner;
import dev.windlass.engine.sync.SyncTask;
import dev.windlass.model.KubeObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Templates before their constraints in a sync plan. */
class PolicyOrderTest {

    private static final String TEMPLATE = """
            apiVersion: templates.gatekeeper.sh/v1beta1
            kind: ConstraintTemplate
            metadata: {name: k8srequiredlabels%s}
            spec:
              crd: {spec: {names: {kind: K8sRequiredLabels}}}
            """;

    private static SyncPlan plan(String... yaml) {
        List<KubeObject> targets = new ArrayList<>();
        for (String document : yaml) {
            targets.addAll(PolicyLoop.parseAll(document));
        }
        return SyncPlanner.plan(SyncInput.of(targets, List.of(), Set.of(), SyncOptions.NONE, false, "", false));
    }

    private static List<String> names(SyncPlan plan) {
        return plan.tasks().stream().map(task -> task.key().kind() + "/" + task.key().name()).toList();
    }

    @Test
    void arrange_movesATemplateBeforeAConstraintNamedBeforeIt() {
        SyncPlan planned = plan(TEMPLATE.formatted(""), Policies.requiredLabels("a-labels", "deny", "ns"));
        assertThat(names(planned)).containsExactly("K8sRequiredLabels/a-labels", "ConstraintTemplate/k8srequiredlabels");

        SyncPlan arranged = PolicyOrder.arrange(planned);

        assertThat(names(arranged)).containsExactly("ConstraintTemplate/k8srequiredlabels", "K8sRequiredLabels/a-labels");
    }

    @Test
    void arrange_givesTheTemplateTheWaveOfItsFirstConstraint() {
        String early = Policies.requiredLabels("z-labels", "deny", "ns")
                .replace("  name: z-labels", "  name: z-labels\n  annotations: {argocd.argoproj.io/sync-wave: \"-1\"}");
        SyncPlan arranged = PolicyOrder.arrange(plan(TEMPLATE.formatted(""), early));

        SyncTask first = arranged.tasks().get(0);
        assertThat(first.key().kind()).isEqualTo("ConstraintTemplate");
        assertThat(first.wave()).isEqualTo(-1);
        assertThat(first.id()).startsWith("Sync/-1/");
    }

    @Test
    void arrange_keepsAPlanWhoseTemplatesAlreadyComeFirst() {
        SyncPlan planned = plan(TEMPLATE.formatted(""), Policies.requiredLabels("z-labels", "deny", "ns"),
                Policies.deployment("web", "ns", "{app: web}"));

        assertThat(PolicyOrder.arrange(planned)).isSameAs(planned);
    }
}
