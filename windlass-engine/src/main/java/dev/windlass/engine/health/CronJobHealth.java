package dev.windlass.engine.health;

/**
 * Argo CD's health check for {@code batch/CronJob} (built in since Argo CD 3.2 as the
 * {@code batch/CronJob} resource customization, so it applies to every version of the kind).
 *
 * <p>A suspended CronJob is Suspended. One the controller has not yet written a status for is
 * Progressing. Otherwise the CronJob is Healthy unless its last finished run failed: a schedule
 * time later than the last success, with no job running. A CronJob that never succeeded, or has a
 * job running, is still Healthy (its status cannot tell a failed run from one not finished yet).
 * Times are RFC 3339 UTC text and compare as text, as Argo CD's script compares them.
 */
final class CronJobHealth {

    static final String SUSPENDED = "CronJob is Suspended";
    static final String WAITING = "Waiting for CronJob";
    static final String NOT_SCHEDULED = "CronJob has not been scheduled yet";
    /** Argo CD's message, spelling included. */
    static final String NEVER_SUCCEEDED = "The Cronjob never completed succesfully. It may not be healthy";
    static final String RUNNING = "The job is running. Its last execution may not have been successful";
    static final String LAST_RUN_FAILED = "CronJob has not completed its last execution successfully";
    static final String LAST_RUN_SUCCEEDED = "CronJob has completed its last execution successfully";

    private CronJobHealth() {
    }

    static Health assess(Fields cronJob) {
        if (cronJob.flag("spec.suspend")) {
            return new Health(HealthStatus.SUSPENDED, SUSPENDED);
        }
        if (!cronJob.present("status")) {
            return Health.progressing(WAITING);
        }
        String scheduled = cronJob.text("status.lastScheduleTime");
        if (!cronJob.present("status.lastScheduleTime")) {
            return Health.healthy(NOT_SCHEDULED);
        }
        if (!cronJob.present("status.lastSuccessfulTime")) {
            return Health.healthy(NEVER_SUCCEEDED);
        }
        if (!cronJob.items("status.active").isEmpty()) {
            return Health.healthy(RUNNING);
        }
        String succeeded = cronJob.text("status.lastSuccessfulTime");
        if (succeeded.compareTo(scheduled) < 0) {
            return Health.degraded(LAST_RUN_FAILED);
        }
        return Health.healthy(LAST_RUN_SUCCEEDED);
    }
}
