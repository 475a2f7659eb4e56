package dev.windlass.sandbox.controller;

import dev.windlass.sandbox.api.ObjectService;
import java.time.Clock;
import java.time.Duration;

/** What a controller may use: the API (as a client), the clock, and delayed work on its thread. */
public interface ControllerContext {

    ObjectService api();

    Clock clock();

    /** Runs {@code task} on the controller thread after {@code delay}. */
    void schedule(Duration delay, Runnable task);

    /** The delay simulated workloads take to become ready (configurable, default 2 s). */
    Duration readyDelay();
}
