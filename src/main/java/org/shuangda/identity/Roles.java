package org.shuangda.identity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
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

    private final RoleStore store;
    private final ApplicationEventPublisher events;

    Roles(RoleStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    /** Every role, for pickers: anyone who may manage users may read them. */
    public List<Role> all() {
        return store.all();
    }

    public Role get(long id) {
        return all().stream().filter(r -> r.id() == id).findFirst().orElseThrow(() -> new NotFoundProblem("role", id));
    }

    /** Whether the actor may change roles (the page shows the matrix read-only otherwise). */
    public static boolean mayEdit(Actor actor) {
        return actor.can(Permission.ROLE_MANAGE) && actor.scopeFor(Permission.ROLE_MANAGE).all();
    }

    @Transactional
    public Role save(Actor actor, Long id, String code, String nameZh, String nameEn, Set<Permission> permissions) {
        actor.require(Permission.ROLE_MANAGE);
        if (!mayEdit(actor)) {
            throw new AccessDeniedProblem("roles are global: ROLE_MANAGE with scope ALL needed");
        }
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
        checkSeparationOfDuties(permissions, problems);
        problems.throwIfAny();
        String[] granted = permissions.stream().map(Enum::name).sorted().toArray(String[]::new);
        if (id == null) {
            long newId = store.insert(code.strip(), nameZh.strip(), nameEn.strip(), granted);
            events.publishEvent(AuditableChange.created(actor, "role", newId, code, Map.of("code", code.strip(),
                    "permissions", List.of(granted))));
            return get(newId);
        }
        Role before = get(id);
        store.update(id, nameZh.strip(), nameEn.strip(), granted);
        Role after = get(id);
        if (!before.permissions().equals(after.permissions())) {
            store.bumpRightsVersionOfHolders(id); // their sessions hold the old permissions
        }
        AuditableChange change = AuditableChange.updated(actor, "role", id, after.code(), fields(before),
                fields(after));
        if (!change.changesNothing()) {
            events.publishEvent(change);
        }
        return after;
    }

    /**
     * 三员分立: a role grants at most one duty (system, security, audit administration or handling) besides
     * the shared readings, so that whoever holds it cannot both administer and handle, nor administer twice.
     */
    static void checkSeparationOfDuties(Set<Permission> permissions, InvalidInput.Collector problems) {
        Set<Permission.Duty> duties = Permission.dutiesOf(permissions);
        if (duties.size() > 1) {
            List<Permission.Duty> mixed = duties.stream().sorted().toList();
            String first = permissions.stream().filter(p -> p.duty() == mixed.get(0)).map(Enum::name).sorted()
                    .findFirst().orElseThrow();
            String second = permissions.stream().filter(p -> p.duty() == mixed.get(1)).map(Enum::name).sorted()
                    .findFirst().orElseThrow();
            problems.add("permissions", "role.duties.mixed", label("permission." + first),
                    label("duty." + mixed.get(0)), label("permission." + second), label("duty." + mixed.get(1)));
        }
    }

    /** A message argument resolved in the reader's language. */
    static DefaultMessageSourceResolvable label(String code) {
        return new DefaultMessageSourceResolvable(new String[] {code}, code);
    }

    private static Map<String, Object> fields(Role role) {
        return Map.of("name_zh", role.nameZh(), "name_en", role.nameEn(),
                "permissions", new TreeSet<>(role.permissions().stream().map(Enum::name).toList()).toString());
    }
}
