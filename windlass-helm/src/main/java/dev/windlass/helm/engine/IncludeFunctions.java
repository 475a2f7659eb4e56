package dev.windlass.helm.engine;

import dev.windlass.gotemplate.GoFmt;
import dev.windlass.gotemplate.GoFunc;
import dev.windlass.gotemplate.GoFunctionException;
import dev.windlass.gotemplate.GoType;
import dev.windlass.gotemplate.TemplateException;
import dev.windlass.gotemplate.TemplateSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Helm's {@code include} and {@code tpl}, bound to one template set. {@code include} runs a named
 * template and returns its output, failing past 1000 nested includes of one name; {@code tpl}
 * parses a string as template {@code gotpl} in a copy of the set and runs it.
 */
final class IncludeFunctions {

    static final String ROOT = "gotpl";
    private static final int MAX_NESTED = 1000;

    private final Map<String, Integer> included;

    private IncludeFunctions(Map<String, Integer> included) {
        this.included = included;
    }

    /** {@code include} and {@code tpl} for {@code set}, sharing one recursion counter. */
    static Map<String, GoFunc> bind(TemplateSet set) {
        return new IncludeFunctions(new HashMap<>()).functions(set);
    }

    private Map<String, GoFunc> functions(TemplateSet set) {
        Map<String, GoFunc> funcs = new LinkedHashMap<>();
        funcs.put("include", GoFunc.of("include", args -> include(set, (String) args[0], args[1]), GoType.STRING,
                GoType.ANY));
        funcs.put("tpl", GoFunc.of("tpl", args -> tpl(set, (String) args[0], args[1]), GoType.STRING, GoType.ANY));
        return funcs;
    }

    private String include(TemplateSet set, String name, Object data) throws GoFunctionException {
        int depth = included.getOrDefault(name, 0);
        if (depth > MAX_NESTED) {
            throw new GoFunctionException("rendering template has a nested reference name: " + name
                    + ": unable to execute template");
        }
        if (!set.has(name)) {
            String message = "template: no template " + GoFmt.quote(name) + " associated with template "
                    + GoFmt.quote(ROOT);
            throw new GoFunctionException(message, new EngineErrors.NoTemplate(message));
        }
        included.put(name, depth + 1);
        try {
            return set.execute(name, data);
        } catch (TemplateException e) {
            throw new GoFunctionException(e.getMessage(), e);
        } finally {
            included.put(name, included.get(name) - 1);
        }
    }

    private String tpl(TemplateSet parent, String text, Object values) throws GoFunctionException {
        TemplateSet copy = parent.copy();
        copy.addFuncs(functions(copy));
        try {
            copy.parse(ROOT, text);
        } catch (TemplateException e) {
            throw new GoFunctionException("cannot parse template " + GoFmt.quote(text) + ": " + e.getMessage());
        }
        try {
            return copy.execute(ROOT, values).replace("<no value>", "");
        } catch (TemplateException e) {
            throw new GoFunctionException("error during tpl function execution for " + GoFmt.quote(text) + ": "
                    + e.getMessage());
        }
    }
}
