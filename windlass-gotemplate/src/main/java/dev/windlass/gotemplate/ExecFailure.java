package dev.windlass.gotemplate;

/** Unwinds execution on the first error (Go's {@code panic(ExecError)}). */
final class ExecFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final TemplateException error;

    ExecFailure(TemplateException error) {
        super(error.getMessage(), null, false, false);
        this.error = error;
    }

    TemplateException error() {
        return error;
    }
}
