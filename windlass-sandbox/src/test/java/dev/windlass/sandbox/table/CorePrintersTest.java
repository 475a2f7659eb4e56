package dev.windlass.sandbox.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CorePrintersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ClusterIP | {type: ClusterIP, clusterIPs: [10.96.0.10], ports: [{port: 53, protocol: UDP}, {port: 53, protocol: TCP}]} | {} | 10.96.0.10 | <none> | 53/UDP,53/TCP",
        "NodePort | {type: NodePort, clusterIPs: [10.96.1.2], ports: [{port: 80, nodePort: 30080, protocol: TCP}]} | {} | 10.96.1.2 | <none> | 80:30080/TCP",
        "LB pending | {type: LoadBalancer, clusterIPs: [10.96.1.3], ports: [{port: 443, nodePort: 31443, protocol: TCP}]} | {} | 10.96.1.3 | <pending> | 443:31443/TCP",
        "LB ready | {type: LoadBalancer, clusterIPs: [10.96.1.4], ports: []} | {loadBalancer: {ingress: [{ip: 203.0.113.9}, {hostname: lb.example.com}]}} | 10.96.1.4 | 203.0.113.9,lb.example.com | <none>",
        "External IPs | {type: ClusterIP, clusterIPs: [10.96.1.5], externalIPs: [198.51.100.1], ports: [{port: 80, protocol: TCP}]} | {} | 10.96.1.5 | 198.51.100.1 | 80/TCP",
        "ExternalName | {type: ExternalName, externalName: db.example.com} | {} | <none> | db.example.com | <none>",
    })
    void service_showsTypeAddressesAndPorts(String title, String spec, String status, String clusterIp,
                                            String externalIp, String ports) {
        String yaml = "metadata: {name: svc, creationTimestamp: \"2024-05-01T11:59:55Z\"}\nspec: " + spec
                + "\nstatus: " + status + "\n";
        String type = Fixtures.yaml(yaml).getMap("spec").orElseThrow().getText("type").orElseThrow();
        assertThat(Fixtures.cells(NetworkPrinters.SERVICE, yaml))
                .containsExactly("svc", type, clusterIp, externalIp, ports, "5s", "<none>");
    }

    @Test
    void service_wideSelectorListsLabels() {
        assertThat(Fixtures.cells(NetworkPrinters.SERVICE, """
                metadata: {name: web}
                spec: {type: ClusterIP, clusterIPs: [10.96.0.2], selector: {tier: web, app: shop}, ports: [{port: 80, protocol: TCP}]}
                """).get(6)).isEqualTo("app=shop,tier=web");
    }

    @Test
    void ingress_showsClassHostsAddressAndPorts() {
        assertThat(Fixtures.cells(NetworkPrinters.INGRESS, """
                metadata: {name: shop}
                spec:
                  ingressClassName: nginx
                  tls: [{hosts: [shop.example.com]}]
                  rules: [{host: shop.example.com}, {host: api.example.com}, {}, {host: a.example.com}, {host: b.example.com}]
                status: {loadBalancer: {ingress: [{ip: 192.0.2.1}]}}
                """)).containsExactly("shop", "nginx", "shop.example.com,api.example.com,a.example.com + 2 more...",
                "192.0.2.1", "80, 443", "<unknown>");
        assertThat(Fixtures.cells(NetworkPrinters.INGRESS, "metadata: {name: any}\nspec: {rules: [{}]}\n"))
                .containsExactly("any", "<none>", "*", "", "80", "<unknown>");
    }

    @Test
    void namespaceConfigMapSecretServiceAccount_showCounts() {
        assertThat(Fixtures.cells(CorePrinters.NAMESPACE, "metadata: {name: team}\nstatus: {phase: Terminating}\n"))
                .containsExactly("team", "Terminating", "<unknown>");
        assertThat(Fixtures.cells(CorePrinters.CONFIG_MAP, "metadata: {name: c}\ndata: {a: '1', b: '2'}\n"
                + "binaryData: {c: AAE=}\n")).containsExactly("c", 3L, "<unknown>");
        assertThat(Fixtures.cells(CorePrinters.SECRET, "metadata: {name: s}\ntype: kubernetes.io/tls\n"
                + "data: {tls.crt: eA==, tls.key: eQ==}\n")).containsExactly("s", "kubernetes.io/tls", 2L, "<unknown>");
        assertThat(Fixtures.cells(CorePrinters.SERVICE_ACCOUNT, "metadata: {name: default}\n"))
                .containsExactly("default", 0L, "<unknown>");
    }

    @Test
    void persistentVolumeClaim_showsCapacityOnlyOnceBound() {
        assertThat(Fixtures.cells(CorePrinters.PERSISTENT_VOLUME_CLAIM, """
                metadata: {name: data}
                spec: {volumeName: pv-1, storageClassName: standard, volumeMode: Filesystem}
                status: {phase: Bound, capacity: {storage: 10Gi}, accessModes: [ReadWriteMany, ReadWriteOnce]}
                """)).containsExactly("data", "Bound", "pv-1", "10Gi", "RWO,RWX", "standard", "<unset>", "<unknown>",
                "Filesystem");
        assertThat(Fixtures.cells(CorePrinters.PERSISTENT_VOLUME_CLAIM, """
                metadata: {name: pending}
                spec: {storageClassName: standard, resources: {requests: {storage: 1Gi}}}
                status: {phase: Pending}
                """)).containsExactly("pending", "Pending", "", "", "", "standard", "<unset>", "<unknown>", "<unset>");
    }

    @Test
    void persistentVolume_showsClaimAndReclaimPolicy() {
        assertThat(Fixtures.cells(CorePrinters.PERSISTENT_VOLUME, """
                metadata: {name: pv-1, annotations: {volume.beta.kubernetes.io/storage-class: legacy}}
                spec:
                  capacity: {storage: 10Gi}
                  accessModes: [ReadWriteOnce]
                  persistentVolumeReclaimPolicy: Retain
                  claimRef: {namespace: shop, name: data}
                  storageClassName: standard
                status: {phase: Bound}
                """)).containsExactly("pv-1", "10Gi", "RWO", "Retain", "Bound", "shop/data", "legacy", "<unset>", "",
                "<unknown>", "<unset>");
    }

    @Test
    void node_showsReadinessRolesAndVersion() {
        assertThat(Fixtures.cells(CorePrinters.NODE, """
                metadata:
                  name: cp-1
                  labels: {node-role.kubernetes.io/control-plane: "", kubernetes.io/role: edge, node-role.kubernetes.io/: x}
                spec: {unschedulable: true}
                status:
                  conditions: [{type: MemoryPressure, status: "False"}, {type: Ready, status: "False"}]
                  addresses: [{type: InternalIP, address: 10.0.0.5}, {type: Hostname, address: cp-1}]
                  nodeInfo: {kubeletVersion: v1.31.0, osImage: Ubuntu 24.04}
                """)).containsExactly("cp-1", "NotReady,SchedulingDisabled", "control-plane,edge", "<unknown>",
                "v1.31.0", "10.0.0.5", "<none>", "Ubuntu 24.04", "<unknown>", "<unknown>");
        assertThat(Fixtures.cells(CorePrinters.NODE, "metadata: {name: n}\n").subList(1, 3))
                .containsExactly("Unknown", "<none>");
    }

    @Test
    void event_showsLastSeenObjectAndMessage() {
        assertThat(Fixtures.columnNames(EventPrinter.PRINTER)).containsExactly("Last Seen", "Type", "Reason", "Object",
                "Subobject", "Source", "Message", "First Seen", "Count", "Name");
        assertThat(Fixtures.cells(EventPrinter.PRINTER, """
                metadata: {name: web.17c}
                involvedObject: {kind: Pod, name: web-1, fieldPath: "spec.containers{app}"}
                type: Warning
                reason: BackOff
                message: "Back-off restarting failed container\\n"
                source: {component: kubelet, host: node-a}
                firstTimestamp: "2024-05-01T11:00:00Z"
                lastTimestamp: "2024-05-01T11:58:00Z"
                count: 12
                """)).containsExactly("2m", "Warning", "BackOff", "pod/web-1", "spec.containers{app}", "kubelet, node-a",
                "Back-off restarting failed container", "60m", 12L, "web.17c");
    }

    @Test
    void event_readsEventsK8sIoFieldsAndSeries() {
        assertThat(Fixtures.cells(EventPrinter.PRINTER, """
                metadata: {name: e}
                regarding: {kind: Deployment, name: web}
                note: Scaled up replica set web-1 to 3
                type: Normal
                reason: ScalingReplicaSet
                reportingController: deployment-controller
                eventTime: "2024-05-01T11:30:00.000000Z"
                series: {count: 4, lastObservedTime: "2024-05-01T11:59:00.000000Z"}
                """)).containsExactly("60s", "Normal", "ScalingReplicaSet", "deployment/web", "", "deployment-controller",
                "Scaled up replica set web-1 to 3", "30m", 4L, "e");
    }

    @Test
    void roleBindingLeaseAndAutoscaler_showReferences() {
        assertThat(Fixtures.cells(AccessPrinters.ROLE_BINDING, """
                metadata: {name: rb}
                roleRef: {kind: ClusterRole, name: view}
                subjects: [{kind: User, name: alice}, {kind: ServiceAccount, namespace: ci, name: runner},
                           {kind: Group, name: devs}, {kind: User, name: bob}]
                """)).containsExactly("rb", "ClusterRole/view", "<unknown>", "alice, bob", "devs", "ci/runner");
        assertThat(Fixtures.cells(AccessPrinters.LEASE, "metadata: {name: l}\nspec: {holderIdentity: node-a}\n"))
                .containsExactly("l", "node-a", "<unknown>");
        assertThat(Fixtures.cells(AutoscalerPrinter.PRINTER, """
                metadata: {name: web}
                spec:
                  scaleTargetRef: {kind: Deployment, name: web}
                  minReplicas: 2
                  maxReplicas: 10
                  metrics:
                  - {type: Resource, resource: {name: cpu, target: {type: Utilization, averageUtilization: 80}}}
                  - {type: Resource, resource: {name: memory, target: {type: AverageValue, averageValue: 500Mi}}}
                  - {type: Pods, pods: {metric: {name: qps}, target: {type: AverageValue, averageValue: "10"}}}
                status:
                  currentReplicas: 3
                  currentMetrics:
                  - {type: Resource, resource: {name: cpu, current: {averageUtilization: 41}}}
                """)).containsExactly("web", "Deployment/web", "cpu: 41%/80%, memory: <unknown>/500Mi + 1 more...",
                "2", 10L, 3L, "<unknown>");
    }
}
