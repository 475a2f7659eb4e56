package dev.windlass.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A value together with the issues found while producing it. A result with errors may still
 * carry a partial value; callers decide whether partial output is usable (most do not).
 */
public record Result<T>(T value, List<Issue> issues) {

    public Result {
        issues = List.copyOf(issues);
    }

    public static <T> Result<T> of(T value) {
        return new Result<>(value, List.of());
    }

    public static <T> Result<T> of(T value, List<Issue> issues) {
        return new Result<>(value, issues);
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(Issue::isError);
    }

    public List<Issue> errors() {
        return issues.stream().filter(Issue::isError).toList();
    }

    public List<Issue> warnings() {
        return issues.stream().filter(i -> i.severity() == Severity.WARNING).toList();
    }

    public <R> Result<R> map(Function<? super T, ? extends R> mapper) {
        return new Result<>(mapper.apply(value), issues);
    }

    /** This result with {@code more} issues appended. */
    public Result<T> withIssues(List<Issue> more) {
        List<Issue> all = new ArrayList<>(issues);
        all.addAll(more);
        return new Result<>(value, all);
    }
}
