package dev.windlass.helm.engine;

import dev.windlass.gotemplate.GoFunc;
import dev.windlass.gotemplate.GoMember;
import dev.windlass.gotemplate.GoObject;
import dev.windlass.gotemplate.GoType;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code .Capabilities.APIVersions}: Helm's {@code VersionSet}, a list of {@code group/version}
 * strings templates can range over, with {@code Has}. {@link #defaults} is the set {@code helm
 * template} assumes: every group version of client-go's scheme plus apiextensions.
 */
public final class ApiVersions extends AbstractList<Object> implements GoObject {

    private static final List<String> DEFAULTS = List.of("v1", "admissionregistration.k8s.io/v1",
            "admissionregistration.k8s.io/v1alpha1", "admissionregistration.k8s.io/v1beta1",
            "internal.apiserver.k8s.io/v1alpha1", "apps/v1", "apps/v1beta1", "apps/v1beta2", "authentication.k8s.io/v1",
            "authentication.k8s.io/v1alpha1", "authentication.k8s.io/v1beta1", "authorization.k8s.io/v1",
            "authorization.k8s.io/v1beta1", "autoscaling/v1", "autoscaling/v2", "batch/v1", "batch/v1beta1",
            "certificates.k8s.io/v1", "certificates.k8s.io/v1beta1", "certificates.k8s.io/v1alpha1",
            "coordination.k8s.io/v1alpha2", "coordination.k8s.io/v1beta1", "coordination.k8s.io/v1",
            "discovery.k8s.io/v1", "discovery.k8s.io/v1beta1", "events.k8s.io/v1", "events.k8s.io/v1beta1",
            "extensions/v1beta1", "flowcontrol.apiserver.k8s.io/v1", "flowcontrol.apiserver.k8s.io/v1beta1",
            "flowcontrol.apiserver.k8s.io/v1beta2", "flowcontrol.apiserver.k8s.io/v1beta3", "networking.k8s.io/v1",
            "networking.k8s.io/v1beta1", "node.k8s.io/v1", "node.k8s.io/v1alpha1", "node.k8s.io/v1beta1",
            "policy/v1", "policy/v1beta1", "rbac.authorization.k8s.io/v1", "rbac.authorization.k8s.io/v1beta1",
            "rbac.authorization.k8s.io/v1alpha1", "resource.k8s.io/v1", "resource.k8s.io/v1beta2",
            "resource.k8s.io/v1beta1", "resource.k8s.io/v1alpha3", "scheduling.k8s.io/v1alpha2",
            "scheduling.k8s.io/v1beta1", "scheduling.k8s.io/v1", "storage.k8s.io/v1beta1", "storage.k8s.io/v1",
            "storage.k8s.io/v1alpha1", "storagemigration.k8s.io/v1beta1", "apiextensions.k8s.io/v1beta1",
            "apiextensions.k8s.io/v1");

    private final List<String> versions;

    public ApiVersions(List<String> versions) {
        this.versions = List.copyOf(versions);
    }

    /** Helm's default set followed by {@code extra} ({@code --api-versions}). */
    public static ApiVersions defaults(List<String> extra) {
        List<String> all = new ArrayList<>(DEFAULTS);
        all.addAll(extra);
        return new ApiVersions(all);
    }

    public boolean has(String apiVersion) {
        return versions.contains(apiVersion);
    }

    @Override
    public Object get(int index) {
        return versions.get(index);
    }

    @Override
    public int size() {
        return versions.size();
    }

    @Override
    public String goTypeName() {
        return "common.VersionSet";
    }

    @Override
    public GoMember member(String name) {
        if (name.equals("Has")) {
            return GoMember.method(GoFunc.of("Has", args -> has((String) args[0]), GoType.STRING));
        }
        return null;
    }
}
