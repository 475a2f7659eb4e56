package dev.windlass.pipelines.model;

import java.util.List;

/** A pipeline task's {@code matrix}: array params to fan out over, plus explicit {@code include}s. */
public record Matrix(List<Param> params, List<MatrixInclude> include) {

    public Matrix {
        params = List.copyOf(params);
        include = List.copyOf(include);
    }
}
