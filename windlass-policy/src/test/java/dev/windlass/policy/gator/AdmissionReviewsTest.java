package dev.windlass.policy.gator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.model.KubeObject;
import dev.windlass.policy.Review;
import org.junit.jupiter.api.Test;

class AdmissionReviewsTest {

    private static KubeObject one(String yaml) throws GatorException {
        return ObjectFiles.parse("r.yaml", yaml).get(0);
    }

    @Test
    void update_keepsOperationObjectOldObjectAndUser() throws GatorException {
        KubeObject ar = one("""
                kind: AdmissionReview
                apiVersion: admission.k8s.io/v1beta1
                request:
                  operation: UPDATE
                  userInfo: {username: alice, groups: [dev]}
                  object: {apiVersion: v1, kind: Pod, metadata: {name: new}}
                  oldObject: {apiVersion: v1, kind: Pod, metadata: {name: old}}
                """);
        assertThat(AdmissionReviews.isAdmissionReview(ar)).isTrue();
        Review r = AdmissionReviews.toReview(ar, "r.yaml");
        assertThat(r.operation()).isEqualTo("UPDATE");
        assertThat(r.object().name()).isEqualTo("new");
        assertThat(r.oldObject().name()).isEqualTo("old");
        assertThat(r.userInfo()).containsEntry("username", "alice");
    }

    @Test
    void delete_reviewsTheOldObject() throws GatorException {
        Review r = AdmissionReviews.toReview(one("""
                kind: AdmissionReview
                apiVersion: admission.k8s.io/v1
                request:
                  operation: DELETE
                  oldObject: {apiVersion: v1, kind: Pod, metadata: {name: gone}}
                """), "r.yaml");
        assertThat(r.object().name()).isEqualTo("gone");
        assertThat(r.operation()).isEqualTo("DELETE");
    }

    @Test
    void noObjects_isAnError() {
        assertThatThrownBy(() -> AdmissionReviews.toReview(one("""
                kind: AdmissionReview
                apiVersion: admission.k8s.io/v1
                request: {operation: CREATE}
                """), "r.yaml")).hasMessageContaining("no object for review");
    }

    @Test
    void noRequest_isAnError() {
        assertThatThrownBy(() -> AdmissionReviews.toReview(one("kind: AdmissionReview\napiVersion: admission.k8s.io/v1\n"),
                "r.yaml")).hasMessageContaining("missing admission request");
    }
}
