#!/usr/bin/env bash
# Builds windlass-bench and runs its JMH benchmarks, then prints objects per second for each.
#
#   bench/run.sh                      # all benchmarks, modest settings (about two minutes)
#   bench/run.sh CodecBenchmark.parseYaml -f 3 -i 10    # any JMH arguments instead of the defaults
#   bench/run.sh sandbox              # the sandbox scale driver instead (see below)
#   bench/run.sh sandbox -Dsandbox.scale.objects=5000   # any -D options for the driver, e.g. smaller sizes
#   bench/run.sh sandbox-baseline     # the sandbox against fabric8's CRUD mock server (see below)
#   bench/run.sh sandbox-baseline -Dsandbox.baseline.objects=2000   # its sizes (see BaselineSettings)
#   bench/run.sh loop                 # the GitOps loop driver (see below; about 4 minutes on 2 cores)
#   bench/run.sh loop -Dloop.apps=100 # its sizes (see LoopSettings), e.g. only the 100-application run
#   bench/run.sh kustomize            # Windlass's Kustomize engine against kubectl kustomize (see below)
#   bench/run.sh kustomize -Dkustomize.generators=false   # its settings (see KustomizeSettings)
#   bench/run.sh policy               # Gatekeeper library decision latency and a 10,000-object audit (see below)
#   bench/run.sh pipelines            # Tekton: local executor cost per task and trigger throughput (see below)
#   bench/run.sh pipelines -Dpipelines.tasks=20 -Dtriggers.threads=8   # their sizes (see the two classes)
#   bench/run.sh 'HelmBenchmark'      # warm helm template of a 50-template chart with 3 subcharts (ms per render)
#
# "sandbox" runs dev.windlass.bench.sandbox.SandboxScale: start-up time, load rate and heap per object
# for 50,000 ConfigMaps, get and list latency over HTTPS, watch fan-out to 100 watchers (several
# minutes), and prints its report block: one "sandbox.<metric> <values>" line per metric.
# Sizes are -Dsandbox.scale.<name> properties (see ScaleSettings). The sandbox turns Nagle's
# algorithm off in the JDK HTTP server it uses; -Dsun.net.httpserver.nodelay=false shows what that
# saves (about 44 ms per request on Linux loopback, from Nagle meeting delayed ACKs).
#
# "sandbox-baseline" runs dev.windlass.bench.sandbox.SandboxBaseline: 5,000 ConfigMaps of about 1 KiB in
# 50 namespaces loaded into the sandbox and into fabric8's kubernetes-server-mock in CRUD mode, then
# random gets and equality-selector lists against both with the same java.net.http client code; prints
# "baseline.<metric> sandbox=... mock=... ratio=...x" (mock time / sandbox time; above 1 means the
# sandbox is faster) and notes on protocol (sandbox HTTPS with auth, mock plain HTTP) and correctness.
#
# "loop" runs dev.windlass.bench.loop.LoopScale: the Argo CD Application loop (ApplicationEngine over
# HTTPS against an in-process sandbox, applications in a local Git monorepo) with Argo CD's controller
# defaults and a 100 ms pod ready delay: commit-to-Synced latency after a webhook-style refresh, the
# initial sync of 100 and 1,000 applications of 20 objects (wall time, heap, requests per application),
# and a no-change refresh of all 1,000. Prints "loop.<metric> <values>" lines, and "loop.reference.*"
# lines quoting published Argo CD and Flux figures (not measured here). Sizes are -Dloop.<name>.
#
# "kustomize" runs dev.windlass.bench.kustomize.KustomizeBaseline on a generated overlay (a base of 500
# objects, namePrefix, commonLabels, images, replicas, 50 patches, ConfigMap and Secret generators):
# checks once that Windlass and `kubectl kustomize` print the same YAML, then warm in-process builds per
# second against one `kubectl kustomize DIR` process per build (goal: 20x), and the wall time of one new
# `./windlass kustomize build DIR` process (the launcher, with its JVM options and class data archive; it uses
# WINDLASS_BUILD_DIR too) and of one plain `java -jar windlass.jar kustomize build DIR` against one kubectl process.
# Prints "kustomize.<metric> windlass=... kubectl=... ratio=...x" (above 1 means Windlass is faster).
# Without kubectl on the PATH the comparisons are skipped with a message. Also builds windlass-cli.
# Settings are -Dkustomize.<name>: apps, generators, namePrefix, warmupS, measureS, kubectlS, coldRuns, kubectl,
# cliJar, launcher (bench/run.sh gives the last two).
#
# "policy" runs dev.windlass.bench.policy.PolicyScale over Gatekeeper's library (read from
# ../shared/corpus/gatekeeper-library/library beside the project): per-object decision latency (p50/p99,
# warm, one thread) of every library policy on its sample objects, against OPA's guidance of about 1 ms
# per decision, and an audit of 10,000 generated objects against ten library constraints in chunks of 500
# (wall time, objects per second, peak heap). Prints "policy.<metric>" lines. Sizes are -Dpolicy.<name>.
#
# "pipelines" runs dev.windlass.bench.pipelines.PipelineOverhead: a PipelineRun of 50 tasks with one
# `true` step each, run by the PipelineRunner with the local executor and the file run store, as a chain
# and fully parallel (wall time and wall time per task, median of 5 rounds), the cost of one `true`
# process, and a ratio against the ~2 s Tekton's place-tools init container alone adds per TaskRun Pod
# (a published figure, not measured here); then dev.windlass.bench.pipelines.TriggerThroughput: signed
# GitHub push events POSTed over loopback to the trigger server serving the seed's EventListener
# (examples/tekton-cicd) with a launcher that only counts
# (events per second, p50/p99 latency, on -Dtriggers.threads client threads). Prints "pipelines.<metric>"
# and "triggers.<metric>" lines. Sizes are -Dpipelines.<name> and -Dtriggers.<name>.
#
# Environment: WINDLASS_BUILD_DIR (default "target") is the build output folder name, for parallel
# checkouts; WINDLASS_BENCH_JAVA_OPTS replaces the benchmark JVM's options (default: -Xms2g -Xmx2g -XX:+UseParallelGC).
set -euo pipefail

