package dev.windlass.render.jsonnet;

import scala.Function1;
import scala.Option;
import scala.runtime.BoxedUnit;

/**
 * sjsonnet's interpreter whose evaluator checks an {@link EvaluationBudget} at every expression,
 * so that a runaway evaluation stops instead of running on.
 */
final class BudgetedInterpreter extends sjsonnet.Interpreter {

    // set after the super constructor, which already builds the evaluator; read only while evaluating
    private final EvaluationBudget budget;

    BudgetedInterpreter(scala.collection.immutable.Map<String, String> extVars,
                        scala.collection.immutable.Map<String, String> tlas, sjsonnet.Path workingDirectory,
                        sjsonnet.Importer importer, EvaluationBudget budget) {
        super(extVars, tlas, workingDirectory, importer, new sjsonnet.DefaultParseCache(), defaultSettings(),
                null, message -> BoxedUnit.UNIT, sjsonnet.Interpreter.$lessinit$greater$default$9());
        this.budget = budget;
    }

    /** sjsonnet's default settings ({@code Settings.default} is a Java keyword). */
    private static sjsonnet.Settings defaultSettings() {
        return new sjsonnet.Settings(sjsonnet.Settings.$lessinit$greater$default$1(),
                sjsonnet.Settings.$lessinit$greater$default$2(), sjsonnet.Settings.$lessinit$greater$default$3(),
                sjsonnet.Settings.$lessinit$greater$default$4(), sjsonnet.Settings.$lessinit$greater$default$5(),
                sjsonnet.Settings.$lessinit$greater$default$6());
    }

    @Override
    public sjsonnet.Evaluator createEvaluator(sjsonnet.CachedResolver resolver,
                                              Function1<String, Option<sjsonnet.Expr>> extVars, sjsonnet.Path wd,
                                              sjsonnet.Settings settings, Function1<sjsonnet.Error, BoxedUnit> warn) {
        return new sjsonnet.Evaluator(resolver, extVars, wd, settings, warn) {
            @Override
            public sjsonnet.Val visitExpr(sjsonnet.Expr expr, sjsonnet.Lazy[] scope) {
                if (budget != null) {
                    budget.tick();
                }
                return super.visitExpr(expr, scope);
            }
        };
    }
}
