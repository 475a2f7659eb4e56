package dev.windlass.gotemplate.sprig;

import dev.windlass.gotemplate.GoFunc;
import dev.windlass.gotemplate.GoFunctionException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Calls Sprig functions' bodies directly, as the executor would after converting arguments. */
final class SprigCalls {

    private SprigCalls() {
    }

    static Object call(String name, Object... args) throws GoFunctionException {
        GoFunc f = Sprig.functions().get(name);
        if (f == null) {
            throw new AssertionError("no function " + name);
        }
        return f.body().call(args);
    }

    static String fail(String name, Object... args) {
        try {
            Object result = call(name, args);
            throw new AssertionError(name + " returned " + result + " instead of failing");
        } catch (GoFunctionException e) {
            return e.getMessage();
        }
    }

    static List<Object> list(Object... items) {
        return new ArrayList<>(Arrays.asList(items));
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            out.put((String) kv[i], kv[i + 1]);
        }
        return out;
    }
}
