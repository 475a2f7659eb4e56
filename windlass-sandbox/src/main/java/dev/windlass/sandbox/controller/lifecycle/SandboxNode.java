package dev.windlass.sandbox.controller.lifecycle;

import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.api.Meta;
import dev.windlass.sandbox.api.ObjectService;
import dev.windlass.sandbox.api.WriteOptions;
import dev.windlass.sandbox.resource.ApiResource;
import java.time.Instant;
import java.util.List;

/** The sandbox's one Node, as a kubelet registers it: labels, pod CIDR, capacity, addresses, Ready. */
final class SandboxNode {

    static final String NAME = "sandbox-node";
    static final String ADDRESS = "172.18.0.2";
    private static final WriteOptions AS_KUBELET = WriteOptions.as("kubelet");

    private SandboxNode() {
    }

    static void register(ObjectService api) {
        ApiResource nodes = Resources.core(api.registry(), "nodes");
        if (api.store().get(ObjectService.key(nodes, "", NAME)).isPresent()) {
            return;
        }
        MapNode node = MapNode.of("apiVersion", "v1", "kind", "Node",
                "metadata", MapNode.of("name", NAME, "labels", MapNode.of(
                        "beta.kubernetes.io/arch", "amd64", "beta.kubernetes.io/os", "linux",
                        "kubernetes.io/arch", "amd64", "kubernetes.io/hostname", NAME, "kubernetes.io/os", "linux",
                        "node-role.kubernetes.io/control-plane", "")),
                "spec", MapNode.of("podCIDR", "10.244.0.0/24", "podCIDRs", List.of("10.244.0.0/24")));
        if (!Writes.attempt(() -> api.create(nodes, "", node, AS_KUBELET))) {
            return;
        }
        MapNode created = api.get(nodes, "", NAME);
        Writes.attempt(() -> api.update(nodes, "", NAME, created.with("status", status(Instant.now())), AS_KUBELET,
                ApiResource.Subresource.STATUS));
    }

    private static MapNode status(Instant now) {
        String time = Meta.timestamp(now);
        MapNode resources = MapNode.of("cpu", "8", "ephemeral-storage", "102400000Ki", "hugepages-1Gi", "0",
                "hugepages-2Mi", "0", "memory", "16384000Ki", "pods", "110");
        return MapNode.of(
                "addresses", List.of(MapNode.of("type", "InternalIP", "address", ADDRESS),
                        MapNode.of("type", "Hostname", "address", NAME)),
                "allocatable", resources,
                "capacity", resources,
                "conditions", List.of(
                        condition("MemoryPressure", "False", "KubeletHasSufficientMemory",
                                "kubelet has sufficient memory available", time),
                        condition("DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure", time),
                        condition("PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available",
                                time),
                        condition("Ready", "True", "KubeletReady", "kubelet is posting ready status", time)),
                "daemonEndpoints", MapNode.of("kubeletEndpoint", MapNode.of("Port", 10250L)),
                "nodeInfo", MapNode.of("architecture", "amd64", "bootID", "", "containerRuntimeVersion",
                        "containerd://1.7.18", "kernelVersion", "", "kubeProxyVersion", "v1.31.0",
                        "kubeletVersion", "v1.31.0", "machineID", "", "operatingSystem", "linux",
                        "osImage", "Windlass sandbox", "systemUUID", ""));
    }

    private static MapNode condition(String type, String status, String reason, String message, String time) {
        return MapNode.of("type", type, "status", status, "lastHeartbeatTime", time, "lastTransitionTime", time,
                "reason", reason, "message", message);
    }
}
