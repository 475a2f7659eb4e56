package dev.windlass.pipelines.triggers;

import dev.windlass.model.tree.MapNode;

/**
 * An interceptor's answer: continue (with extensions to merge), or stop with a message.
 * {@code unauthorized} marks a missing or wrong signature or token, which the listener answers with 401.
 */
record InterceptorResult(boolean passes, boolean unauthorized, String message, MapNode extensions) {

    static InterceptorResult pass() {
        return new InterceptorResult(true, false, "", MapNode.empty());
    }

    static InterceptorResult pass(MapNode extensions) {
        return new InterceptorResult(true, false, "", extensions);
    }

    static InterceptorResult stop(String message) {
        return new InterceptorResult(false, false, message, MapNode.empty());
    }

    static InterceptorResult unauthorized(String message) {
        return new InterceptorResult(false, true, message, MapNode.empty());
    }
}
