package dev.windlass.bench.helm;

import dev.windlass.model.snapshot.MemorySnapshot;

/**
 * A chart shaped like the ones teams ship: a parent with {@code templates} manifests (Deployments,
 * Services and ConfigMaps in turn, built from named helpers with {@code include}, {@code toYaml},
 * {@code range}, {@code with}, {@code default}, {@code tpl} and {@code quote}) and {@code subcharts}
 * dependencies under {@code charts/}, each with five templates and values reached through
 * {@code global}.
 */
public final class HelmChartFixture {

    private static final String HELPERS = """
            {{- define "app.name" -}}{{ default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}{{- end -}}
            {{- define "app.fullname" -}}{{ printf "%s-%s" .Release.Name (include "app.name" .) | trunc 63 | trimSuffix "-" }}{{- end -}}
            {{- define "app.labels" -}}
            app.kubernetes.io/name: {{ include "app.name" . }}
            app.kubernetes.io/instance: {{ .Release.Name }}
            app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
            helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
            {{- with .Values.global.team }}
            team: {{ . }}
            {{- end }}
            {{- end -}}
            """;

    private HelmChartFixture() {
    }

    /** The chart at the snapshot's root, with {@code templates} parent templates and {@code subcharts} subcharts. */
    public static MemorySnapshot chart(int templates, int subcharts) {
        MemorySnapshot.Builder files = MemorySnapshot.builder("bench");
        StringBuilder dependencies = new StringBuilder();
        for (int s = 0; s < subcharts; s++) {
            String name = "sub" + s;
            dependencies.append("- name: ").append(name).append("\n  version: 1.0.0\n");
            chartFiles(files, "charts/" + name + "/", name, 5, "");
        }
        chartFiles(files, "", "shop", templates, dependencies.isEmpty() ? "" : "dependencies:\n" + dependencies);
        return files.build();
    }

    private static void chartFiles(MemorySnapshot.Builder files, String dir, String name, int templates, String deps) {
        files.file(dir + "Chart.yaml", "apiVersion: v2\nname: " + name + "\nversion: 1.0.0\nappVersion: \"4.2\"\n" + deps);
        files.file(dir + "values.yaml", """
                global:
                  team: payments
                replicas: 2
                image:
                  repository: registry.example.com/app
                  tag: ""
                resources:
                  limits: {cpu: 500m, memory: 256Mi}
                  requests: {cpu: 100m, memory: 128Mi}
                env:
                - {name: MODE, value: production}
                - {name: REGION, value: eu-west-1}
                ports: [8080, 8443, 9090]
                greeting: "hello {{ .Release.Name }}"
                """);
        files.file(dir + "templates/_helpers.tpl", HELPERS);
        for (int i = 0; i < templates; i++) {
            files.file(dir + "templates/t" + i + ".yaml", template(i));
        }
    }

    private static String template(int i) {
        return switch (i % 3) {
            case 0 -> """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: {{ include "app.fullname" . }}-%1$d
                      labels:
                        {{- include "app.labels" . | nindent 4 }}
                    spec:
                      replicas: {{ .Values.replicas }}
                      template:
                        spec:
                          containers:
                          - name: app
                            image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
                            env:
                            {{- range .Values.env }}
                            - name: {{ .name }}
                              value: {{ .value | quote }}
                            {{- end }}
                            resources:
                              {{- toYaml .Values.resources | nindent 12 }}
                    """.formatted(i);
            case 1 -> """
                    apiVersion: v1
                    kind: Service
                    metadata:
                      name: {{ include "app.fullname" . }}-%1$d
                      labels:
                        {{- include "app.labels" . | nindent 4 }}
                    spec:
                      ports:
                      {{- range $i, $port := .Values.ports }}
                      - name: port-{{ $i }}
                        port: {{ $port }}
                      {{- end }}
                    """.formatted(i);
            default -> """
                    apiVersion: v1
                    kind: ConfigMap
                    metadata:
                      name: {{ include "app.fullname" . }}-%1$d
                    data:
                      greeting: {{ tpl .Values.greeting . | quote }}
                      checksum: {{ .Values.resources | toJson | sha256sum | trunc 16 }}
                      {{- if .Release.IsInstall }}
                      installed: "true"
                      {{- end }}
                    """.formatted(i);
        };
    }
}
