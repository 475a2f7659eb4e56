package dev.windlass.sandbox.controller.lifecycle;

import static dev.windlass.sandbox.controller.lifecycle.LifecycleFixture.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ServiceAdmissionTest {

    private static LifecycleFixture fx;
    private static String ns;

    @BeforeAll
    static void start() {
        fx = LifecycleFixture.start();
        ns = fx.namespace("svc");
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void create_allocatesUniqueClusterIpsFromTheServiceRange() {
        Set<String> ips = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            Service created = create(service("unique-" + i, null));
            String ip = created.getSpec().getClusterIP();
            assertThat(ip).startsWith("10.").satisfies(a -> assertThat(ClusterIps.parse(a))
                    .isBetween(ClusterIps.parse("10.96.0.1"), ClusterIps.parse("10.111.255.254")));
            assertThat(created.getSpec().getClusterIPs()).containsExactly(ip);
            ips.add(ip);
        }
        assertThat(ips).hasSize(5).doesNotContain("10.96.0.1");
    }

    @Test
    void create_fillsTheServerDefaults() {
        Service created = create(service("defaults", null));

        assertThat(created.getSpec().getType()).isEqualTo("ClusterIP");
        assertThat(created.getSpec().getSessionAffinity()).isEqualTo("None");
        assertThat(created.getSpec().getIpFamilies()).containsExactly("IPv4");
        assertThat(created.getSpec().getIpFamilyPolicy()).isEqualTo("SingleStack");
        assertThat(created.getSpec().getInternalTrafficPolicy()).isEqualTo("Cluster");
        ServicePort port = created.getSpec().getPorts().get(0);
        assertThat(port.getProtocol()).isEqualTo("TCP");
        assertThat(port.getTargetPort()).isEqualTo(new IntOrString(80));
        assertThat(port.getNodePort()).isNull();
    }

    @Test
    void update_keepsAllocatedValuesTheClientLeftOut() {
        Service created = create(service("kept", "NodePort"));
        Service resent = service("kept", "NodePort");
        resent.getMetadata().setResourceVersion(created.getMetadata().getResourceVersion());
        resent.getMetadata().setLabels(java.util.Map.of("v", "2"));

        Service updated = fx.client.services().inNamespace(ns).resource(resent).update();

        assertThat(updated.getSpec().getClusterIP()).isEqualTo(created.getSpec().getClusterIP());
        assertThat(updated.getSpec().getPorts().get(0).getNodePort())
                .isEqualTo(created.getSpec().getPorts().get(0).getNodePort());
        assertThat(updated.getMetadata().getLabels()).containsEntry("v", "2");
    }

    @Test
    void update_refusesChangingTheClusterIp() {
        Service created = create(service("fixed", null));
        created.getSpec().setClusterIP("10.96.0.77");
        created.getSpec().setClusterIPs(List.of("10.96.0.77"));

        assertThatThrownBy(() -> fx.client.services().inNamespace(ns).resource(created).update())
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    assertThat(e.getMessage()).contains("spec.clusterIPs[0]").contains("may not change once set");
                });
    }

    @Test
    void create_keepsHeadlessServicesWithoutAnAddress() {
        Service headless = service("headless", null);
        headless.getSpec().setClusterIP("None");

        Service created = create(headless);

        assertThat(created.getSpec().getClusterIP()).isEqualTo("None");
        assertThat(created.getSpec().getClusterIPs()).containsExactly("None");
    }

    @Test
    void create_givesExternalNameServicesNoAddress() {
        Service external = new ServiceBuilder().withNewMetadata().withName("external").endMetadata()
                .withNewSpec().withType("ExternalName").withExternalName("example.com").endSpec().build();

        Service created = create(external);

        assertThat(created.getSpec().getClusterIP()).isNull();
        assertThat(created.getSpec().getClusterIPs()).isEmpty();
        assertThat(created.getSpec().getIpFamilies()).isEmpty();
    }

    @Test
    void create_refusesAnAddressInUseOrOutsideTheRange() {
        Service taken = service("taken", null);
        taken.getSpec().setClusterIP("10.96.0.1");
        Service outside = service("outside", null);
        outside.getSpec().setClusterIP("192.168.0.10");

        assertThatThrownBy(() -> create(taken)).isInstanceOfSatisfying(KubernetesClientException.class, e ->
                assertThat(e.getMessage()).contains("failed to allocate IP 10.96.0.1: provided IP is already allocated"));
        assertThatThrownBy(() -> create(outside)).isInstanceOfSatisfying(KubernetesClientException.class, e ->
                assertThat(e.getMessage()).contains("The range of valid IPs is 10.96.0.0/12"));
    }

    @Test
    void create_allocatesUniqueNodePortsInTheNodePortRange() {
        Service a = create(service("np-a", "NodePort"));
        Service b = create(service("np-b", "LoadBalancer"));

        int portA = a.getSpec().getPorts().get(0).getNodePort();
        int portB = b.getSpec().getPorts().get(0).getNodePort();
        assertThat(List.of(portA, portB)).allSatisfy(p -> assertThat(p).isBetween(30000, 32767));
        assertThat(portA).isNotEqualTo(portB);
        assertThat(a.getSpec().getExternalTrafficPolicy()).isEqualTo("Cluster");
        assertThat(b.getSpec().getAllocateLoadBalancerNodePorts()).isTrue();
    }

    @Test
    void create_refusesANodePortInUseOrOutOfRange() {
        Service first = create(service("np-first", "NodePort"));
        Service clash = service("np-clash", "NodePort");
        clash.getSpec().getPorts().get(0).setNodePort(first.getSpec().getPorts().get(0).getNodePort());
        Service low = service("np-low", "NodePort");
        low.getSpec().getPorts().get(0).setNodePort(8080);

        assertThatThrownBy(() -> create(clash)).isInstanceOfSatisfying(KubernetesClientException.class, e -> {
            assertThat(e.getCode()).isEqualTo(422);
            assertThat(e.getMessage()).contains("spec.ports[0].nodePort").contains("provided port is already allocated");
        });
        assertThatThrownBy(() -> create(low)).isInstanceOfSatisfying(KubernetesClientException.class, e ->
                assertThat(e.getMessage()).contains("The range of valid ports is 30000-32767"));
    }

    @Test
    void loadBalancer_getsAnIngressAddressAfterTheReadyDelay() {
        create(service("lb", "LoadBalancer"));

        eventually().untilAsserted(() -> assertThat(fx.client.services().inNamespace(ns).withName("lb").get()
                .getStatus().getLoadBalancer().getIngress()).singleElement().satisfies(i -> {
                    assertThat(i.getIp()).startsWith("172.18.255.");
                    assertThat(i.getIpMode()).isEqualTo("VIP");
                }));
    }

    @Test
    void kubernetesService_holdsTheFirstAddress() {
        Service kubernetes = fx.client.services().inNamespace("default").withName("kubernetes").get();

        assertThat(kubernetes.getSpec().getClusterIP()).isEqualTo("10.96.0.1");
        assertThat(kubernetes.getSpec().getPorts().get(0).getPort()).isEqualTo(443);
    }

    private static Service create(Service service) {
        return fx.client.services().inNamespace(ns).resource(service).create();
    }

    private static Service service(String name, String type) {
        return new ServiceBuilder().withNewMetadata().withName(name).endMetadata()
                .withNewSpec().withType(type).addToSelector("app", name)
                .addNewPort().withName("http").withPort(80).endPort().endSpec().build();
    }
}
