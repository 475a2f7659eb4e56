package dev.windlass.pipelines.subst;

/** The reason codes of the issues substitution reports. */
final class SubstCodes {

    /** A declared param without default is not given. */
    static final String PARAM_MISSING = "tekton.param-missing";
    /** A param is given in another shape than declared. */
    static final String PARAM_TYPE = "tekton.param-type";
    /** An object param lacks declared properties. */
    static final String PARAM_KEYS = "tekton.param-keys";
    /** A string param is outside its enum. */
    static final String PARAM_ENUM = "tekton.param-enum";
    /** A param is not declared where it is passed (a StepAction's). */
    static final String PARAM_EXTRA = "tekton.param-extra";
    /** Defaults that reference other params cannot be resolved (cycle, unknown, too deep). */
    static final String PARAM_DEFAULT = "tekton.param-default";
    /** A variable used where its shape cannot go, or an index out of range. */
    static final String SUBSTITUTION = "tekton.substitution";
    /** A referenced task result was not produced. */
    static final String RESULT_MISSING = "tekton.result-missing";
    /** A required workspace is not bound. */
    static final String WORKSPACE_UNBOUND = "tekton.workspace-unbound";
    /** A step's StepAction cannot be inlined. */
    static final String STEP_ACTION = "tekton.step-action";

    private SubstCodes() {
    }
}
