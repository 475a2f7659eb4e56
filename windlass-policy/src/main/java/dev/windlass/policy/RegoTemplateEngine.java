package dev.windlass.policy;

import dev.windlass.rego.PreparedQuery;
import dev.windlass.rego.QueryResult;
import dev.windlass.rego.Rego;
import dev.windlass.rego.RegoCompileException;
import dev.windlass.rego.RegoEvalException;
import dev.windlass.rego.RegoParseException;
import dev.windlass.rego.RegoParser;
import dev.windlass.rego.ast.Module;
import dev.windlass.rego.ast.Rule;
import dev.windlass.rego.ast.Term;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.SetValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import dev.windlass.rego.value.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
  * A template's Rego, compiled once with its libraries: the query {@code data.<package>.violation},
  * evaluated per constraint with {@code data.inventory} supplied per evaluation.
  */
final class RegoTemplateEngine implements TemplateEngine {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final String owner;
    private final PreparedQuery query;

    private RegoTemplateEngine(String owner, PreparedQuery query) {
        this.owner = owner;
        this.query = query;
    }

    static RegoTemplateEngine compile(TemplateSource source) throws PolicyException {
        Fields f = new Fields(source.owner());
        Module main = parse(source.name() + ".rego", source.rego(), f, "rego");
        List<String> pkg = packagePath(main);
        if (main.rules().stream().noneMatch(r -> r.head().name().equals("violation"))) {
            throw f.error("rego", "invalid rego: the package " + String.join(".", pkg)
                    + " must define the rule violation[{\"msg\": msg}]");
        }
        List<Module> modules = new ArrayList<>(List.of(main));
        for (int i = 0; i < source.libs().size(); i++) {
            Module lib = parse(source.name() + "-lib" + i + ".rego", source.libs().get(i), f, "libs[" + i + "]");
            List<String> libPkg = packagePath(lib);
            if (!libPkg.get(0).equals("lib")) {
                throw f.error("libs[" + i + "]", "invalid lib package " + String.join(".", libPkg)
                        + ": library packages must be under lib (package lib.NAME)");
            }
            modules.add(lib);
        }
        try {
            Rego.Builder builder = Rego.builder();
            modules.forEach(builder::module);
            Rego rego = builder.build();
            return new RegoTemplateEngine(source.owner(), rego.prepare(violationQuery(pkg)));
        } catch (RegoCompileException | RegoParseException e) {
            throw new PolicyException(source.owner() + ": the Rego does not compile: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new PolicyException(source.owner() + ": the Rego engine failed to compile it: " + e, e);
        }
    }

    /** Parses as the frameworks do: v1 syntax first, then v0; only data.lib and data.inventory may be read. */
    private static Module parse(String file, String text, Fields f, String field) throws PolicyException {
        Module module;
        try {
            module = RegoParser.parse(file, text);
        } catch (RegoParseException e) {
            throw new PolicyException(f.owner() + ": " + field + ": the Rego does not parse: " + e.getMessage(), e);
        }
        List<String> bad = DataReferences.disallowed(module);
        if (!bad.isEmpty()) {
            throw f.error(field, "invalid data reference " + bad.get(0)
                    + ": template Rego may read only data.lib (its libs) and data.inventory");
        }
        return module;
    }

    static List<String> packagePath(Module module) {
        List<String> out = new ArrayList<>();
        Term.Ref ref = module.pkg().path();
        out.add(((Term.Var) ref.head()).name());
        for (Term t : ref.path()) {
            out.add(t instanceof Term.Str s ? s.value() : String.valueOf(t));
        }
        return out;
    }

    static String violationQuery(List<String> pkg) {
        StringBuilder q = new StringBuilder("data");
        for (String part : pkg) {
            if (IDENTIFIER.matcher(part).matches()) {
                q.append('.').append(part);
            } else {
                q.append("[\"").append(part.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
            }
        }
        return q.append(".violation").toString();
    }

    @Override
    public List<Result> evaluate(Value input, ObjectValue inventory) throws PolicyException {
        QueryResult result;
        try {
            result = query.eval(dev.windlass.rego.EvalRequest.of(input)
                    .withData(ObjectValue.ofStrings(Map.of("inventory", inventory))));
        } catch (RegoEvalException e) {
            throw new PolicyException(owner + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new PolicyException(owner + ": the Rego engine failed: " + e, e);
        }
        List<Result> out = new ArrayList<>();
        if (result.isUndefined() || result.solutions().get(0).expressions().isEmpty()) {
            return out;
        }
        Value violations = result.solutions().get(0).expressions().get(0);
        if (!(violations instanceof SetValue set)) {
            throw new PolicyException(owner + ": violation must be a set of objects, got " + violations.typeName());
        }
        for (Value v : set.members()) {
            out.add(result(v));
        }
        return out;
    }

    private Result result(Value v) throws PolicyException {
        if (!(v instanceof ObjectValue obj) || !(obj.get("msg") instanceof StringValue msg)) {
            throw new PolicyException(owner + ": each violation must be an object with a string msg, got " + v);
        }
        Value details = obj.get("details");
        return new Result(msg.value(), details == null ? null : Values.toJava(details));
    }
}
