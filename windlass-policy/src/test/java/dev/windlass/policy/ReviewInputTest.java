package dev.windlass.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.StringValue;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewInputTest {

    @Test
    void review_hasTheAdmissionRequestShape() {
        ObjectValue r = ReviewInput.review(Review.create(TestObjects.yaml(
                "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: prod}")), null);
        assertThat(r.get("kind")).isEqualTo(ObjectValue.ofStrings(Map.of("group", StringValue.of("apps"),
                "version", StringValue.of("v1"), "kind", StringValue.of("Deployment"))));
        assertThat(r.get("name")).isEqualTo(StringValue.of("web"));
        assertThat(r.get("namespace")).isEqualTo(StringValue.of("prod"));
        assertThat(r.get("operation")).isEqualTo(StringValue.of("CREATE"));
        assertThat(r.get("userInfo")).isEqualTo(ObjectValue.EMPTY);
        assertThat(((ObjectValue) r.get("object")).get("kind")).isEqualTo(StringValue.of("Deployment"));
        assertThat(r.get("oldObject")).isNull();
    }

    @Test
    void clusterScopedObjects_haveNoNamespaceField() {
        ObjectValue r = ReviewInput.review(Review.create(TestObjects.namespace("prod")), null);
        assertThat(r.get("namespace")).isNull();
    }

    @Test
    void delete_hasTheObjectAsOldObject() {
        ObjectValue r = ReviewInput.review(new Review(TestObjects.pod("a", "p"), null, "DELETE", Map.of(), null), null);
        assertThat(r.get("oldObject")).isEqualTo(r.get("object"));
    }

    @Test
    void knownNamespace_isSideloadedUnderUnstable() {
        ObjectValue r = ReviewInput.review(Review.create(TestObjects.pod("a", "p")), TestObjects.namespace("a"));
        assertThat(((ObjectValue) r.get("_unstable")).get("namespace")).isInstanceOf(ObjectValue.class);
    }

    @Test
    void input_hasEmptyParametersWhenTheConstraintHasNone() {
        Constraint c = new Constraint("K8sX", "c", Match.ALL, null, ActionSpec.DENY);
        ObjectValue in = ReviewInput.input(ObjectValue.EMPTY, c);
        assertThat(in.get("parameters")).isEqualTo(ObjectValue.EMPTY);
        assertThat(in.get("review")).isEqualTo(ObjectValue.EMPTY);
    }
}
