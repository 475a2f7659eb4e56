package dev.windlass.gotemplate;

/** Unwinds the parser on the first error; {@link TemplateSet} turns it into a {@link TemplateException}. */
final class ParseFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String parseName;
    private final int line;
    private final String detail;

    ParseFailure(String parseName, int line, String detail) {
        super(detail, null, false, false);
        this.parseName = parseName;
        this.line = line;
        this.detail = detail;
    }

    TemplateException toException() {
        return new TemplateException(TemplateException.Phase.PARSE, parseName, line, 0, null, null, detail);
    }
}
