package dev.windlass.sandbox.schema;

import dev.windlass.sandbox.api.ApiException;
import dev.windlass.sandbox.validation.FieldErrors;
import java.util.List;

/**
 * The {@code fieldValidation} query parameter of create, update and patch: what the server does
 * with fields the schema does not declare. Absent means {@link #WARN}, the server default since
 * Kubernetes 1.25 (kubectl sends {@code Strict} unless told {@code --validate=false|warn}).
 */
public enum FieldValidation {
    /** Drop unknown fields silently. */
    IGNORE("Ignore"),
    /** Drop unknown fields and send one {@code Warning} header per field. */
    WARN("Warn"),
    /** Refuse the request: {@code strict decoding error: unknown field "spec.x"}. */
    STRICT("Strict");

    private final String wire;

    FieldValidation(String wire) {
        this.wire = wire;
    }

    /** The value as sent on the wire. */
    public String wire() {
        return wire;
    }

    /**
     * Reads the parameter; null or empty is {@link #WARN}. Any other value is the 422 the real
     * server answers: {@code fieldValidation: Unsupported value: "x": supported values: "", "Ignore",
     * "Strict", "Warn"}, on the request's options kind ({@code CreateOptions}, {@code PatchOptions} …).
     */
    public static FieldValidation parse(String value, String optionsKind) {
        if (value == null || value.isEmpty()) {
            return WARN;
        }
        for (FieldValidation mode : values()) {
            if (mode.wire.equals(value)) {
                return mode;
            }
        }
        throw ApiException.invalid("meta.k8s.io", optionsKind, "", List.of(FieldErrors.notSupported(
                "fieldValidation", value, List.of("", "Ignore", "Strict", "Warn"))));
    }
}