root="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${WINDLASS_BUILD_DIR:-target}"
jar="$root/windlass-bench/$build_dir/benchmarks.jar"

modules="windlass-bench"
if [ "${1:-}" = "kustomize" ]; then
  modules="windlass-bench,windlass-cli" # the cold start runs the CLI jar
fi
echo "bench: building $modules..." >&2
(cd "$root" && ./mvnw -B -q -DskipTests -Dwindlass.build.dir="$build_dir" -pl "$modules" -am package >&2)

java_opts="${WINDLASS_BENCH_JAVA_OPTS:--Xms2g -Xmx2g -XX:+UseParallelGC}"

if [ "${1:-}" = "sandbox" ]; then
  shift
  report="$(mktemp)"
  trap 'rm -f "$report"' EXIT
  # shellcheck disable=SC2086  # the options are a space-separated list on purpose
  java $java_opts -Duser.language=en -Duser.country=US "$@" -cp "$jar" dev.windlass.bench.sandbox.SandboxScale >"$report"
  echo
  echo "sandbox scale (latencies in microseconds; heap per object is approximate):"
  grep '^sandbox\.' "$report" | sed 's/^/  /'
  exit 0
fi

if [ "${1:-}" = "sandbox-baseline" ]; then
  shift
  report="$(mktemp)"
  trap 'rm -f "$report"' EXIT
  # shellcheck disable=SC2086  # the options are a space-separated list on purpose
  java $java_opts -Duser.language=en -Duser.country=US "$@" -cp "$jar" dev.windlass.bench.sandbox.SandboxBaseline >"$report"
  echo
  echo "sandbox vs fabric8 kubernetes-server-mock (CRUD mode); latencies in microseconds, ratio = mock / sandbox time:"
  grep '^baseline\.' "$report" | sed 's/^/  /'
  exit 0
fi

if [ "${1:-}" = "loop" ]; then
  shift
  report="$(mktemp)"
  trap 'rm -f "$report"' EXIT
  # shellcheck disable=SC2086  # the options are a space-separated list on purpose
  java $java_opts -Duser.language=en -Duser.country=US "$@" -cp "$jar" dev.windlass.bench.loop.LoopScale >"$report"
  echo
  echo "GitOps loop scale (Argo CD controller defaults, sandbox ready delay short; loop.reference lines are published figures, not measured here):"
  grep '^loop\.' "$report" | sed 's/^/  /'
  exit 0
fi

if [ "${1:-}" = "policy" ]; then
  shift
  report="$(mktemp)"
  trap 'rm -f "$report"' EXIT
  # shellcheck disable=SC2086  # the options are a space-separated list on purpose
  java $java_opts -Duser.language=en -Duser.country=US \
    -Dpolicy.library="$root/../shared/corpus/gatekeeper-library/library" "$@" -cp "$jar" \
    dev.windlass.bench.policy.PolicyScale >"$report"
  echo
  echo "Gatekeeper library policies (latencies in microseconds, warm, one thread; OPA's guidance: about 1 ms per decision):"
  grep '^policy\.' "$report" | sed 's/^/  /'
  exit 0
