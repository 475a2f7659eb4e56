package dev.windlass.policy;

/** Compiles a template's {@code K8sNativeValidation} (CEL) code. */
final class CelEngines {
    private CelEngines() {
    }

    static TemplateEngine compile(TemplateSource source) throws PolicyException {
        throw new PolicyException(source.owner() + ": spec.targets[0].code: templates with only K8sNativeValidation "
                + "(CEL) code are not supported yet; add the equivalent Rego (code[] entry with engine Rego)");
    }
}
