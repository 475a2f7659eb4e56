package dev.windlass.cli.trigger;

import dev.windlass.model.KubeObject;
import dev.windlass.pipelines.triggers.RunLauncher;
import java.io.PrintWriter;
import java.security.SecureRandom;

/**
 * The launcher until a runner is wired in: names an object with {@code generateName} as Kubernetes
 * would (five random characters) and prints {@code created PipelineRun <name>}; nothing runs.
 */
final class PrintingLauncher implements RunLauncher {

    private static final String ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

    private final PrintWriter out;
    private final Object lock;
    private final SecureRandom random = new SecureRandom();

    PrintingLauncher(PrintWriter out, Object lock) {
        this.out = out;
        this.lock = lock;
    }

    @Override
    public void launch(KubeObject run) {
        String name = run.name();
        if (name.isEmpty()) {
            StringBuilder suffix = new StringBuilder(run.generateName());
            for (int i = 0; i < 5; i++) {
                suffix.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            name = suffix.toString();
        }
        synchronized (lock) {
            out.println("created " + run.kind() + " " + name);
            out.flush();
        }
    }
}
