package dev.windlass.policy;

/** Compiles a template's {@code K8sNativeValidation} (CEL) code. */
final class CelEngines {
    private CelEngines() {
    }

    static TemplateEngine compile(TemplateSource source) throws PolicyException {
        try {
            return CelTemplateEngine.compile(source);
        } catch (RuntimeException e) {
            throw new PolicyException(source.owner() + ": the CEL engine failed to compile it: " + e, e);
        }
    }
}
