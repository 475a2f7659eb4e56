package dev.windlass.rego;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Parses the Gatekeeper library policies and regorus' Rego cases from the shared corpus. */
@Tag("conformance")
class RegoParseConformanceTest {
    /** Phrases of expected errors that are syntax errors rather than compile or evaluation errors. */
    private static final List<String> PARSE_ERROR_PHRASES = List.of(
            "keyword is required", "unexpected keyword", "expecting", "expected string literal",
            "unterminated string", "invalid whitespace", "rule must have a body", "in default value",
            "import path must begin");

    /** Pass, failure and skip counts for one corpus. */
    private static final class Tally {
        final String name;
        int passed;
        int total;
        int skipped;
        final List<String> failures = new ArrayList<>();

        Tally(String name) {
            this.name = name;
        }

        void pass() {
            total++;
            passed++;
        }

        void fail(String where, String reason) {
            total++;
            failures.add("conformance failure rego-parse/" + name + " " + where + ": " + reason);
        }

        void print() {
            failures.forEach(System.out::println);
            System.out.printf("conformance rego-parse/%s: %d/%d passed, %d skipped%n", name, passed, total, skipped);
        }
    }

    private static Path corpus() {
        String shared = System.getProperty("windlass.shared.dir");
        Assumptions.assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "corpus")), "no shared corpus");
        return Path.of(shared, "corpus");
    }

    @Test
    void gatekeeperLibrary_policiesParse() throws IOException {
        Path root = corpus().resolve("gatekeeper-library");
        Assumptions.assumeTrue(Files.isDirectory(root));
        Tally tally = new Tally("gatekeeper-library");
        for (Path file : files(root)) {
            String rel = root.relativize(file).toString();
            if (rel.endsWith(".rego")) {
                check(tally, rel, Files.readString(file));
            } else if (file.getFileName().toString().equals("template.yaml")) {
                templateModules(tally, rel, Files.readString(file));
            }
        }
        tally.print();
        assertThat(tally.passed).isGreaterThanOrEqualTo(floor("rego-parse-gatekeeper"));
    }

    @Test
    void regorusCases_modulesParse() throws IOException {
        Path root = corpus().resolve("regorus-rego-cases/tests");
        Assumptions.assumeTrue(Files.isDirectory(root));
        Tally tally = new Tally("regorus");
        for (Path file : files(root)) {
            String rel = root.relativize(file).toString().replace('\\', '/');
            boolean excluded = rel.startsWith("target/") || rel.contains("/target/")
                    || rel.startsWith("rego-extensions/") || rel.contains("/rego-extensions/");
            if (rel.endsWith(".yaml") && !excluded) {
                regorusFile(tally, rel, Files.readString(file));
            }
        }
        tally.print();
        assertThat(tally.passed).isGreaterThanOrEqualTo(floor("rego-parse-regorus"));
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void check(Tally tally, String where, String source) {
        try {
            RegoParser.parse(where, source);
            tally.pass();
        } catch (RegoParseException e) {
            tally.fail(where, e.getMessage());
        } catch (RuntimeException e) {
            tally.fail(where, "crash " + e);
        }
    }

    private static void templateModules(Tally tally, String rel, String yaml) {
        for (Object doc : new Load(LoadSettings.builder().build()).loadAllFromString(yaml)) {
            Object spec = doc instanceof Map<?, ?> m ? m.get("spec") : null;
            Object targets = spec instanceof Map<?, ?> s ? s.get("targets") : null;
            if (!(targets instanceof List<?> list)) {
                tally.skipped++;
                continue;
            }
            for (Object target : list) {
                if (!(target instanceof Map<?, ?> t)) {
                    continue;
                }
                if (t.get("rego") instanceof String rego) {
                    check(tally, rel + "#rego", rego);
                }
                if (t.get("libs") instanceof List<?> libs) {
                    for (int i = 0; i < libs.size(); i++) {
                        if (libs.get(i) instanceof String lib) {
                            check(tally, rel + "#libs[" + i + "]", lib);
                        }
                    }
                }
            }
        }
    }

    private static void regorusFile(Tally tally, String rel, String yaml) {
        Object doc = new Load(LoadSettings.builder().build()).loadFromString(yaml);
        Object cases = doc instanceof Map<?, ?> m ? m.get("cases") : null;
        if (!(cases instanceof List<?> list)) {
            tally.skipped++;
            return;
        }
        for (Object c : list) {
            if (!(c instanceof Map<?, ?> kase) || !(kase.get("modules") instanceof List<?> modules)) {
                tally.skipped++;
                continue;
            }
            if (Boolean.TRUE.equals(kase.get("skip"))) {
                tally.skipped++;
                continue;
            }
            regorusCase(tally, rel + "#" + kase.get("note"), kase, modules);
        }
    }

    private static void regorusCase(Tally tally, String where, Map<?, ?> kase, List<?> modules) {
        Object expected = kase.get("error") != null ? kase.get("error") : kase.get("want_error");
        boolean wantsParseError = expected instanceof String s && PARSE_ERROR_PHRASES.stream().anyMatch(s::contains);
        String firstError = null;
        for (int i = 0; i < modules.size(); i++) {
            if (!(modules.get(i) instanceof String source)) {
                tally.skipped++;
                continue;
            }
            try {
                RegoParser.parse(where + "[" + i + "]", source);
                if (!wantsParseError) {
                    tally.pass();
                }
            } catch (RegoParseException e) {
                firstError = firstError == null ? e.getMessage() : firstError;
                if (!wantsParseError) {
                    tally.fail(where + "[" + i + "]", e.getMessage());
                }
            } catch (RuntimeException e) {
                tally.fail(where + "[" + i + "]", "crash " + e);
            }
        }
        if (wantsParseError && firstError == null && kase.get("query") instanceof String query) {
            try {
                RegoParser.parseQuery(where + "#query", query);
            } catch (RegoParseException e) {
                firstError = e.getMessage();
            }
        }
        if (wantsParseError) {
            if (firstError != null) {
                tally.pass();
            } else {
                tally.fail(where, "parsed, but the case expects the parse error: " + expected);
            }
        }
    }

    private static int floor(String key) throws IOException {
        Properties p = new Properties();
        try (InputStream in = RegoParseConformanceTest.class.getResourceAsStream("/conformance-floors.properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return Integer.parseInt(p.getProperty(key, "0"));
    }
}
