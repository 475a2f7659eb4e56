package dev.windlass.server;

import dev.windlass.controller.api.OperationException;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;

/**
 * An error answer of the local API: an HTTP status and the body Argo CD's API server (grpc-gateway)
 * sends, {@code {"error":msg,"code":grpcCode,"message":msg}}, where {@code code} is the gRPC status code
 * Argo CD uses for the same failure.
 *
 * @param httpStatus the HTTP status
 * @param grpcCode   the gRPC code in the body
 * @param message    what went wrong and what to do
 */
record ApiError(int httpStatus, int grpcCode, String message) {

    static final int GRPC_INVALID_ARGUMENT = 3;
    static final int GRPC_NOT_FOUND = 5;
    static final int GRPC_RESOURCE_EXHAUSTED = 8;
    static final int GRPC_FAILED_PRECONDITION = 9;
    static final int GRPC_UNIMPLEMENTED = 12;
    static final int GRPC_INTERNAL = 13;
    static final int GRPC_UNAVAILABLE = 14;
    static final int GRPC_UNAUTHENTICATED = 16;

    static ApiError of(OperationException e) {
        return switch (e.reason()) {
            case NOT_FOUND -> new ApiError(404, GRPC_NOT_FOUND, e.getMessage());
            case INVALID -> badRequest(e.getMessage());
            case CONFLICT -> new ApiError(409, GRPC_FAILED_PRECONDITION, e.getMessage());
            case FAILED -> new ApiError(500, GRPC_INTERNAL, e.getMessage());
        };
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, GRPC_INVALID_ARGUMENT, message);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, GRPC_NOT_FOUND, message);
    }

    static ApiError methodNotAllowed(String message) {
        return new ApiError(405, GRPC_UNIMPLEMENTED, message);
    }

    static ApiError tooLarge(String message) {
        return new ApiError(413, GRPC_RESOURCE_EXHAUSTED, message);
    }

    static ApiError unauthenticated(String message) {
        return new ApiError(401, GRPC_UNAUTHENTICATED, message);
    }

    static ApiError busy(String message) {
        return new ApiError(503, GRPC_UNAVAILABLE, message);
    }

    static ApiError internal(String message) {
        return new ApiError(500, GRPC_INTERNAL, message);
    }

    /** The reason a client maps this status back to, as {@link OperationException} has them. */
    static OperationException.Reason reasonOf(int httpStatus) {
        return switch (httpStatus) {
            case 404 -> OperationException.Reason.NOT_FOUND;
            case 400, 405, 413 -> OperationException.Reason.INVALID;
            case 409 -> OperationException.Reason.CONFLICT;
            default -> OperationException.Reason.FAILED;
        };
    }

    MapNode body() {
        return MapNode.of("error", Node.of(message), "code", Node.of((long) grpcCode), "message", Node.of(message));
    }
}
