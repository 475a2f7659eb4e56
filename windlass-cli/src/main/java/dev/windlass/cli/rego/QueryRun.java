package dev.windlass.cli.rego;

import dev.windlass.rego.EvalRequest;
import dev.windlass.rego.PreparedQuery;
import dev.windlass.rego.QueryResult;
import dev.windlass.rego.Rego;
import dev.windlass.rego.RegoCompileException;
import dev.windlass.rego.RegoEvalException;
import dev.windlass.rego.RegoParseException;
import dev.windlass.rego.RegoParser;
import dev.windlass.rego.ast.Body;
import dev.windlass.rego.ast.Literal;
import dev.windlass.rego.ast.Location;
import dev.windlass.rego.ast.Module;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.Value;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
  * One {@code opa eval} run after loading: compile the modules with the data, parse and prepare
  * the query, evaluate it. Each step's failure becomes the errors OPA would report.
  */
final class QueryRun {
    /** The answer and what the printer needs to label it, or the errors. */
    record Outcome(QueryResult result, List<String> texts, List<Location> locations, List<OpaError> errors) {
        static Outcome failed(List<OpaError> errors) {
            return new Outcome(null, List.of(), List.of(), errors);
        }
    }

    private QueryRun() {}

    static Outcome run(List<Module> modules, ObjectValue data, String query, Value input, Duration timeout,
            Consumer<String> print) {
        Body body;
        try {
            body = RegoParser.parseQuery("", query);
        } catch (RegoParseException e) {
            return Outcome.failed(List.of(OpaError.parse(e, query)));
        }
        Rego rego;
        try {
            Rego.Builder builder = Rego.builder().data(data);
            modules.forEach(builder::module);
            rego = builder.build();
        } catch (RegoCompileException e) {
            return Outcome.failed(OpaError.compile(e));
        }
        try {
            PreparedQuery prepared = rego.prepare(body);
            EvalRequest request = EvalRequest.of(input).withPrint(print);
            if (timeout != null && !timeout.isZero()) {
                request = request.withTimeout(timeout);
            }
            QueryResult result = prepared.eval(request);
            List<Location> locations = body.literals().stream().map(Literal::location).toList();
            return new Outcome(result, ExpressionTexts.of(body, query), locations, List.of());
        } catch (RegoCompileException e) {
            return Outcome.failed(OpaError.compile(e));
        } catch (RegoEvalException e) {
            return Outcome.failed(List.of(OpaError.eval(e)));
        }
    }
}
