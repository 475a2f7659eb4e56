package dev.windlass.pipelines.dag;

import static dev.windlass.pipelines.dag.Tasks.task;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.Issue;
import dev.windlass.model.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

class DagTest {

    @Test
    void dag_edgesComeFromRunAfterAndResultReferences() {
        Dag dag = Tasks.dag(List.of(
                task("c").param("x", "$(tasks.b.results.digest)").build(),
                task("b").after("a").build(),
                task("a").build()), List.of(task("f").param("y", "$(tasks.a.results.r)").build()));

        assertThat(dag.parents("b")).containsExactly("a");
        assertThat(dag.parents("c")).containsExactly("b");
        assertThat(dag.order()).containsExactly("a", "b", "c");
        assertThat(dag.children("a")).containsExactly("b");
        assertThat(dag.isFinally("f")).isTrue();
        assertThat(dag.parents("f")).isEmpty();
    }

    @Test
    void dag_edgesFromWhenInputs() {
        Dag dag = Tasks.dag(List.of(task("a").build(),
                task("b").when(Tasks.in("$(tasks.a.results.ok)", "yes")).build()), List.of());

        assertThat(dag.parents("b")).containsExactly("a");
    }

    @Test
    void dag_namesTheCycle() {
        Result<Dag> result = Dag.build(Tasks.pipeline(List.of(
                task("a").after("c").build(), task("b").after("a").build(), task("c").after("b").build(),
                task("d").build()), List.of()));

        assertThat(result.errors()).extracting(Issue::message)
                .singleElement().asString().contains("a -> b -> c -> a");
        assertThat(result.errors().get(0).location().field().toString()).isEqualTo("spec.tasks");
    }

    @Test
    void dag_unknownRunAfterIsAnErrorAtTheField() {
        Result<Dag> result = Dag.build(Tasks.pipeline(List.of(task("a").build(), task("b").after("nope").build()),
                List.of()));

        assertThat(result.errors()).singleElement().satisfies(issue -> {
            assertThat(issue.message()).contains("\"nope\"").contains("name one of: a, b");
            assertThat(issue.location().field().toString()).isEqualTo("spec.tasks[1].runAfter[0]");
        });
    }

    @Test
    void dag_resultOfUnknownTaskIsAnError() {
        Result<Dag> result = Dag.build(Tasks.pipeline(List.of(task("a").param("p", "$(tasks.ghost.results.r)").build()),
                List.of(task("f").param("p", "$(tasks.gone.results.r)").build())));

        assertThat(result.errors()).extracting(Issue::message)
                .anySatisfy(m -> assertThat(m).contains("$(tasks.ghost.results.r)"))
                .anySatisfy(m -> assertThat(m).contains("$(tasks.gone.results.r)"));
    }

    @Test
    void dag_duplicateNamesAndFinallyRunAfterAreErrors() {
        Result<Dag> result = Dag.build(Tasks.pipeline(List.of(task("a").build(), task("a").build()),
                List.of(task("f").after("a").build())));

        assertThat(result.errors()).extracting(Issue::message)
                .anySatisfy(m -> assertThat(m).contains("\"a\" is used twice"))
                .anySatisfy(m -> assertThat(m).contains("cannot use runAfter"));
    }
}
