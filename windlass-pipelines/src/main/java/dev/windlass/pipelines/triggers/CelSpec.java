package dev.windlass.pipelines.triggers;

import dev.windlass.model.tree.MapNode;
import java.util.ArrayList;
import java.util.List;

/** The {@code cel} interceptor's params: {@code filter} and {@code overlays}. */
record CelSpec(String filter, List<Overlay> overlays) {

    /** One overlay: {@code key} under {@code extensions} and its CEL {@code expression}. */
    record Overlay(String key, String expression) {
    }

    CelSpec {
        overlays = List.copyOf(overlays);
    }

    static CelSpec of(MapNode params) {
        List<Overlay> overlays = new ArrayList<>();
        params.getList("overlays").ifPresent(list -> list.items().forEach(item -> item.asMap().ifPresent(m ->
                overlays.add(new Overlay(m.getText("key").orElse(""), m.getText("expression").orElse(""))))));
        return new CelSpec(params.getText("filter").orElse(""), overlays);
    }
}
