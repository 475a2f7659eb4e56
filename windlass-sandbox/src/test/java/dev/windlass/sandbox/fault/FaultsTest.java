package dev.windlass.sandbox.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.windlass.sandbox.api.ApiException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FaultsTest {

    private static final RequestMatch DEPLOYMENTS = RequestMatch.resource("apps", "deployments");

    private final Faults faults = Faults.seeded(42);

    @AfterEach
    void stopTimer() {
        faults.close();
    }

    @Test
    void decide_withoutRules_servesAtOnce() {
        assertThat(faults.decide("get", "", "pods")).isEqualTo(FaultDecision.NONE);
        assertThat(FaultDecision.NONE.isNone()).isTrue();
    }

    @Test
    void errorRateZero_neverFailsAndDrawsNothing() {
        faults.update(r -> r.withError(ErrorRule.of(RequestMatch.ALL, 0, 500)));
        CountingRandom random = new CountingRandom();

        for (int i = 0; i < 1000; i++) {
            assertThat(faults.decide("list", "apps", "deployments", random).error()).isEmpty();
        }
        assertThat(random.draws).isZero();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "409, Conflict, Operation cannot be fulfilled on deployments.apps: the object has been modified, 0",
        "429, TooManyRequests, 'Too many requests, please try again later.', 1",
        "500, InternalError, 'Internal error occurred: sandbox fault injection for deployments.apps', 0",
        "503, ServiceUnavailable, the server is currently unable to handle the request, 0",
    })
    void errorRateOne_alwaysFailsAsTheApiServerWould(int status, String reason, String message, int retryAfter) {
        faults.update(r -> r.withError(ErrorRule.of(DEPLOYMENTS, 1, status)));
        CountingRandom random = new CountingRandom();

        for (int i = 0; i < 100; i++) {
            InjectedError error = faults.decide("update", "apps", "deployments", random).error().orElseThrow();
            assertThat(error.status()).isEqualTo(status);
            assertThat(error.reason()).isEqualTo(reason);
            assertThat(error.message()).startsWith(message);
            assertThat(error.retryAfterSeconds()).isEqualTo(retryAfter);
        }
        assertThat(random.draws).isZero();
    }

    @Test
    void seededRate_failsAboutThatShareOfRequests() {
        faults.update(r -> r.withError(ErrorRule.of(DEPLOYMENTS, 0.3, 503)));

        int failed = 0;
        for (int i = 0; i < 10_000; i++) {
            if (faults.decide("get", "apps", "deployments").error().isPresent()) {
                failed++;
            }
        }

        assertThat(failed).isBetween(2_800, 3_200);
    }

    @Test
    void sameSeed_givesTheSameFailures() {
        List<Boolean> first = failures(Faults.seeded(7));
        List<Boolean> second = failures(Faults.seeded(7));
        List<Boolean> other = failures(Faults.seeded(8));

        assertThat(first).isEqualTo(second).isNotEqualTo(other);
    }

    @Test
    void rulesWithSeed_restartTheDraws() {
        FaultRules plan = FaultRules.NONE.withError(ErrorRule.of(RequestMatch.ALL, 0.5, 500)).withSeed(99);
        faults.rules(plan);
        List<Boolean> first = draw(faults, 50);
        faults.rules(plan);

        assertThat(draw(faults, 50)).isEqualTo(first);
    }

    @ParameterizedTest(name = "{0} {1} {2} vs {3} {4} {5} -> {6}")
    @CsvSource({
        "*, *, *, get, '', pods, true",
        "list, '', pods, list, '', pods, true",
        "list, '', pods, watch, '', pods, false",
        "*, '', pods, get, apps, pods, false",
        "*, apps, *, patch, apps, deployments, true",
        "*, apps, deployments, patch, apps, deployments/status, false",
        "*, apps, deployments/status, patch, apps, deployments/status, true",
        "*, apps, deployments/*, patch, apps, deployments/scale, true",
        "*, *, */status, update, '', pods/status, true",
        "*, *, */status, update, '', pods, false",
        "*, *, *, get, '', '', true",
        "*, *, pods, get, '', '', false",
    })
    void match_followsRbacStyleWildcards(String verb, String group, String resource, String requestVerb,
            String requestGroup, String requestResource, boolean expected) {
        assertThat(new RequestMatch(verb, group, resource).matches(requestVerb, requestGroup, requestResource))
                .isEqualTo(expected);
    }

    @Test
    void latency_addsEachMatchingRuleWithJitterInRange() {
        faults.update(r -> r
                .withLatency(LatencyRule.of(new RequestMatch("list", "", "pods"), 200))
                .withLatency(new LatencyRule(RequestMatch.ALL, 10, 5))
                .withLatency(LatencyRule.of(DEPLOYMENTS, 1000)));

        for (int i = 0; i < 200; i++) {
            assertThat(faults.decide("list", "", "pods").delayMillis()).isBetween(210L, 215L);
            assertThat(faults.decide("get", "", "pods").delayMillis()).isBetween(10L, 15L);
        }
    }

    @Test
    void latency_delaysTheErrorToo_andTheFirstFiringErrorRuleWins() {
        faults.update(r -> r
                .withLatency(LatencyRule.of(RequestMatch.ALL, 50))
                .withError(ErrorRule.of(new RequestMatch("create", "*", "*"), 1, 409))
                .withError(ErrorRule.of(RequestMatch.ALL, 1, 500)));

        FaultDecision create = faults.decide("create", "", "configmaps");
        FaultDecision get = faults.decide("get", "", "configmaps");

        assertThat(create.delayMillis()).isEqualTo(50);
        assertThat(create.error().orElseThrow().status()).isEqualTo(409);
        assertThat(get.error().orElseThrow().status()).isEqualTo(500);
    }

    @Test
    void outage_failsEveryRequestDropsWatchesUntilCleared() {
        RecordingWatch open = new RecordingWatch();
        faults.register(open);

        faults.outage(true);

        assertThat(open.closed).hasValue(1);
        InjectedError error = faults.decide("get", "", "namespaces").error().orElseThrow();
        assertThat(error.status()).isEqualTo(503);
        assertThat(error.reason()).isEqualTo("ServiceUnavailable");
        RecordingWatch late = new RecordingWatch();
        faults.register(late);
        assertThat(late.closed).hasValue(1);
        assertThat(faults.openWatches()).isZero();

        faults.clear();

        assertThat(faults.outage()).isFalse();
        assertThat(faults.decide("get", "", "namespaces")).isEqualTo(FaultDecision.NONE);
    }

    @Test
    void dropWatches_closesOpenWatchesOnceAndForgetsEndedOnes() {
        RecordingWatch first = new RecordingWatch();
        RecordingWatch failing = new RecordingWatch();
        failing.fail = true;
        RecordingWatch ended = new RecordingWatch();
        faults.register(first);
        faults.register(failing);
        faults.register(ended).close();

        assertThat(faults.dropWatches()).isEqualTo(2);
        assertThat(faults.dropWatches()).isZero();

        assertThat(first.closed).hasValue(1);
        assertThat(failing.closed).hasValue(1);
        assertThat(ended.closed).hasValue(0);
    }

    @Test
    void dropWatchesEvery_dropsWatchesOpenedLaterTooUntilStopped() {
        RecordingWatch first = new RecordingWatch();
        faults.register(first);

        faults.dropWatchesEvery(Duration.ofMillis(20));

        await().atMost(Duration.ofSeconds(5)).until(() -> first.closed.get() == 1);
        RecordingWatch second = new RecordingWatch();
        faults.register(second);
        await().atMost(Duration.ofSeconds(5)).until(() -> second.closed.get() == 1);
        assertThat(faults.rules().dropWatchesEvery()).contains(Duration.ofMillis(20));

        faults.dropWatchesEvery(null);
        RecordingWatch third = new RecordingWatch();
        faults.register(third);
        await().during(Duration.ofMillis(150)).atMost(Duration.ofSeconds(1)).until(() -> third.closed.get() == 0);
    }

    @Test
    void injectedError_becomesTheApiServersStatusException() {
        faults.update(r -> r.withError(ErrorRule.of(DEPLOYMENTS, 1, 429).withRetryAfterSeconds(2)));

        ApiException e = faults.decide("list", "apps", "deployments").error().orElseThrow().toApiException();

        assertThat(e.code()).isEqualTo(429);
        assertThat(e.reason()).isEqualTo("TooManyRequests");
        assertThat(e.retryAfterSeconds()).isEqualTo(2);
        assertThat(e.getMessage()).isEqualTo("Too many requests, please try again later.");
    }

    @Test
    void errorRule_customMessageReplacesTheDefault() {
        faults.update(r -> r.withError(new ErrorRule(DEPLOYMENTS, 1, 500, 0, Optional.of("etcd is on fire"))));

        assertThat(faults.decide("get", "apps", "deployments").error().orElseThrow().message()).isEqualTo("etcd is on fire");
    }

    private static List<Boolean> failures(Faults plan) {
        plan.update(r -> r.withError(ErrorRule.of(RequestMatch.ALL, 0.5, 500)));
        return draw(plan, 64);
    }

    private static List<Boolean> draw(Faults plan, int count) {
        List<Boolean> result = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            result.add(plan.decide("get", "", "pods").error().isPresent());
        }
        return result;
    }

    /** A random source that counts how often it is asked. */
    private static final class CountingRandom implements RandomGenerator {
        private final SplittableRandom delegate = new SplittableRandom(1);
        int draws;

        @Override
        public long nextLong() {
            draws++;
            return delegate.nextLong();
        }
    }

    private static final class RecordingWatch implements WatchHandle {
        final AtomicInteger closed = new AtomicInteger();
        boolean fail;

        @Override
        public void close() {
            closed.incrementAndGet();
            if (fail) {
                throw new IllegalStateException("socket already gone");
            }
        }
    }
}
