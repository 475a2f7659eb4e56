package dev.windlass.sandbox.validation;

import dev.windlass.model.GroupKind;
import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.api.Admission;
import dev.windlass.sandbox.api.ApiException;
import dev.windlass.sandbox.api.ApiException.Cause;
import dev.windlass.sandbox.api.Meta;
import dev.windlass.sandbox.api.Operation;
import dev.windlass.sandbox.resource.ApiResource;
import java.util.ArrayList;
import java.util.List;

/**
 * The last admission step: metadata rules, immutable fields and the built-in kinds' required
 * fields, reported together as one 422 the way kube-apiserver reports them; then the size limit.
 */
public final class ValidationAdmission implements Admission {

    @Override
    public MapNode admit(Operation operation, ApiResource resource, MapNode old, MapNode incoming) {
        GroupKind kind = resource.groupKind();
        List<Cause> causes = new ArrayList<>();
        if (operation == Operation.CREATE) {
            causes.addAll(MetadataValidator.validateCreate(kind, resource.namespaced(), incoming));
        } else if (old != null) {
            causes.addAll(MetadataValidator.validateUpdate(incoming, old));
            causes.addAll(ImmutableFields.check(kind, old, incoming));
        }
        if (BuiltinValidator.covers(kind)) {
            causes.addAll(BuiltinValidator.validate(kind, incoming));
        }
        if (!causes.isEmpty()) {
            throw ApiException.invalid(resource.group(), resource.kind(), Meta.name(incoming), causes);
        }
        SizeLimits.checkObject(incoming);
        return incoming;
    }
}
