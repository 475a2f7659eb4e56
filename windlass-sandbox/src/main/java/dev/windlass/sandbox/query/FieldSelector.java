package dev.windlass.sandbox.query;

import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.api.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A field selector, the {@code fieldSelector} query parameter: an AND of {@code field=value},
 * {@code field==value} and {@code field!=value} terms separated by commas. In a value, {@code \,}
 * {@code \=} and {@code \\} stand for the character itself.
 *
 * <pre>{@code
 * FieldSelector s = FieldSelector.parse("metadata.name=web,status.phase!=Running")
 *         .supportedBy(SelectableFields.forKind(new GroupKind("", "Pod")));
 * s.matches(pod);
 * }</pre>
 *
 * <p>{@link #parse} checks the syntax only; {@link #supportedBy} then rejects fields the resource
 * does not index, with the server's message for that kind (400 BadRequest), and applies its aliases.
 */
public final class FieldSelector {

    private static final FieldSelector EVERYTHING = new FieldSelector(List.of(), SelectableFields.metadataOnly());

    private final List<Term> terms;
    private final SelectableFields fields;

    private FieldSelector(List<Term> terms, SelectableFields fields) {
        this.terms = List.copyOf(terms);
        this.fields = fields;
    }

    /** Matches every object. */
    public static FieldSelector everything() {
        return EVERYTHING;
    }

    /**
     * Parses the string form. Terms are kept sorted by their text, as the server sorts them.
     *
     * @throws ApiException 400 BadRequest with the server's message for a term without operator or a bad escape
     */
    public static FieldSelector parse(String text) {
        List<String> parts = splitTerms(text);
        parts.sort(null);
        List<Term> terms = new ArrayList<>();
        for (String part : parts) {
            if (!part.isEmpty()) {
                terms.add(term(text, part));
            }
        }
        return new FieldSelector(terms, SelectableFields.metadataOnly());
    }

    /**
     * This selector checked against the fields a resource can be selected by.
     *
     * @throws ApiException 400 BadRequest, e.g. {@code field label not supported: spec.foo}
     */
    public FieldSelector supportedBy(SelectableFields supported) {
        List<Term> converted = new ArrayList<>(terms.size());
        for (Term term : terms) {
            converted.add(new Term(supported.convert(term.field()), term.negated(), term.value()));
        }
        return new FieldSelector(converted, supported);
    }

    /** True when every term holds for {@code object}; a missing field reads as its zero value. */
    public boolean matches(MapNode object) {
        for (Term term : terms) {
            if (!term.matches(fields.valueOf(object, term.field()))) {
                return false;
            }
        }
        return true;
    }

    public List<Term> terms() {
        return terms;
    }

    public boolean isEverything() {
        return terms.isEmpty();
    }

    /** The value a term requires {@code field} to equal, if some {@code =} term names it. */
    public java.util.Optional<String> requiredValue(String field) {
        return terms.stream().filter(t -> !t.negated() && t.field().equals(field)).map(Term::value).findFirst();
    }

    /** The canonical form: {@code field=value} terms with values escaped, joined by commas. */
    @Override
    public String toString() {
        return terms.stream().map(Term::toString).collect(Collectors.joining(","));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldSelector s && s.terms.equals(terms);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }

    /**
     * One term: {@code field=value} or, negated, {@code field!=value}.
     *
     * @param field   the field label, {@code metadata.name}
     * @param negated true for {@code !=}
     * @param value   the unescaped value
     */
    public record Term(String field, boolean negated, String value) {

        public boolean matches(String actual) {
            return negated != actual.equals(value);
        }

        @Override
        public String toString() {
            return field + (negated ? "!=" : "=") + escape(value);
        }
    }

    private static Term term(String selector, String part) {
        for (int i = 0; i < part.length(); i++) {
            for (String operator : List.of("!=", "==", "=")) {
                if (part.startsWith(operator, i)) {
                    String value = unescape(part.substring(i + operator.length()));
                    return new Term(part.substring(0, i), operator.equals("!="), value);
                }
            }
        }
        throw ApiException.badRequest("invalid selector: '" + selector + "'; can't understand '" + part + "'");
    }

    private static List<String> splitTerms(String text) {
        List<String> parts = new ArrayList<>();
        if (text.isEmpty()) {
            return parts;
        }
        int start = 0;
        boolean escaped = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == ',') {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    /** {@code \,} {@code \=} {@code \\} to the plain character; any other escape or a bare {@code ,} {@code =} fails. */
    static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        boolean escaped = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (escaped) {
                if (c != '\\' && c != ',' && c != '=') {
                    throw ApiException.badRequest("invalid field selector: invalid escape sequence: \\" + c);
                }
                out.append(c);
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == ',' || c == '=') {
                throw ApiException.badRequest("invalid field selector: unescaped character in value: " + (int) c);
            } else {
                out.append(c);
            }
        }
        if (escaped) {
            throw ApiException.badRequest("invalid field selector: invalid escape sequence: \\");
        }
        return out.toString();
    }

    /** The inverse of {@link #unescape}. */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace(",", "\\,").replace("=", "\\=");
    }
}
