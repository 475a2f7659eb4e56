package dev.windlass.pipelines.model;

/** A param given a value ({@code params[]} of a run or a pipeline task). */
public record Param(String name, ParamValue value) {
}
