package dev.windlass.policy;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
  * A template's {@code K8sNativeValidation} code, compiled with cel-java: {@code variables}
  * (after Gatekeeper's own {@code params} and {@code anyObject}), {@code matchConditions} and
  * {@code validations} (expression, message, messageExpression), over the variables
  * {@code object}, {@code oldObject}, {@code request}, {@code params} (the constraint) and
  * {@code namespaceObject}. Variables are evaluated lazily, once each. {@code variables.params} is
  * the constraint's parameters, or an empty map (not null) when it has none, so that
  * {@code has(variables.params.x)} is false as in Gatekeeper.
  */
final class CelTemplateEngine implements TemplateEngine {
    /** Gatekeeper's variables, put before the template's own. */
    private static final List<String[]> GATEKEEPER_VARIABLES = List.of(
            new String[] {"params", "has(params.spec) && has(params.spec.parameters) ? params.spec.parameters : {}"},
            new String[] {"anyObject", "object == null ? oldObject : object"});

    private static final CelOptions OPTIONS = CelOptions.current().comprehensionMaxIterations(100_000).build();

    /** The environment: standard CEL plus the strings, sets and optional extensions Kubernetes enables. */
    static final Cel CEL = CelFactory.standardCelBuilder()
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .setOptions(OPTIONS)
            .addCompilerLibraries(CelExtensions.strings(), CelExtensions.sets(OPTIONS), CelExtensions.optional())
            .addRuntimeLibraries(CelExtensions.strings(), CelExtensions.sets(OPTIONS), CelExtensions.optional())
            .addVar("object", SimpleType.DYN)
            .addVar("oldObject", SimpleType.DYN)
            .addVar("request", SimpleType.DYN)
            .addVar("params", SimpleType.DYN)
            .addVar("namespaceObject", SimpleType.DYN)
            .addVar("authorizer", SimpleType.DYN)
            .addVar("variables", MapType.create(SimpleType.STRING, SimpleType.DYN))
            .build();

    private final String owner;
    private final List<Named> variables;
    private final List<CelRuntime.Program> matchConditions;
    private final List<Validation> validations;

    /** A compiled named expression. */
    record Named(String name, CelRuntime.Program program) {
    }

    /** A compiled validation. */
    record Validation(String expression, CelRuntime.Program program, String message, CelRuntime.Program messageExpression) {
    }

    private CelTemplateEngine(String owner, List<Named> variables, List<CelRuntime.Program> matchConditions,
                              List<Validation> validations) {
        this.owner = owner;
        this.variables = List.copyOf(variables);
        this.matchConditions = List.copyOf(matchConditions);
        this.validations = List.copyOf(validations);
    }

    static CelTemplateEngine compile(TemplateSource source) throws PolicyException {
        Fields f = new Fields(source.owner());
        String at = "spec.targets[0].code[K8sNativeValidation].source";
        List<Named> variables = new ArrayList<>();
        for (String[] v : GATEKEEPER_VARIABLES) {
            variables.add(new Named(v[0], program(v[1], f, at)));
        }
        for (MapNode v : maps(source.cel(), "variables", f, at)) {
            String name = f.text(v, "name", at + ".variables.name").orElse("");
            String expr = f.text(v, "expression", at + ".variables[" + name + "].expression").orElse("");
            variables.add(new Named(name, program(expr, f, at + ".variables[" + name + "].expression")));
        }
        List<CelRuntime.Program> conditions = new ArrayList<>();
        for (MapNode m : maps(source.cel(), "matchConditions", f, at)) {
            conditions.add(program(f.text(m, "expression", at + ".matchConditions.expression").orElse(""), f,
                    at + ".matchConditions.expression"));
        }
        List<Validation> validations = new ArrayList<>();
        List<MapNode> list = maps(source.cel(), "validations", f, at);
        for (int i = 0; i < list.size(); i++) {
            validations.add(validation(list.get(i), f, at + ".validations[" + i + "]"));
        }
        if (validations.isEmpty()) {
            throw f.error(at + ".validations", "is required: give at least one validation expression");
        }
        return new CelTemplateEngine(source.owner(), variables, conditions, validations);
    }

    private static Validation validation(MapNode v, Fields f, String at) throws PolicyException {
        String expr = f.text(v, "expression", at + ".expression").orElse("");
        String message = f.text(v, "message", at + ".message").orElse(null);
        String messageExpr = f.text(v, "messageExpression", at + ".messageExpression").orElse(null);
        return new Validation(expr, program(expr, f, at + ".expression"), message,
                messageExpr == null ? null : program(messageExpr, f, at + ".messageExpression"));
    }

    private static List<MapNode> maps(MapNode source, String key, Fields f, String at) throws PolicyException {
        List<MapNode> out = new ArrayList<>();
        ListNode list = f.list(source, key, at + "." + key).orElse(ListNode.empty());
        for (int i = 0; i < list.size(); i++) {
            String where = at + "." + key + "[" + i + "]";
            out.add(list.items().get(i).asMap().orElseThrow(() -> f.error(where, "must be an object")));
        }
        return out;
    }

    private static CelRuntime.Program program(String expression, Fields f, String field) throws PolicyException {
        if (expression.isBlank()) {
            throw f.error(field, "is required");
        }
        CelValidationResult result = CEL.compile(expression);
        try {
            return CEL.createProgram(result.getAst());
        } catch (CelValidationException e) {
            throw f.error(field, "the CEL does not compile: " + result.getErrorString());
        } catch (CelEvaluationException e) {
            throw f.error(field, "the CEL cannot be planned: " + e.getMessage());
        }
    }

    @Override
    public List<Result> evaluate(Value input, ObjectValue inventory) throws PolicyException {
        Map<String, Object> activation = CelValues.activation(input);
        activation.put("variables", new LazyVariables(variables, activation));
        List<Result> out = new ArrayList<>();
        try {
            for (CelRuntime.Program condition : matchConditions) {
                if (!Boolean.TRUE.equals(condition.eval(activation))) {
                    return out;
                }
            }
            for (Validation v : validations) {
                Object ok = v.program().eval(activation);
                if (!(ok instanceof Boolean)) {
                    throw new PolicyException(owner + ": validation " + v.expression() + " must evaluate to a bool");
                }
                if (!((Boolean) ok)) {
                    out.add(new Result(message(v, activation), null));
                }
            }
        } catch (CelEvaluationException | LazyVariables.Failure e) {
            throw new PolicyException(owner + ": CEL evaluation failed: " + e.getMessage(), e);
        }
        return out;
    }

    private static String message(Validation v, Map<String, Object> activation) {
        if (v.messageExpression() != null) {
            try {
                Object m = v.messageExpression().eval(activation);
                if (m instanceof String s && !s.isBlank()) {
                    return s;
                }
            } catch (CelEvaluationException | LazyVariables.Failure e) {
                // Kubernetes falls back to message when messageExpression fails.
            }
        }
        return v.message() != null ? v.message() : "failed expression: " + v.expression();
    }
}
