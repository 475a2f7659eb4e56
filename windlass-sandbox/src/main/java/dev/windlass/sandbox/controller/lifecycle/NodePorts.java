package dev.windlass.sandbox.controller.lifecycle;

import dev.windlass.sandbox.api.ApiException;
import dev.windlass.sandbox.validation.FieldErrors;
import java.util.Set;

/**
 * Node ports from 30000-32767, unique across services. Like cluster IPs, free ports are handed
 * out in turn from above the band the real allocator keeps for ports clients ask for.
 */
final class NodePorts {

    static final int FIRST = 30000;
    static final int LAST = 32767;
    private static final int STATIC_BAND = 86;

    private int next = FIRST + STATIC_BAND;

    int allocate(Set<Integer> inUse) {
        for (int tried = 0; tried <= LAST - FIRST; tried++) {
            int port = next;
            next = next >= LAST ? FIRST : next + 1;
            if (!inUse.contains(port)) {
                return port;
            }
        }
        throw new ApiException(500, "InternalError",
                "Internal error occurred: failed to allocate a nodePort: range is full", null);
    }

    /** Checks a port a client asked for on {@code field} ({@code spec.ports[0].nodePort}). */
    static void checkRequested(String service, String field, long port, Set<Integer> inUse) {
        String problem = port < FIRST || port > LAST
                ? "provided port is not in the valid range. The range of valid ports is " + FIRST + "-" + LAST
                : inUse.contains((int) port) ? "provided port is already allocated" : null;
        if (problem != null) {
            throw ClusterIps.invalid(service, FieldErrors.invalid(field, port, problem));
        }
    }
}
