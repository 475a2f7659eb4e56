package dev.windlass.sandbox.http;

import dev.windlass.sandbox.fault.FaultDecision;
import dev.windlass.sandbox.fault.Faults;
import dev.windlass.sandbox.fault.WatchHandle;

/**
 * Where injected faults meet requests: after authentication each request asks {@link Faults}
 * whether to wait or fail, and each open watch is registered so a fault can drop it.
 */
final class RequestGate {

    private final Faults faults;

    RequestGate(Faults faults) {
        this.faults = faults;
    }

    /** Sleeps for injected latency; throws the injected error, if any. */
    void admit(String verb, String group, String resource) {
        FaultDecision decision = faults.decide(verb, group, resource);
        if (decision.isNone()) {
            return;
        }
        if (decision.delayMillis() > 0) {
            try {
                Thread.sleep(decision.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        decision.error().ifPresent(error -> {
            throw error.toApiException();
        });
    }

    /** Registers an open watch; closing the returned handle unregisters it. */
    AutoCloseable watchOpened(WatchHandle watch) {
        return faults.register(watch);
    }

    Faults faults() {
        return faults;
    }
}
