package dev.windlass.pipelines.run;

/** A pipeline task that did not run, with Tekton's reason ({@code When Expressions evaluated to false}, {@code Parent Tasks were skipped} ...). */
public record SkippedTask(String name, String reason) {
}
