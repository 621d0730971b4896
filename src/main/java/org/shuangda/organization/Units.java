package org.shuangda.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.shuangda.shared.Actors;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Member units within the signed-in actor's data scope: {@code UNIT_VIEW} to read, {@code UNIT_MANAGE} to
 * write. Rows outside the scope behave as if they did not exist.
 */
@Service
public class Units {

    /** One page of units in tree order. */
    public record Page(List<Unit> units, long total, int page, int size) {
    }

    static final String SELECT = """
            select u.id, u.name, u.short_name, u.type, u.region_code, r.name as region_name, u.parent_id,
                   p.name as parent_name, u.path, u.contact, u.phone, u.address, u.active, u.version
              from unit u join region r on r.code = u.region_code left join unit p on p.id = u.parent_id
            """;
    /** Tree order by numeric ids (string order would put /10/ before /5/). */
    public static final String TREE_ORDER = "string_to_array(trim(both '/' from u.path), '/')::bigint[]";
    static final String IN_SCOPE = " (:all or u.path like any(:unitPatterns) or r.path like any(:regionPatterns)) ";

    private final JdbcClient jdbc;
    private final Regions regions;
    private final ApplicationEventPublisher events;

    Units(JdbcClient jdbc, Regions regions, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.events = events;
    }

    public Page list(String query, UnitType type, String regionCode, int page, int size) {
        DataScope scope = Actors.scopeFor(Permission.UNIT_VIEW);
        String where = " where " + IN_SCOPE + """
                 and (:q = '' or u.name like '%' || :q || '%' or u.short_name like '%' || :q || '%')
                 and (:type = '' or u.type = :type)
                 and (:region = '' or r.path like (select path from region where code = :region) || '%')""";
        var count = bind(jdbc.sql("select count(*) from unit u join region r on r.code = u.region_code" + where),
                scope, query, type, regionCode);
        long total = count.query(Long.class).single();
        var rows = bind(jdbc.sql(SELECT + where + " order by r.path, " + TREE_ORDER + " limit :limit offset :offset"), scope,
                query, type, regionCode).param("limit", size).param("offset", (long) page * size);
        return new Page(rows.query(Units::map).list(), total, page, size);
    }

    /** Every unit the actor may see, for pickers (parent unit, a user's unit). */
    public List<Unit> pickable(Permission permission) {
        DataScope scope = Actors.scopeFor(permission);
        return scoped(jdbc.sql(SELECT + " where u.active and " + IN_SCOPE + " order by r.path, " + TREE_ORDER), scope)
                .query(Units::map).list();
    }

    public Unit get(long id) {
        return find(id, Actors.scopeFor(Permission.UNIT_VIEW)).orElseThrow(() -> new NotFoundProblem("unit", id));
    }

    @Transactional
    public Unit create(UnitForm form) {
        DataScope scope = Actors.scopeFor(Permission.UNIT_MANAGE);
        Placement placement = validate(form, null, scope);
        long id = jdbc.sql("""
                insert into unit (name, short_name, type, region_code, parent_id, contact, phone, address)
                values (:name, :short, :type, :region, :parent, :contact, :phone, :address) returning id""")
                .param("name", form.name().strip()).param("short", blankToNull(form.shortName()))
                .param("type", form.type().name()).param("region", form.regionCode())
                .param("parent", form.parentId()).param("contact", blankToNull(form.contact()))
                .param("phone", blankToNull(form.phone())).param("address", blankToNull(form.address()))
                .query(Long.class).single();
        jdbc.sql("update unit set path = :path where id = :id").param("path", placement.parentPath() + id + "/")
                .param("id", id).update();
        Unit created = find(id, DataScope.everything()).orElseThrow();
        events.publishEvent(AuditableChange.created("unit", id, created.name(), created.auditFields()));
        return created;
    }

    @Transactional
    public Unit update(long id, UnitForm form, int expectedVersion) {
        DataScope scope = Actors.scopeFor(Permission.UNIT_MANAGE);
        Unit before = find(id, scope).orElseThrow(() -> new NotFoundProblem("unit", id));
        Placement placement = validate(form, before, scope);
        int changed = jdbc.sql("""
                update unit set name = :name, short_name = :short, type = :type, region_code = :region,
                       parent_id = :parent, contact = :contact, phone = :phone, address = :address,
                       version = version + 1
                 where id = :id and version = :version""")
                .param("name", form.name().strip()).param("short", blankToNull(form.shortName()))
                .param("type", form.type().name()).param("region", form.regionCode())
                .param("parent", form.parentId()).param("contact", blankToNull(form.contact()))
                .param("phone", blankToNull(form.phone())).param("address", blankToNull(form.address()))
                .param("id", id).param("version", expectedVersion).update();
        if (changed == 0) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        String newPath = placement.parentPath() + id + "/";
        if (!newPath.equals(before.path())) {
            // move the whole subtree: every descendant's path starts with the old path
            jdbc.sql("update unit set path = :newPath || substr(path, length(:oldPath) + 1) "
                    + "where path like :oldPath || '%'").param("newPath", newPath).param("oldPath", before.path())
                    .update();
        }
        Unit after = find(id, DataScope.everything()).orElseThrow();
        AuditableChange change = AuditableChange.updated("unit", id, after.name(), before.auditFields(),
                after.auditFields());
        if (!change.changesNothing()) {
            events.publishEvent(change);
        }
        return after;
    }