fi

if [ "${1:-}" = "pipelines" ]; then
  shift
  report="$(mktemp)"
  trap 'rm -f "$report"' EXIT
  # shellcheck disable=SC2086  # the options are a space-separated list on purpose
  java $java_opts -Duser.language=en -Duser.country=US "$@" -cp "$jar" dev.windlass.bench.pipelines.PipelineOverhead >"$report"
  # shellcheck disable=SC2086
  java $java_opts -Duser.language=en -Duser.country=US -Dtriggers.example="$root/examples/tekton-cicd" "$@" -cp "$jar" \
    dev.windlass.bench.pipelines.TriggerThroughput >>"$report"
  echo
  echo "Tekton pipelines on the local executor and the trigger server (pipelines.ratio.tekton quotes a published figure):"
  grep '^pipelines\.\|^triggers\.' "$report" | sed 's/^/  /'
  exit 0
fi

if [ "${1:-}" = "kustomize" ]; then
  shift
  report="$(mktemp)"
  trap 'rm -f "$report"' EXIT
  cli_jar="$root/windlass-cli/$build_dir/windlass.jar"
  # shellcheck disable=SC2086  # the options are a space-separated list on purpose
  java $java_opts -Duser.language=en -Duser.country=US -Dkustomize.cliJar="$cli_jar" -Dkustomize.launcher="$root/windlass" \
    "$@" -cp "$jar" \
    dev.windlass.bench.kustomize.KustomizeBaseline >"$report"
  echo
  echo "Kustomize: Windlass against kubectl kustomize (ratio above 1 means Windlass is faster):"
  grep '^kustomize\.' "$report" | sed 's/^/  /'
  exit 0
fi

if [ "$#" -gt 0 ]; then
  jmh_args=("$@")
else
  jmh_args=(-f 1 -wi 3 -i 5 -w 3s -r 3s)
fi
# A fixed heap and the throughput collector keep heap resizing and GC pauses out of the numbers.
jmh_args+=(-jvmArgsAppend "$java_opts")

results="$(mktemp)"
trap 'rm -f "$results"' EXIT
java -Duser.language=en -Duser.country=US -jar "$jar" "${jmh_args[@]}" -rf csv -rff "$results"

# Every benchmark of windlass-bench handles a set of 10,000 objects per operation (see CodecBenchmark),
# so objects per second = operations per second x 10,000; except kustomizeBuild, one whole build of the
# Kustomize fixture per operation, printed as builds per second.
echo
echo "objects per second (10,000 objects per operation; error is JMH's 99.9% interval):"
awk -F, -v objects=10000 '
  NR == 1 { next }
  {
    sub(/\r$/, ""); for (i = 1; i <= NF; i++) gsub(/"/, "", $i)
    name = $1; sub(/^.*\./, "", name)
    if (name ~ /^helm/ && $7 == "ms/op") {
      err = ($6 == "NaN" || $6 == "") ? "" : sprintf(" +- %.2f", $6)
      printf "  %-22s %12.2f ms/render%s (whole helm template of a 50-template chart with 3 subcharts, warm)\n", name, $5, err
      next
    }
    if ($7 != "ops/s") { printf "  %-22s %s %s (not a throughput result)\n", name, $5, $7; next }
    if (name == "kustomizeBuild") {
      err = ($6 == "NaN" || $6 == "") ? "" : sprintf(" +- %.1f", $6)
      printf "  %-22s %12.1f builds/s%s (whole Kustomize builds of a 500-object overlay, not objects)\n", name, $5, err
      next
    }
    err = ($6 == "NaN" || $6 == "") ? "" : sprintf(" +- %.0f", $6 * objects)
    printf "  %-22s %12.0f objects/s%s\n", name, $5 * objects, err
    score[name] = $5
  }
  END {
    # Ratios against the baselines: what a Java tool would otherwise use (snakeyaml-engine Load/Dump
    # into plain maps, without positions, Kubernetes typing or limits). Above 1 means Windlass is faster.
    pairs["parseYaml"] = "baselineSnakeYamlLoad"; pairs["writeYaml"] = "baselineSnakeYamlDump"
    header = 0
    for (ours in pairs) {
      base = pairs[ours]
      if ((ours in score) && (base in score) && score[base] > 0) {
        if (!header) { print ""; print "ratios (Windlass / baseline; above 1 is faster):"; header = 1 }
        printf "  %-10s / %-22s %6.2fx\n", ours, base, score[ours] / score[base]
      }
    }
  }' "$results"
