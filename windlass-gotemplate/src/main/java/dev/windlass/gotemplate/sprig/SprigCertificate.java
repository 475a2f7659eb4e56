package dev.windlass.gotemplate.sprig;

import dev.windlass.gotemplate.GoMember;
import dev.windlass.gotemplate.GoObject;
import java.util.List;
import java.util.Objects;

/**
 * Sprig's {@code certificate} struct: a PEM certificate and its PEM private key, as
 * {@code genCA}, {@code genSelfSignedCert}, {@code genSignedCert} and {@code buildCustomCert} return them.
 *
 * @param cert the certificate, PEM
 * @param key  the private key, PEM
 */
public record SprigCertificate(String cert, String key) implements GoObject, SprigJson.Fields {

    public SprigCertificate {
        Objects.requireNonNull(cert, "cert");
        Objects.requireNonNull(key, "key");
    }

    @Override
    public String goTypeName() {
        return "sprig.certificate";
    }

    @Override
    public GoMember member(String name) {
        return switch (name) {
            case "Cert" -> GoMember.field(cert);
            case "Key" -> GoMember.field(key);
            default -> null;
        };
    }

    @Override
    public List<String> fieldNames() {
        return List.of("Cert", "Key");
    }

    /** fmt's {@code %v} of the struct: {@code {CERT KEY}}. */
    @Override
    public String toString() {
        return "{" + cert + " " + key + "}";
    }
}
