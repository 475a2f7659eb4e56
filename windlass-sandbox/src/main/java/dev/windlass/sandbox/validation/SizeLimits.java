package dev.windlass.sandbox.validation;

import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.ApiException;
import dev.windlass.sandbox.api.WireJson;

/**
 * The size limits of a real cluster: kube-apiserver reads at most 3 MiB of request body, and etcd
 * stores at most 1.5 MiB per object. Both are refused as 413 {@code RequestEntityTooLarge}, with
 * the server's {@code Request entity too large: limit is N} wording.
 */
public final class SizeLimits {

    /** Largest stored object, as JSON: 1.5 MiB, etcd's default request limit. */
    public static final int MAX_OBJECT_BYTES = 1_572_864;
    /** Largest request body kube-apiserver reads: 3 MiB. */
    public static final int MAX_REQUEST_BYTES = 3 * 1024 * 1024;

    private SizeLimits() {
    }

    /**
     * Refuses a request body of {@code bytes} bytes when it is over {@link #MAX_REQUEST_BYTES}.
     *
     * @throws ApiException 413 RequestEntityTooLarge
     */
    public static void checkRequestBody(long bytes) {
        if (bytes > MAX_REQUEST_BYTES) {
            throw tooLarge("limit is " + MAX_REQUEST_BYTES);
        }
    }

    /**
     * Refuses an object whose JSON form is over {@link #MAX_OBJECT_BYTES}.
     *
     * @throws ApiException 413 RequestEntityTooLarge
     */
    public static void checkObject(Node object) {
        long bytes = WireJson.bytes(object).length;
        if (bytes > MAX_OBJECT_BYTES) {
            throw tooLarge("limit is " + MAX_OBJECT_BYTES + " bytes for a stored object; this object is " + bytes
                    + " bytes as JSON, so move large data out of it (for example into several ConfigMaps)");
        }
    }

    private static ApiException tooLarge(String detail) {
        return new ApiException(413, "RequestEntityTooLarge", "Request entity too large: " + detail, null);
    }
}
