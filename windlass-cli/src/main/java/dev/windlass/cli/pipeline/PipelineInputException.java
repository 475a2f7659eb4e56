package dev.windlass.cli.pipeline;

/** A file the user named cannot be read as Kubernetes objects; the message names it and says why. */
public final class PipelineInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public PipelineInputException(String message) {
        super(message);
    }
}
