package dev.windlass.sandbox.table;

import dev.windlass.model.tree.MapNode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Event columns ({@code kubectl get events}): LAST SEEN, TYPE, REASON, OBJECT, MESSAGE, with
 * SUBOBJECT, SOURCE, FIRST SEEN, COUNT and NAME for {@code -o wide}. {@code events.k8s.io/v1}
 * events are read through their field names ({@code regarding}, {@code note}, {@code deprecated*}).
 */
final class EventPrinter {

    static final Printer PRINTER = new Printer(List.of(
            Column.string("Last Seen", "The time at which the most recent occurrence of this event was recorded."),
            Column.string("Type", "Type of this event (Normal, Warning), new types could be added in the future"),
            Column.string("Reason", "This should be a short, machine understandable string that gives the reason"
                    + " for the transition into the object's current status."),
            Column.string("Object", "The object that this event is about."),
            Column.wide("Subobject", "If referring to a piece of an object instead of an entire object, this"
                    + " string should contain a valid JSON/Go field access statement."),
            Column.wide("Source", "The component reporting this event."),
            Column.string("Message", "A human-readable description of the status of this operation."),
            Column.wide("First Seen", "The time at which the event was first recorded."),
            Column.wide("Count", "The number of times this event has occurred."),
            new Column("Name", "string", "name", Column.NAME_DESCRIPTION, 1)), EventPrinter::row);

    private EventPrinter() {
    }

    private static Row row(MapNode event, Instant now) {
        boolean v1 = !Fields.at(event, "involvedObject").isPresent() && Fields.at(event, "regarding").isPresent();
        Instant first = Fields.time(event, v1 ? "deprecatedFirstTimestamp" : "firstTimestamp");
        String firstSeen = first != null ? Fields.since(first, now) : Fields.since(Fields.time(event, "eventTime"), now);
        Instant last = Fields.time(event, v1 ? "deprecatedLastTimestamp" : "lastTimestamp");
        String lastSeen = last != null ? Fields.since(last, now) : firstSeen;
        long count = Fields.integer(event, v1 ? "deprecatedCount" : "count");
        if (Fields.at(event, "series").filter(n -> !n.isNull()).isPresent()) {
            lastSeen = Fields.since(Fields.time(event, "series", "lastObservedTime"), now);
            count = Fields.integer(event, "series", "count");
        } else if (count == 0) {
            count = 1;
        }
        MapNode involved = Fields.map(event, v1 ? "regarding" : "involvedObject");
        String kind = Fields.text(involved, "kind").toLowerCase(Locale.ROOT);
        String name = Fields.text(involved, "name");
        String target = name.isEmpty() ? kind : kind + "/" + name;
        MapNode source = Fields.map(event, v1 ? "deprecatedSource" : "source");
        String component = firstNonEmpty(Fields.text(source, "component"), Fields.text(event, "reportingController"),
                Fields.text(event, "reportingComponent"));
        String instance = firstNonEmpty(Fields.text(source, "host"), Fields.text(event, "reportingInstance"));
        String sourceText = instance.isEmpty() ? component : component + ", " + instance;
        String message = Fields.text(event, v1 ? "note" : "message").strip();
        return Row.of(lastSeen, Fields.text(event, "type"), Fields.text(event, "reason"), target,
                Fields.text(involved, "fieldPath"), sourceText, message, firstSeen, count, Fields.name(event));
    }

    private static String firstNonEmpty(String... values) {
        for (String value : values) {
            if (!value.isEmpty()) {
                return value;
            }
        }
        return "";
    }
}
