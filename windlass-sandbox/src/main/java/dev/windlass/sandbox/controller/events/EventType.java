package dev.windlass.sandbox.controller.events;

/** The {@code type} of a core/v1 Event: routine ({@code Normal}) or worth a look ({@code Warning}). */
public enum EventType {
    NORMAL("Normal"),
    WARNING("Warning");

    private final String wire;

    EventType(String wire) {
        this.wire = wire;
    }

    /** The value as the API carries it: {@code Normal}, {@code Warning}. */
    public String wire() {
        return wire;
    }
}
