package dev.windlass.sandbox.apply;

import static dev.windlass.sandbox.apply.ManagedFieldsEntry.Operation.APPLY;
import static dev.windlass.sandbox.apply.ManagedFieldsEntry.Operation.UPDATE;
import static dev.windlass.sandbox.apply.SsaFixtures.APPS_V1;
import static dev.windlass.sandbox.apply.SsaFixtures.DEPLOYMENT;
import static dev.windlass.sandbox.apply.SsaFixtures.SCHEMA;
import static dev.windlass.sandbox.apply.SsaFixtures.T1;
import static dev.windlass.sandbox.apply.SsaFixtures.T2;
import static dev.windlass.sandbox.apply.SsaFixtures.T3;
import static dev.windlass.sandbox.apply.SsaFixtures.apply;
import static dev.windlass.sandbox.apply.SsaFixtures.applied;
import static dev.windlass.sandbox.apply.SsaFixtures.fieldsOf;
import static dev.windlass.sandbox.apply.SsaFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpdateTrackerTest {

    private static final MapNode CONFIG_MAP = json("""
            {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c","namespace":"ns","labels":{"app":"x"}},
             "data":{"k":"v"}}""");

    private static MapNode write(MapNode old, MapNode changed, String manager, String now) {
        return UpdateTracker.trackInto(UpdateRequest.of(old, changed, manager, "v1", now, DEPLOYMENT, SCHEMA));
    }

    private static MapNode withData(MapNode object, String key, String value) {
        MapNode data = object.getMap("data").orElse(MapNode.empty());
        return object.with("data", value == null ? data.without(key) : data.with(key, Node.of(value)));
    }

    @Test
    void track_onCreateOwnsEveryFieldAndEveryNewMap() {
        MapNode created = write(null, CONFIG_MAP, "kubectl-create", T1);

        assertThat(fieldsOf(created, "kubectl-create", UPDATE))
                .isEqualTo("{\"f:data\":{\".\":{},\"f:k\":{}},\"f:metadata\":{\"f:labels\":{\".\":{},\"f:app\":{}}}}");
        assertThat(SsaFixtures.entry(created, "kubectl-create", UPDATE).time()).isEqualTo(T1);
        assertThat(SsaFixtures.entry(created, "kubectl-create", UPDATE).apiVersion()).isEqualTo("v1");
    }

    @Test
    void track_movesChangedFieldsFromOtherManagersToTheWriter() {
        MapNode live = applied(ServerSideApply.apply(apply(null, CONFIG_MAP, "kubectl", T1)));

        MapNode after = write(live, withData(live, "k", "edited"), "kubectl-edit", T2);

        assertThat(fieldsOf(after, "kubectl-edit", UPDATE)).isEqualTo("{\"f:data\":{\"f:k\":{}}}");
        assertThat(fieldsOf(after, "kubectl", APPLY)).isEqualTo("{\"f:metadata\":{\"f:labels\":{\"f:app\":{}}}}");
    }

    @Test
    void track_removesDeletedFieldsFromEveryManager() {
        MapNode live = applied(ServerSideApply.apply(apply(null, CONFIG_MAP, "kubectl", T1)));
        live = write(live, withData(live, "other", "1"), "edit", T2);

        MapNode after = write(live, withData(live, "k", null), "cleanup", T3);

        assertThat(ManagedFields.read(after).owned().contains(ManagedPath.fields("data", "k"))).isFalse();
        assertThat(ManagedFields.read(after).find("cleanup", UPDATE)).isEmpty();
        assertThat(fieldsOf(after, "edit", UPDATE)).isEqualTo("{\"f:data\":{\"f:other\":{}}}");
    }

    @Test
    void track_ofAnUnchangedObjectLeavesTheEntriesAsTheyWere() {
        MapNode live = write(null, CONFIG_MAP, "kubectl-create", T1);

        MapNode after = write(live, live, "kubectl-create", T2);

        assertThat(ManagedFields.read(after)).isEqualTo(ManagedFields.read(live));
    }

    @Test
    void track_mergesTheWritersEarlierFieldsAndRefreshesItsTime() {
        MapNode live = write(null, CONFIG_MAP, "ctl", T1);

        MapNode after = write(live, withData(live, "more", "1"), "ctl", T2);

        ManagedFieldsEntry entry = SsaFixtures.entry(after, "ctl", UPDATE);
        assertThat(entry.time()).isEqualTo(T2);
        assertThat(entry.fieldsV1().contains(ManagedPath.fields("data", "k"))).isTrue();
        assertThat(entry.fieldsV1().contains(ManagedPath.fields("data", "more"))).isTrue();
    }

    @Test
    void track_keepsSeparateEntriesPerApiVersion() {
        MapNode live = write(null, CONFIG_MAP, "ctl", T1);

        MapNode after = UpdateTracker.trackInto(UpdateRequest.of(live, withData(live, "k", "2"), "ctl", "v2", T2,
                DEPLOYMENT, SCHEMA));

        assertThat(ManagedFields.read(after).entries()).extracting(ManagedFieldsEntry::apiVersion)
                .containsExactly("v1", "v2");
    }

    @Test
    void track_clearsEntriesWhenTheWriteSetsManagedFieldsToOneEmptyEntry() {
        MapNode live = write(null, CONFIG_MAP, "ctl", T1);
        MapNode reset = live.with("metadata", live.getMap("metadata").orElseThrow()
                .with("managedFields", ListNode.of(MapNode.empty())));

        assertThat(write(live, reset, "other", T2).at(FieldPath.of("metadata", "managedFields")))
                .isEmpty();
    }

    @Test
    void track_keepsStoredEntriesWhenTheWriteSendsAnEmptyList() {
        MapNode live = write(null, CONFIG_MAP, "ctl", T1);
        MapNode cleared = live.with("metadata", live.getMap("metadata").orElseThrow()
                .with("managedFields", ListNode.empty()));

        assertThat(ManagedFields.read(write(live, cleared, "other", T2))).isEqualTo(ManagedFields.read(live));
    }

    @Test
    void track_honoursManagedFieldsTheClientSent() {
        MapNode live = write(null, CONFIG_MAP, "ctl", T1);
        ManagedFields sent = new ManagedFields(List.of(ManagedFieldsEntry.of("mine", APPLY, "v1", T1,
                FieldSet.of(ManagedPath.fields("data", "k")), "")));

        MapNode after = write(live, sent.writeTo(live), "other", T2);

        assertThat(ManagedFields.read(after)).isEqualTo(sent);
    }

    @Test
    void track_onTheStatusSubresourceRecordsTheSubresourceAndIgnoresSpec() {
        MapNode live = json("""
                {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d"},"spec":{"replicas":1}}""");
        MapNode changed = json("""
                {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d"},"spec":{"replicas":2},
                 "status":{"conditions":[{"type":"Available","status":"True"}]}}""");

        ManagedFields fields = UpdateTracker.track(new UpdateRequest(live, changed, "kube-controller-manager", APPS_V1,
                T1, DEPLOYMENT, SCHEMA, "status", true));

        ManagedFieldsEntry entry = fields.entries().get(0);
        assertThat(entry.subresource()).isEqualTo("status");
        assertThat(entry.fieldsV1().toJson()).isEqualTo("{\"f:status\":{\".\":{},\"f:conditions\":{\".\":{},"
                + "\"k:{\\\"type\\\":\\\"Available\\\"}\":{\".\":{},\"f:status\":{},\"f:type\":{}}}}}");
        assertThat(entry.describe()).isEqualTo("\"kube-controller-manager\" with subresource \"status\" using apps/v1");
    }

    @Test
    void track_mergesTheOldestUpdateEntriesIntoAncientChangesBeyondTen() {
        List<ManagedFieldsEntry> entries = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            entries.add(ManagedFieldsEntry.of("m" + i, UPDATE, "v1", "2024-01-01T00:00:%02dZ".formatted(i),
                    FieldSet.of(ManagedPath.fields("data", "k" + i)), ""));
        }
        MapNode live = new ManagedFields(entries).writeTo(CONFIG_MAP);

        MapNode after = write(live, withData(live, "new", "1"), "m10", T1);

        ManagedFields fields = ManagedFields.read(after);
        assertThat(fields.entries()).hasSize(10);
        assertThat(fields.entries()).extracting(ManagedFieldsEntry::manager).doesNotContain("m0", "m1")
                .contains(UpdateTracker.ANCIENT_CHANGES, "m2", "m10");
        ManagedFieldsEntry ancient = fields.find(UpdateTracker.ANCIENT_CHANGES, UPDATE).orElseThrow();
        assertThat(ancient.fieldsV1().paths()).containsExactly(ManagedPath.fields("data", "k0"),
                ManagedPath.fields("data", "k1"));
        assertThat(ancient.time()).isEqualTo("2024-01-01T00:00:01Z");
    }
}
