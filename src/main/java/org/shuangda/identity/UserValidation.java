package org.shuangda.identity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shuangda.organization.Region;
import org.shuangda.organization.Regions;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.Actor;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.Permission;
import org.shuangda.shared.ScopeKind;
import org.springframework.stereotype.Component;

/** Checks a {@link UserForm} field by field, collecting every problem before anything is written. */
@Component
class UserValidation {

    private final UserStore users;
    private final RoleStore roles;
    private final UnitDirectory units;
    private final Regions regions;
    private final PasswordPolicy passwords;

    UserValidation(UserStore users, RoleStore roles, UnitDirectory units, Regions regions, PasswordPolicy passwords) {
        this.users = users;
        this.roles = roles;
        this.units = units;
        this.regions = regions;
        this.passwords = passwords;
    }

    /** Returns the user's unit when the form is valid within {@code scope}; throws {@link InvalidInput} otherwise. */
    UnitRef check(UserForm form, UserView existing, DataScope scope, boolean creating) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (form.username() == null || form.username().isBlank()) {
            problems.add("username", "error.required");
        } else if (!form.username().strip().matches("[A-Za-z0-9._-]{3,40}")) {
            problems.add("username", "user.username.format");
        } else if (users.usernameTaken(form.username().strip(), existing == null ? null : existing.id())) {
            problems.add("username", "user.username.taken", form.username().strip());
        }
        if (form.displayName() == null || form.displayName().isBlank()) {
            problems.add("displayName", "error.required");
        } else if (form.displayName().strip().length() > 50) {
            problems.add("displayName", "error.tooLong", 50);
        }
        String password = form.password();
        if (creating && (password == null || password.isBlank())) {
            problems.add("password", "error.required");
        } else if (password != null && !password.isBlank()) {
            passwords.check(problems, "password", password, form.username(),
                    existing == null ? List.of() : users.passwordHistory(existing.id()));
        }
        if (form.email() != null && !form.email().isBlank() && !form.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add("email", "user.email.format");
        }
        Optional<UnitRef> unit = form.unitId() == null ? Optional.empty() : units.find(form.unitId());
        if (form.unitId() == null) {
            problems.add("unitId", "error.required");
        } else if (unit.isEmpty() || !scope.coversUnit(unit.get().path(), unit.get().regionPath())) {
            problems.add("unitId", "user.unit.unknown");
        }
        checkRoles(form.roles(), unit, scope, problems);
        problems.throwIfAny();
        return unit.orElseThrow();
    }

    /** Every role's id by its code. */
    Map<String, Long> roleIds() {
        return roles.idsByCode();
    }

    /** A grant may reach no further than the granting admin's own scope. */
    private void checkRoles(List<UserForm.RoleGrant> grants, Optional<UnitRef> unit, DataScope scope,
            InvalidInput.Collector problems) {
        Set<String> known = roleIds().keySet();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < grants.size(); i++) {
            UserForm.RoleGrant grant = grants.get(i);
            String field = "roles[" + i + "]";
            if (grant.roleCode() == null || !known.contains(grant.roleCode())) {
                problems.add(field, "user.role.unknown", grant.roleCode());
                continue;
            }
            if (!seen.add(grant.roleCode())) {
                problems.add(field, "user.role.duplicate", grant.roleCode());
            }
            if (grant.scope() == null) {
                problems.add(field, "user.scope.required");
            } else if (grant.scope() == ScopeKind.ALL && !scope.all()) {
                problems.add(field, "user.scope.tooWide");
            } else if (grant.scope() == ScopeKind.REGION_SUBTREE) {
                String code = grant.regionCode() == null || grant.regionCode().isBlank()
                        ? unit.map(UnitRef::regionCode).orElse(null) : grant.regionCode().strip();
                Optional<Region> region = regions.find(code);
                if (region.isEmpty()) {
                    problems.add(field, "region.unknown", code);
                } else if (!scope.all() && !scope.regionPatterns().stream()
                        .anyMatch(p -> region.get().path().startsWith(p.replace("%", "")))) {
                    problems.add(field, "user.scope.tooWide");
                }
            }
        }
    }

    /**
     * 三员分立: one person holds one duty. The roles granted may together take on at most one of system, security
     * and audit administration and handling (roles themselves cannot mix them: {@link Roles}); and nobody
     * changes his own roles, so an administrator cannot turn himself into a handler (nor drop his
     * administration to become one) without a second administrator. Kept apart from {@link #check} because it
     * is a rule about people, not about the form's fields.
     */
    void checkSeparationOfDuties(Actor actor, UserForm form, UserView existing) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (existing != null && !actor.isSystem() && existing.id() == actor.userId()
                && !new HashSet<>(existing.roles()).equals(new HashSet<>(form.roles()))) {
            problems.add("roles", "user.role.self");
        }
        Map<String, Roles.Role> byCode = new HashMap<>();
        roles.all().forEach(r -> byCode.put(r.code(), r));
        Permission.Duty held = null;
        String heldBy = null;
        for (int i = 0; i < form.roles().size(); i++) {
            Roles.Role role = byCode.get(form.roles().get(i).roleCode());
            if (role == null) {
                continue; // unknown roles are reported by check()
            }
            for (Permission.Duty duty : Permission.dutiesOf(role.permissions())) {
                if (held == null) {
                    held = duty;
                    heldBy = role.nameZh();
                } else if (held != duty) {
                    problems.add("roles[" + i + "]", "user.role.dutyConflict", role.nameZh(),
                            Roles.label("duty." + duty), heldBy, Roles.label("duty." + held));
                }
            }
        }
        problems.throwIfAny();
    }
}
