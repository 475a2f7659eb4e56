package dev.windlass.sandbox.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.sandbox.resource.ApiResource.PrinterColumn;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomColumnsTest {

    private static final String KUSTOMIZATION = """
            apiVersion: kustomize.toolkit.fluxcd.io/v1
            kind: Kustomization
            metadata: {name: apps, namespace: flux-system, creationTimestamp: "2024-05-01T10:00:00Z"}
            spec: {interval: 10m, prune: true, replicas: 2.0, weight: 3}
            status:
              lastAppliedRevision: main@sha1:abc
              lastHandledReconcileAt: "2024-05-01T11:55:00Z"
              inventory: {entries: [{v: v1, id: default_web_apps_Deployment}]}
              conditions:
              - {type: Ready, status: "True", reason: ReconciliationSucceeded, message: "Applied revision: main@sha1:abc"}
            """;

    private static PrinterColumn column(String name, String type, String path, int priority) {
        return new PrinterColumn(name, type, path, "", priority);
    }

    @Test
    void printer_evaluatesFluxStyleConditionFilters() {
        Printer printer = CustomColumns.printer(List.of(
                column("Age", "date", ".metadata.creationTimestamp", 0),
                column("Ready", "string", ".status.conditions[?(@.type==\"Ready\")].status", 0),
                column("Status", "string", ".status.conditions[?(@.type==\"Ready\")].message", 0)));
        assertThat(Fixtures.columnNames(printer)).containsExactly("Name", "Age", "Ready", "Status");
        assertThat(Fixtures.cells(printer, KUSTOMIZATION))
                .containsExactly("apps", "120m", "True", "Applied revision: main@sha1:abc");
    }

    @Test
    void printer_formatsCellsByColumnType() {
        Printer printer = CustomColumns.printer(List.of(
                column("Replicas", "integer", ".spec.replicas", 0),
                column("Weight", "number", ".spec.weight", 0),
                column("Prune", "boolean", ".spec.prune", 0),
                column("Handled", "date", ".status.lastHandledReconcileAt", 0),
                column("WrongType", "boolean", ".spec.interval", 0),
                column("Missing", "string", ".status.nothing", 0)));
        assertThat(Fixtures.cells(printer, KUSTOMIZATION)).containsExactly("apps", 2L, 3.0, true, "5m", null, null);
    }

    @Test
    void printer_printsNonTextValuesOfStringColumnsLikeClientGo() {
        Printer printer = CustomColumns.printer(List.of(
                column("Inventory", "string", ".status.inventory", 0),
                column("Interval", "string", ".spec.weight", 0),
                column("Prune", "string", ".spec.prune", 0)));
        assertThat(Fixtures.cells(printer, KUSTOMIZATION))
                .containsExactly("apps", "{\"entries\":[{\"id\":\"default_web_apps_Deployment\",\"v\":\"v1\"}]}", "3",
                        "true");
    }

    @Test
    void printer_withoutDeclaredColumnsShowsNameAndAge() {
        Printer printer = CustomColumns.printer(List.of());
        assertThat(Fixtures.columnNames(printer)).containsExactly("Name", "Age");
        assertThat(printer.columns().get(1).type()).isEqualTo("date");
        assertThat(Fixtures.cells(printer, KUSTOMIZATION)).containsExactly("apps", "120m");
    }

    @Test
    void printer_keepsPriorityAndDefaultsTheDescription() {
        Printer printer = CustomColumns.printer(List.of(column("Revision", "string", ".status.lastAppliedRevision", 1)));
        Column revision = printer.columns().get(1);
        assertThat(revision.priority()).isEqualTo(1);
        assertThat(revision.description())
                .isEqualTo("Custom resource definition column (in JSONPath format): .status.lastAppliedRevision");
    }

    @Test
    void printer_dropsColumnsFromTheFirstUnparsablePath() {
        Printer printer = CustomColumns.printer(List.of(
                column("Ready", "string", ".status.conditions[0].status", 0),
                column("Broken", "string", ".status.conditions[0", 0),
                column("After", "string", ".metadata.name", 0)));
        assertThat(Fixtures.columnNames(printer)).containsExactly("Name", "Ready");
    }

    @Test
    void cell_dateColumnsShowUnknownAndInvalid() {
        assertThat(Arrays.asList(
                CustomColumns.cell("date", dev.windlass.model.tree.Node.of(""), Fixtures.NOW).toPlain(),
                CustomColumns.cell("date", dev.windlass.model.tree.Node.of("yesterday"), Fixtures.NOW).toPlain()))
                .containsExactly("<unknown>", "<invalid>");
    }

    @Test
    void goFloat_matchesGoPercentV() {
        assertThat(List.of(CustomColumns.goFloat(1.5), CustomColumns.goFloat(100000.0), CustomColumns.goFloat(1e6),
                CustomColumns.goFloat(123456789.0), CustomColumns.goFloat(0.0001), CustomColumns.goFloat(0.00001)))
                .containsExactly("1.5", "100000", "1e+06", "1.23456789e+08", "0.0001", "1e-05");
    }
}
