package dev.windlass.pipelines.model;

import dev.windlass.model.KubeObject;
import java.util.List;

/** A StepAction: a reusable step with its own params and results, referenced by {@code steps[].ref}. */
public record StepAction(KubeObject object, Step step, List<ParamSpec> params, List<ResultSpec> results) {

    public StepAction {
        params = List.copyOf(params);
        results = List.copyOf(results);
    }

    public String name() {
        return object.name();
    }
}
