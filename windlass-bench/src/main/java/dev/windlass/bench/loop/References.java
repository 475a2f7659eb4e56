package dev.windlass.bench.loop;

/**
 * Published figures from Argo CD's documentation and issue tracker (and Flux's benchmark) that the
 * loop measurements can be read against. Quoted, not measured here; their hardware, cluster and
 * settings differ from this run.
 */
final class References {

    private References() {
    }

    static void put(LoopReport report) {
        report.put("reference.argocd.processors", "PUBLISHED, not measured here: \"--status-processors (20 by default)"
                + " and --operation-processors (10 by default)... For 1000 applications, we use 50 for"
                + " --status-processors and 25 for --operation-processors\" (argo-cd docs/operator-manual/high_availability.md)");
        report.put("reference.argocd.polling", "PUBLISHED, not measured here: \"Argo CD polls Git repositories every"
                + " three minutes... To eliminate this delay from polling, the API server can be configured to receive"
                + " webhook events\" (argo-cd docs/operator-manual/webhook.md)");
        report.put("reference.argocd.monorepo-refresh", "PUBLISHED, not measured here: 700+ applications from one"
                + " repository take \"more than 10 seconds to refresh all the applications\" (argoproj/argo-cd#23086)");
        report.put("reference.argocd.monorepo-commit", "PUBLISHED, not measured here: 800+ applications in a monorepo,"
                + " \"lags of 4-5 minutes post commit\" (argoproj/argo-cd#18969)");
        report.put("reference.flux.kustomizations", "PUBLISHED, not measured here (Flux, not Argo CD): MTTP"
                + " benchmark, 1000 objects as Kustomizations: 4m16s, 175Mi, on a 16-core GitHub runner with Kind"
                + " (fluxcd/flux-benchmark RESULTS.md, Flux v2.6.0)");
    }
}
