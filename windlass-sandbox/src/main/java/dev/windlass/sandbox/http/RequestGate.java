package dev.windlass.sandbox.http;

/**
 * Decides, per request, whether an injected fault delays or fails it: called after
 * authentication with the request's verb and resource. A refusal is an
 * {@link dev.windlass.sandbox.api.ApiException}.
 */
@FunctionalInterface
public interface RequestGate {

    void admit(String verb, String group, String resource);

    /** No faults. */
    RequestGate OPEN = (verb, group, resource) -> { };
}
