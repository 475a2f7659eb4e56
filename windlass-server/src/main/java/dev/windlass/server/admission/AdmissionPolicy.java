package dev.windlass.server.admission;

import dev.windlass.policy.Decision;
import dev.windlass.policy.EnforcementPoint;
import dev.windlass.policy.Inventory;
import dev.windlass.policy.PolicySet;
import dev.windlass.policy.Review;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the admission webhook asks about each object: usually the current {@link PolicySet} at
 * {@link EnforcementPoint#WEBHOOK}; tests plug in a fixed decision.
 */
@FunctionalInterface
public interface AdmissionPolicy {

    /** Reviews one object. May throw a runtime exception when evaluation fails; the handler's error policy decides. */
    Decision review(Review review);

    /**
     * Reviews with whatever policy set and inventory the suppliers hold at the time of the request, so a
     * caller can swap policies (a new sync, a reloaded directory) without restarting the server.
     */
    static AdmissionPolicy of(Supplier<PolicySet> policies, Supplier<Inventory> inventory) {
        Objects.requireNonNull(policies, "policies");
        Objects.requireNonNull(inventory, "inventory");
        return review -> policies.get().review(review, EnforcementPoint.WEBHOOK, inventory.get());
    }
}
