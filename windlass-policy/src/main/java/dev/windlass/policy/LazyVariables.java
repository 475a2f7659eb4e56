package dev.windlass.policy;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
  * CEL's {@code variables} for one evaluation, evaluated lazily and once each, as Kubernetes
  * does: a variable no expression reads is never evaluated, so its errors do not matter.
  */
final class LazyVariables extends AbstractMap<String, Object> {
    private final Map<String, CelRuntime.Program> programs = new LinkedHashMap<>();
    private final Map<String, Object> activation;
    private final Map<String, Object> values = new LinkedHashMap<>();

    /** An evaluation error inside a variable, carried through CEL's map lookup. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(String variable, CelEvaluationException cause) {
            super("variables." + variable + ": " + cause.getMessage(), cause);
        }
    }

    LazyVariables(List<CelTemplateEngine.Named> named, Map<String, Object> activation) {
        named.forEach(n -> programs.put(n.name(), n.program()));
        this.activation = activation;
    }

    @Override
    public Object get(Object key) {
        if (values.containsKey(key)) {
            return values.get(key);
        }
        CelRuntime.Program program = programs.get(key);
        if (program == null) {
            return null;
        }
        try {
            Object value = program.eval(activation);
            values.put((String) key, value);
            return value;
        } catch (CelEvaluationException e) {
            throw new Failure((String) key, e);
        }
    }

    @Override
    public boolean containsKey(Object key) {
        return programs.containsKey(key);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        Map<String, Object> all = new LinkedHashMap<>();
        for (String name : programs.keySet()) {
            all.put(name, get(name));
        }
        return all.entrySet();
    }
}
