package dev.windlass.server.admission;

import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.MapNode;
import dev.windlass.policy.Decision;
import dev.windlass.policy.EnforcementAction;
import dev.windlass.policy.Review;
import dev.windlass.policy.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Gatekeeper's validating admission handler without the HTTP: skips exempt namespaces, reviews the
 * object ({@code oldObject} for DELETE) and answers as Gatekeeper does. Deny violations refuse the
 * request (403, one {@code [constraint] message} line each); warn violations become
 * {@code warnings} with the same prefix; dryrun violations are only counted. A failed review is
 * answered by the {@link ErrorPolicy}. Safe to use from many threads.
 */
public final class AdmissionHandler {

    /** The namespace label that keeps Gatekeeper's webhook away from a namespace. */
    public static final String IGNORE_LABEL = "admission.gatekeeper.sh/ignore";

    private final AdmissionPolicy policy;
    private final ErrorPolicy onError;
    private final Set<String> exemptNamespaces;
    private final NamespaceLookup namespaces;

    /**
     * @param policy what decides
     * @param onError what to answer when a review fails
     * @param exemptNamespaces namespaces never reviewed ({@code --exempt-namespace})
     * @param namespaces where Namespace objects come from, {@link NamespaceLookup#NONE} when unknown
     */
    public AdmissionHandler(AdmissionPolicy policy, ErrorPolicy onError, Set<String> exemptNamespaces,
                            NamespaceLookup namespaces) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.onError = Objects.requireNonNull(onError, "onError");
        this.exemptNamespaces = Set.copyOf(exemptNamespaces);
        this.namespaces = Objects.requireNonNull(namespaces, "namespaces");
    }

    /** Decides one request. Never throws: a failing policy is answered by the error policy. */
    public AdmissionResponse handle(AdmissionRequest request) {
        MapNode reviewed = request.reviewedObject();
        if (reviewed == null && "DELETE".equals(request.operation())) {
            // API servers before 1.15 send no oldObject on DELETE; Gatekeeper fails the review with this error.
            return failed(request, List.of(AdmissionMessages.DELETE_WITHOUT_OLD_OBJECT), List.of());
        }
        if (reviewed == null) {
            return AdmissionResponse.allowBecause(request.uid(), "no object to review for " + request.operation());
        }
        boolean namespaceKind = request.kind().group().isEmpty() && request.kind().kind().equals("Namespace");
        // Gatekeeper treats a Namespace request as cluster-scoped (server-side apply sets its namespace).
        String namespace = namespaceKind ? "" : request.namespace();
        String exemptionKey = namespaceKind ? KubeObject.of(reviewed).name() : namespace;
        if (exemptNamespaces.contains(exemptionKey)) {
            return AdmissionResponse.allowBecause(request.uid(), "namespace " + exemptionKey + " is exempt from admission "
                    + "review (--exempt-namespace)");
        }
        KubeObject namespaceObject = namespaceKind ? KubeObject.of(reviewed) : lookup(namespace);
        if (namespaceObject != null && namespaceObject.labels().containsKey(IGNORE_LABEL)) {
            return AdmissionResponse.allowBecause(request.uid(), "namespace " + namespaceObject.name() + " is labelled "
                    + IGNORE_LABEL);
        }
        Decision decision;
        try {
            decision = policy.review(review(request, reviewed, namespace, namespaceKind ? null : namespaceObject));
        } catch (RuntimeException e) {
            return failed(request, List.of(String.valueOf(e.getMessage())), List.of());
        }
        return answer(request, decision);
    }

    /**
     * The answer when the review could not be made: refused with 500 and the errors ({@link ErrorPolicy#DENY}),
     * or allowed with a warning naming them ({@link ErrorPolicy#ALLOW}).
     */
    public AdmissionResponse failed(AdmissionRequest request, List<String> errors, List<String> warnings) {
        String text = String.join("\n", errors);
        if (onError == ErrorPolicy.DENY) {
            return AdmissionResponse.errored(request.uid(), 500, text, warnings);
        }
        List<String> all = new ArrayList<>(warnings);
        for (String error : errors) {
            all.add(AdmissionMessages.allowedAfterError(error));
        }
        return AdmissionResponse.allow(request.uid(), all);
    }

    private AdmissionResponse answer(AdmissionRequest request, Decision decision) {
        List<String> denials = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Violation violation : decision.violations()) {
            if (violation.action() == EnforcementAction.DENY) {
                denials.add(violation.denialLine());
            } else if (violation.action() == EnforcementAction.WARN) {
                warnings.add(violation.denialLine());
            }
        }
        if (!denials.isEmpty()) {
            return AdmissionResponse.deny(request.uid(), denials, warnings);
        }
        if (!decision.errors().isEmpty()) {
            return failed(request, decision.errors(), warnings);
        }
        return AdmissionResponse.allow(request.uid(), warnings);
    }

    private KubeObject lookup(String namespace) {
        if (namespace.isEmpty()) {
            return null;
        }
        Optional<KubeObject> found = namespaces.namespace(namespace);
        return found.orElse(null);
    }

    /** The Review: the object with the request's namespace filled in when the object leaves it out. */
    private static Review review(AdmissionRequest request, MapNode reviewed, String namespace, KubeObject ns) {
        KubeObject object = withNamespace(KubeObject.of(reviewed), namespace);
        KubeObject old = request.oldObject() == null ? null : withNamespace(KubeObject.of(request.oldObject()), namespace);
        return new Review(object, old, request.operation(), request.userInfo(), ns);
    }

    private static KubeObject withNamespace(KubeObject object, String namespace) {
        if (namespace.isEmpty() || !object.namespace().isEmpty()) {
            return object;
        }
        return object.withNamespace(namespace);
    }
}
