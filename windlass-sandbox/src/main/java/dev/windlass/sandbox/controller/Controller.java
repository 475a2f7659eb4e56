package dev.windlass.sandbox.controller;

import dev.windlass.sandbox.store.ObjectKey;
import dev.windlass.sandbox.store.WatchEvent;

/**
 * One simulated control loop (the garbage collector, the namespace controller, the Deployment
 * controller …). The runtime calls it on one thread, in commit order, for every change to a
 * resource it is interested in; it writes through {@link ControllerContext#api()} like any client.
 * A handler must not block: to act later it schedules a task.
 */
public interface Controller {

    /** A short name for logs and thread names: {@code deployment}, {@code garbage-collector}. */
    String name();

    /** Whether changes to objects under {@code key}'s group and resource concern this controller. */
    boolean interestedIn(ObjectKey key);

    /** Reacts to one committed change. Exceptions are logged and do not stop the runtime. */
    void handle(WatchEvent event, ControllerContext context);
}