    @Transactional
    public void delete(long id) {
        DataScope scope = Actors.scopeFor(Permission.UNIT_MANAGE);
        Unit unit = find(id, scope).orElseThrow(() -> new NotFoundProblem("unit", id));
        long children = jdbc.sql("select count(*) from unit where parent_id = :id").param("id", id)
                .query(Long.class).single();
        if (children > 0) {
            throw new InvalidInput("unit", "unit.delete.hasChildren", children);
        }
        try {
            jdbc.sql("delete from unit where id = :id").param("id", id).update();
        } catch (DataIntegrityViolationException e) {
            // users, submissions or cases still belong to it: deactivate instead
            throw new InvalidInput("unit", "unit.delete.inUse");
        }
        events.publishEvent(AuditableChange.deleted("unit", id, unit.name(), unit.auditFields()));
    }

    Optional<Unit> find(long id, DataScope scope) {
        return scoped(jdbc.sql(SELECT + " where u.id = :id and " + IN_SCOPE), scope).param("id", id)
                .query(Units::map).optional();
    }

    private record Placement(String parentPath) {
    }

    private Placement validate(UnitForm form, Unit existing, DataScope scope) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (form.name() == null || form.name().isBlank()) {
            problems.add("name", "error.required");
        } else if (form.name().strip().length() > 100) {
            problems.add("name", "error.tooLong", 100);
        }
        if (form.type() == null) {
            problems.add("type", "error.required");
        }
        Optional<Region> region = regions.find(form.regionCode());
        if (form.regionCode() == null || form.regionCode().isBlank()) {
            problems.add("regionCode", "error.required");
        } else if (region.isEmpty()) {
            problems.add("regionCode", "region.unknown", form.regionCode());
        } else if (!region.get().current()) {
            problems.add("regionCode", "region.retired", form.regionCode(), region.get().validTo());
        }
        String parentPath = "/";
        if (form.parentId() != null) {
            Optional<Unit> parent = find(form.parentId(), scope);
            if (parent.isEmpty()) {
                problems.add("parentId", "unit.parent.unknown");
            } else if (existing != null && parent.get().path().startsWith(existing.path())) {
                problems.add("parentId", "unit.parent.cycle");
            } else {
                parentPath = parent.get().path();
            }
        }
        if (region.isPresent() && problems.isEmpty()) {
            String ownPath = existing == null ? parentPath + "new/" : parentPath + existing.id() + "/";
            if (!scope.coversUnit(ownPath, region.get().path())) {
                problems.add("regionCode", "unit.outOfScope");
            }
        }
        if (form.name() != null && region.isPresent()) {
            boolean duplicate = jdbc.sql("select count(*) from unit where region_code = :region and name = :name "
                    + "and id <> :id").param("region", form.regionCode()).param("name", form.name().strip())
                    .param("id", existing == null ? -1L : existing.id()).query(Long.class).single() > 0;
            if (duplicate) {
                problems.add("name", "unit.name.duplicate");
            }
        }
        problems.throwIfAny();
        return new Placement(parentPath);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, DataScope scope, String query,
            UnitType type, String regionCode) {
        return scoped(spec, scope).param("q", query == null ? "" : query.strip())
                .param("type", type == null ? "" : type.name())
                .param("region", regionCode == null ? "" : regionCode.strip());
    }

    static JdbcClient.StatementSpec scoped(JdbcClient.StatementSpec spec, DataScope scope) {
        return spec.params(scope.unitParams());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static Unit map(ResultSet rs, int row) throws SQLException {
        return new Unit(rs.getLong("id"), rs.getString("name"), rs.getString("short_name"),
                UnitType.valueOf(rs.getString("type")), rs.getString("region_code"), rs.getString("region_name"),
                rs.getObject("parent_id", Long.class), rs.getString("parent_name"), rs.getString("path"),
                rs.getString("contact"), rs.getString("phone"), rs.getString("address"), rs.getBoolean("active"),
                rs.getInt("version"));
    }
}
