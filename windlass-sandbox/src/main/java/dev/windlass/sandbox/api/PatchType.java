package dev.windlass.sandbox.api;

/** The patch formats, named by their request content type. */
public enum PatchType {
    JSON("application/json-patch+json"),
    MERGE("application/merge-patch+json"),
    STRATEGIC("application/strategic-merge-patch+json"),
    APPLY_YAML("application/apply-patch+yaml"),
    APPLY_CBOR("application/apply-patch+cbor");

    private final String contentType;

    PatchType(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** The patch type of a {@code Content-Type} header (parameters ignored), or a 415. */
    public static PatchType fromContentType(String header) {
        String type = header == null ? "" : header.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        for (PatchType patchType : values()) {
            if (patchType.contentType.equals(type) && patchType != APPLY_CBOR) {
                return patchType;
            }
        }
        throw new ApiException(415, "UnsupportedMediaType", "the body of the request was in an unknown format - "
                + "accepted media types include: application/json-patch+json, application/merge-patch+json, "
                + "application/apply-patch+yaml, application/strategic-merge-patch+json", null);
    }
}
