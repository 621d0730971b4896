package org.shuangda.inspections.draw;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code inspection_item} and {@code inspection_item_revision} tables (V170). */
@Repository
class ItemStore {

    private static final String COLUMNS = """
            select i.id, i.unit_id, u.name as unit_name, i.unit_path, i.region_path, i.name, i.legal_basis, i.kind,
                   i.checklist, i.revision, i.used, i.active, i.version
              from inspection_item i join pub_unit u on u.id = i.unit_id
            """;

    private final JdbcClient jdbc;

    ItemStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long unitId, String unitPath, String regionPath, ItemDraft d) {
        return jdbc.sql("""
                        insert into inspection_item (unit_id, unit_path, region_path, name, legal_basis, kind, checklist)
                        values (:unit, :unitPath, :regionPath, :name, :basis, :kind, :checklist) returning id
                        """)
                .param("unit", unitId).param("unitPath", unitPath).param("regionPath", regionPath)
                .param("name", d.name().strip()).param("basis", d.legalBasis().strip()).param("kind", d.kind())
                .param("checklist", d.checklist().toArray(String[]::new)).query(Long.class).single();
    }

    /** Changes the text; a used item moves to its next revision (the used one stays in the revision table). */
    boolean update(InspectionItem item, ItemDraft d, boolean active, int expectedVersion) {
        return jdbc.sql("""
                        update inspection_item
                           set name = :name, legal_basis = :basis, kind = :kind, checklist = :checklist, active = :active,
                               revision = case when used then revision + 1 else revision end, used = false,
                               version = version + 1, updated_at = now()
                         where id = :id and version = :version
                        """)
                .param("name", d.name().strip()).param("basis", d.legalBasis().strip()).param("kind", d.kind())
                .param("checklist", d.checklist().toArray(String[]::new)).param("active", active)
                .param("id", item.id()).param("version", expectedVersion).update() == 1;
    }

    /** Freezes the current text as its revision when a task first uses it; the revision a task will name. */
    int markUsed(long itemId) {
        jdbc.sql("""
                insert into inspection_item_revision (item_id, revision, name, legal_basis, kind, checklist)
                select id, revision, name, legal_basis, kind, checklist from inspection_item where id = :id
                on conflict do nothing
                """).param("id", itemId).update();
        return jdbc.sql("update inspection_item set used = true where id = :id returning revision")
                .param("id", itemId).query(Integer.class).single();
    }

    Optional<InspectionItem> find(SqlPredicate visible, long id) {
        return jdbc.sql(COLUMNS + " where i.id = :id and " + visible.sql()).params(visible.params()).param("id", id)
                .query(ItemStore::map).optional();
    }

    List<InspectionItem> list(SqlPredicate visible) {
        return jdbc.sql(COLUMNS + " where " + visible.sql() + " order by i.unit_path, i.kind, i.name, i.id")
                .params(visible.params()).query(ItemStore::map).list();
    }

    /** The items of a task as the task used them (their frozen revision). */
    List<InspectionItem> ofTask(long taskId) {
        return jdbc.sql("""
                        select i.id, i.unit_id, u.name as unit_name, i.unit_path, i.region_path, r.name, r.legal_basis,
                               r.kind, r.checklist, r.revision, true as used, i.active, i.version
                          from inspection_task_item ti
                          join inspection_item i on i.id = ti.item_id
                          join inspection_item_revision r on r.item_id = ti.item_id and r.revision = ti.item_revision
                          join pub_unit u on u.id = i.unit_id
                         where ti.task_id = :task order by i.id
                        """).param("task", taskId).query(ItemStore::map).list();
    }

    private static InspectionItem map(ResultSet rs, int row) throws SQLException {
        return new InspectionItem(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"),
                rs.getString("unit_path"), rs.getString("region_path"), rs.getString("name"),
                rs.getString("legal_basis"), ItemKind.valueOf(rs.getString("kind")),
                Arrays.asList((String[]) rs.getArray("checklist").getArray()), rs.getInt("revision"),
                rs.getBoolean("used"), rs.getBoolean("active"), rs.getInt("version"));
    }
}
