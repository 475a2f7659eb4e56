package dev.windlass.gotemplate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One row of a table-driven template test: text, data, and the expected output or error message. */
record TemplateCase(String name, String text, Object data, String output, String error) {

    static TemplateCase ok(String name, String text, Object data, String output) {
        return new TemplateCase(name, text, data, output, null);
    }

    static TemplateCase fails(String name, String text, Object data, String error) {
        return new TemplateCase(name, text, data, null, error);
    }

    @Override
    public String toString() {
        return name;
    }

    /** A LinkedHashMap from alternating keys and values (values may be null). */
    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** A mutable list (values may be null). */
    static List<Object> list(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }
}
