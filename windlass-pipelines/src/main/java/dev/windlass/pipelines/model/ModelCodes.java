package dev.windlass.pipelines.model;

/** The reason codes of the issues the Tekton reader and validators report. */
final class ModelCodes {

    /** A field has a value Tekton refuses (wrong shape, bad name, bad enum ...). */
    static final String INVALID_FIELD = "tekton.invalid-field";
    /** A required field is missing. */
    static final String MISSING_FIELD = "tekton.missing-field";
    /** Exactly one of several fields must be set. */
    static final String ONE_OF = "tekton.one-of";
    /** Two entries share a name that must be unique. */
    static final String DUPLICATE = "tekton.duplicate";
    /** A duration Go cannot parse. */
    static final String INVALID_DURATION = "tekton.invalid-duration";
    /** A field Windlass does not know; kept in the raw tree. */
    static final String UNKNOWN_FIELD = "tekton.unknown-field";
    /** A feature Tekton removed (PipelineResources) or Windlass does not support. */
    static final String UNSUPPORTED = "tekton.unsupported";
    /** The object is not of a kind or API version this reader handles. */
    static final String WRONG_KIND = "tekton.wrong-kind";

    private ModelCodes() {
    }
}
