package dev.windlass.sandbox.controller.lifecycle;

import dev.windlass.sandbox.api.ApiException;
import dev.windlass.sandbox.validation.FieldErrors;
import java.util.List;
import java.util.Set;

/**
 * Service cluster IPs from {@value #CIDR}. Free addresses are handed out in turn from the
 * range's dynamic band (above the first 256, which the real allocator keeps for addresses a client
 * asks for), so an address just released is not handed out again at once; an address in use is
 * never handed out.
 */
final class ClusterIps {

    static final String CIDR = "10.96.0.0/12";
    private static final long BASE = (10L << 24) | (96L << 16);
    private static final int SIZE = 1 << 20;
    private static final int STATIC_BAND = 256;

    private int next = STATIC_BAND;

    /** The next free address; {@code inUse} holds the addresses of every other service. */
    String allocate(Set<String> inUse) {
        for (int tried = 0; tried < SIZE - 2; tried++) {
            int offset = next;
            next = next + 1 >= SIZE - 1 ? 1 : next + 1;
            String ip = format(BASE + offset);
            if (!inUse.contains(ip)) {
                return ip;
            }
        }
        throw new ApiException(500, "InternalError", "Internal error occurred: failed to allocate a serviceIP: range is full",
                null);
    }

    /** Checks an address a client asked for; throws the server's 422 when it is malformed, outside the range or taken. */
    static void checkRequested(String service, String ip, Set<String> inUse) {
        long value = parse(ip);
        if (value < 0) {
            throw invalid(service, FieldErrors.invalid("spec.clusterIPs[0]", ip,
                    "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)"));
        }
        String problem = value <= BASE || value >= BASE + SIZE - 1
                ? "the provided IP (" + ip + ") is not in the valid range. The range of valid IPs is " + CIDR
                : inUse.contains(ip) ? "provided IP is already allocated" : null;
        if (problem != null) {
            throw invalid(service, new ApiException.Cause(FieldErrors.INVALID, "Invalid value: []string{\"" + ip
                    + "\"}: failed to allocate IP " + ip + ": " + problem, "spec.clusterIPs"));
        }
    }

    static ApiException invalid(String service, ApiException.Cause cause) {
        return ApiException.invalid("", "Service", service, List.of(cause));
    }

    /** The address as a number, or -1 when {@code ip} is not a dotted IPv4 address. */
    static long parse(String ip) {
        String[] parts = ip.split("\\.", -1);
        if (parts.length != 4) {
            return -1;
        }
        long value = 0;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
                return -1;
            }
            int octet = Integer.parseInt(part);
            if (octet > 255) {
                return -1;
            }
            value = (value << 8) | octet;
        }
        return value;
    }

    private static String format(long value) {
        return ((value >> 24) & 255) + "." + ((value >> 16) & 255) + "." + ((value >> 8) & 255) + "." + (value & 255);
    }
}
