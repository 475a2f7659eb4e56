package dev.windlass.sandbox.controller.lifecycle;

import static dev.windlass.sandbox.controller.lifecycle.LifecycleFixture.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressClassBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressLoadBalancerIngress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressLoadBalancerIngressBuilder;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The simulated ingress-nginx (as kind installs it): which Ingresses get {@code hostname: localhost}.
 * An Ingress expected to stay without an address is checked after a later, served Ingress got
 * one: the controller handles both in order with the same delay.
 */
class IngressControllerTest {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final IngressLoadBalancerIngress LOCALHOST = new IngressLoadBalancerIngressBuilder()
            .withHostname("localhost").build();
    private static LifecycleFixture fx;
    private static String ns;

    @BeforeAll
    static void start() {
        fx = LifecycleFixture.start();
        ns = fx.namespace("ing");
        ingressClass("other-controller", "example.com/other");
        ingressClass("nginx-too", IngressController.CONTROLLER_CLASS);
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void ingressWithoutClass_getsLocalhostWrittenByTheNginxControllerThroughStatus() {
        String name = create(ingress(null, Map.of()));

        eventually().untilAsserted(() -> assertThat(addresses(name)).containsExactly(LOCALHOST));
        ManagedFieldsEntry entry = get(name).getMetadata().getManagedFields().stream()
                .filter(m -> m.getManager().equals("nginx-ingress-controller")).findFirst().orElseThrow();
        assertThat(entry.getSubresource()).isEqualTo("status");
        assertThat(entry.getOperation()).isEqualTo("Update");
    }

    @ParameterizedTest(name = "class {0}, annotation {1}: served {2}")
    @CsvSource(nullValues = "-", value = {
        "nginx, -, true",
        "nginx-too, -, true",
        "-, nginx, true",
        "other-controller, -, false",
        "missing, -, false",
        "-, traefik, false",
        "missing, nginx, false"})
    void ingressClass_decidesWhetherIngressNginxServesTheIngress(String className, String annotation, boolean served) {
        Map<String, String> annotations = annotation == null ? Map.of() : Map.of(IngressController.CLASS_ANNOTATION, annotation);
        String name = create(ingress(className, annotations));
        String witness = create(ingress(null, Map.of()));

        eventually().untilAsserted(() -> assertThat(addresses(witness)).containsExactly(LOCALHOST));
        assertThat(addresses(name)).isEqualTo(served ? List.of(LOCALHOST) : List.of());
    }

    @Test
    void classNamedNginx_isNotServedWhenAnIngressClassOfThatNameBelongsToAnotherController() {
        ingressClass("nginx", "example.com/other");
        try {
            String name = create(ingress("nginx", Map.of()));
            String witness = create(ingress(null, Map.of()));

            eventually().untilAsserted(() -> assertThat(addresses(witness)).containsExactly(LOCALHOST));
            assertThat(addresses(name)).isEmpty();
        } finally {
            fx.client.network().v1().ingressClasses().withName("nginx").delete();
        }
    }

    @Test
    void ingressClassCreatedLater_getsItsWaitingIngressServed() {
        String name = create(ingress("late", Map.of()));
        String witness = create(ingress(null, Map.of()));
        eventually().untilAsserted(() -> assertThat(addresses(witness)).containsExactly(LOCALHOST));
        assertThat(addresses(name)).isEmpty();

        ingressClass("late", IngressController.CONTROLLER_CLASS);

        eventually().untilAsserted(() -> assertThat(addresses(name)).containsExactly(LOCALHOST));
    }

    @Test
    void anotherAddress_isReplacedByTheControllersOwn() {
        String name = create(ingress(null, Map.of()));
        eventually().untilAsserted(() -> assertThat(addresses(name)).containsExactly(LOCALHOST));

        Ingress current = get(name);
        current.getStatus().getLoadBalancer().setIngress(List.of(new IngressLoadBalancerIngressBuilder()
                .withIp("203.0.113.7").build()));
        fx.client.network().v1().ingresses().inNamespace(ns).resource(current).updateStatus();

        eventually().untilAsserted(() -> assertThat(addresses(name)).containsExactly(LOCALHOST));
    }

    @Test
    void ingressMovedToAnotherController_keepsTheAddressItHad() {
        String name = create(ingress(null, Map.of()));
        eventually().untilAsserted(() -> assertThat(addresses(name)).containsExactly(LOCALHOST));

        fx.client.network().v1().ingresses().inNamespace(ns).withName(name)
                .edit(i -> new IngressBuilder(i).editSpec().withIngressClassName("other-controller").endSpec().build());
        String witness = create(ingress(null, Map.of()));

        eventually().untilAsserted(() -> assertThat(addresses(witness)).containsExactly(LOCALHOST));
        assertThat(addresses(name)).containsExactly(LOCALHOST);
    }

    @Test
    void ingressDeletedBeforeTheDelay_staysDeleted() {
        String name = create(ingress(null, Map.of()));
        fx.client.network().v1().ingresses().inNamespace(ns).withName(name).delete();
        String witness = create(ingress(null, Map.of()));

        eventually().untilAsserted(() -> assertThat(addresses(witness)).containsExactly(LOCALHOST));
        assertThat(get(name)).isNull();
    }

    private static void ingressClass(String name, String controller) {
        fx.client.network().v1().ingressClasses().resource(new IngressClassBuilder().withNewMetadata().withName(name)
                .endMetadata().withNewSpec().withController(controller).endSpec().build()).create();
    }

    private static Ingress ingress(String className, Map<String, String> annotations) {
        return new IngressBuilder().withNewMetadata().withName("web-" + NAMES.incrementAndGet())
                .withAnnotations(annotations).endMetadata()
                .withNewSpec().withIngressClassName(className).addNewRule().withHost("shop.example.com").withNewHttp()
                .addNewPath().withPath("/").withPathType("Prefix").withNewBackend().withNewService().withName("web")
                .withNewPort().withNumber(80).endPort().endService().endBackend().endPath().endHttp().endRule()
                .endSpec().build();
    }

    private static String create(Ingress ingress) {
        return fx.client.network().v1().ingresses().inNamespace(ns).resource(ingress).create().getMetadata().getName();
    }

    private static Ingress get(String name) {
        return fx.client.network().v1().ingresses().inNamespace(ns).withName(name).get();
    }

    private static List<IngressLoadBalancerIngress> addresses(String name) {
        Ingress ingress = get(name);
        if (ingress.getStatus() == null || ingress.getStatus().getLoadBalancer() == null
                || ingress.getStatus().getLoadBalancer().getIngress() == null) {
            return List.of();
        }
        return ingress.getStatus().getLoadBalancer().getIngress();
    }
}
