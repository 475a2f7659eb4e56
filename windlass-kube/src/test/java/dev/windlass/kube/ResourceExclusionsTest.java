package dev.windlass.kube;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.GroupKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResourceExclusionsTest {

    @ParameterizedTest(name = "{0}/{1} excluded = {2}")
    @CsvSource({
        "'', Event, true",
        "events.k8s.io, Event, true",
        "metrics.k8s.io, PodMetrics, true",
        "'', Endpoints, true",
        "discovery.k8s.io, EndpointSlice, true",
        "coordination.k8s.io, Lease, true",
        "authorization.k8s.io, SubjectAccessReview, true",
        "authentication.k8s.io, TokenReview, true",
        "apiregistration.k8s.io, APIService, true",
        "certificates.k8s.io, CertificateSigningRequest, true",
        "cert-manager.io, CertificateRequest, true",
        "cert-manager.io, Certificate, false",
        "'', ConfigMap, false",
        "'', Pod, false",
        "apps, Deployment, false",
        "apps, ControllerRevision, false",
        "argoproj.io, Application, false"})
    void excluded_followsArgoCdsDefaults(String group, String kind, boolean excluded) {
        assertThat(ResourceExclusions.excluded(new GroupKind(group, kind))).isEqualTo(excluded);
    }
}
