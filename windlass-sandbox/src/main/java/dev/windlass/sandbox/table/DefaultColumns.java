package dev.windlass.sandbox.table;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * kube-apiserver's default table for resources without a printer (Roles, ClusterRoles,
 * CustomResourceDefinitions, LimitRanges, ...): Name and {@code Created At}, an RFC 3339 UTC time.
 */
final class DefaultColumns {

    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Instant ZERO = Instant.parse("0001-01-01T00:00:00Z");

    static final Printer PRINTER = new Printer(List.of(Column.NAME,
            new Column("Created At", "date", "", Column.CREATED_DESCRIPTION, 0)), (object, now) -> {
                Instant created = Fields.time(object, "metadata", "creationTimestamp");
                Instant shown = created == null ? ZERO : created.truncatedTo(ChronoUnit.SECONDS);
                return Row.of(Fields.name(object), RFC3339.format(shown));
            });

    private DefaultColumns() {
    }
}
