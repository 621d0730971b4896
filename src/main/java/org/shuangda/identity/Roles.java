package org.shuangda.identity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.shuangda.shared.Actors;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Roles are global, so only an admin whose {@code ROLE_MANAGE} reaches everything may change them: a county
 * admin editing a role would change it for every county.
 */
@Service
public class Roles {

    /** A role and the permissions it grants. */
    public record Role(long id, String code, String nameZh, String nameEn, boolean builtin,
            Set<Permission> permissions, int version) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Roles(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Every role, for pickers: anyone who may manage users may read them. */
    public List<Role> all() {
        return jdbc.sql("select id, code, name_zh, name_en, builtin, permissions, version from role order by id")
                .query((rs, n) -> new Role(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), permissions((String[]) rs.getArray(6).getArray()), rs.getInt(7)))
                .list();
    }

    public Role get(long id) {
        return all().stream().filter(r -> r.id() == id).findFirst().orElseThrow(() -> new NotFoundProblem("role", id));
    }

    @Transactional
    public Role save(Long id, String code, String nameZh, String nameEn, Set<Permission> permissions) {
        requireGlobalAdmin();
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (nameZh == null || nameZh.isBlank()) {
            problems.add("nameZh", "error.required");
        }
        if (nameEn == null || nameEn.isBlank()) {
            problems.add("nameEn", "error.required");
        }
        if (id == null) {
            if (code == null || !code.strip().matches("[A-Z][A-Z0-9_]{2,39}")) {
                problems.add("code", "role.code.format");
            } else if (all().stream().anyMatch(r -> r.code().equals(code.strip()))) {
                problems.add("code", "role.code.taken", code.strip());
            }
        }
        problems.throwIfAny();
        String[] granted = permissions.stream().map(Enum::name).sorted().toArray(String[]::new);
        if (id == null) {
            long newId = jdbc.sql("insert into role (code, name_zh, name_en, permissions) values "
                    + "(:code, :zh, :en, :perms) returning id").param("code", code.strip())
                    .param("zh", nameZh.strip()).param("en", nameEn.strip()).param("perms", granted)
                    .query(Long.class).single();
            events.publishEvent(AuditableChange.created("role", newId, code, Map.of("code", code.strip(),
                    "permissions", List.of(granted))));
            return get(newId);
        }
        Role before = get(id);
        jdbc.sql("update role set name_zh = :zh, name_en = :en, permissions = :perms, version = version + 1 "
                + "where id = :id").param("zh", nameZh.strip()).param("en", nameEn.strip())
                .param("perms", granted).param("id", id).update();
        Role after = get(id);
        AuditableChange change = AuditableChange.updated("role", id, after.code(), fields(before), fields(after));
        if (!change.changesNothing()) {
            events.publishEvent(change);
        }
        return after;
    }

    private static Map<String, Object> fields(Role role) {
        return Map.of("name_zh", role.nameZh(), "name_en", role.nameEn(),
                "permissions", new TreeSet<>(role.permissions().stream().map(Enum::name).toList()).toString());
    }

    private static void requireGlobalAdmin() {
        if (!Actors.scopeFor(Permission.ROLE_MANAGE).all()) {
            throw new org.shuangda.shared.AccessDeniedProblem("roles are global: ROLE_MANAGE with scope ALL needed");
        }
    }

    private static Set<Permission> permissions(String[] names) {
        Set<String> known = Arrays.stream(Permission.values()).map(Enum::name).collect(Collectors.toSet());
        EnumSet<Permission> set = EnumSet.noneOf(Permission.class);
        Arrays.stream(names).filter(known::contains).map(Permission::valueOf).forEach(set::add);
        return set;
    }
}
