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
    UnitRef check(Actor actor, UserForm form, UserView existing, DataScope scope, boolean creating) {
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
        String refused = accountAdminGrant(actor, form, existing);
        if (refused != null) {
            problems.add("roles", refused);
        } else {
            checkRoles(form.roles(), unit, scope, problems);
        }
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
            if (grant == null) {
                problems.add(field, "error.required");
                continue;
            }
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
                && !sameGrants(existing.roles(), form.roles())) {
            problems.add("roles", "user.role.self");
        }
        dutyConflicts(form.roles(), problems);
        problems.throwIfAny();
    }

    /**
     * 三员分立, accounts apart from authorisation: whoever is not a system actor creates and edits accounts
     * without touching their role assignments ({@link Users#grantRoles} is the security administrator's). A form
     * whose roles differ from the current ones (on create: any role) is refused with 422 on {@code roles} naming
     * the rule rather than silently stripped, so that no API client believes an account holds a role it does not;
     * a form that repeats the current roles (a GET-edit-PUT round trip, the user page) passes. Returns the
     * message key of the refusal, or null.
     */
    private static String accountAdminGrant(Actor actor, UserForm form, UserView existing) {
        if (actor.isSystem() || sameGrants(existing == null ? List.of() : existing.roles(), form.roles())) {
            return null;
        }
        boolean self = existing != null && existing.id() == actor.userId();
        return self ? "user.role.self" : "user.role.securityAdminOnly";
    }

    /**
     * The security administrator's grant to {@code user} (the whole new set of assignments): never to himself,
     * each within his own scope ({@link #checkRoles}), and together of one duty at most.
     */
    void checkGrants(Actor actor, UserView user, List<UserForm.RoleGrant> grants, DataScope scope) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (!actor.isSystem() && user.id() == actor.userId() && !sameGrants(user.roles(), grants)) {
            problems.add("roles", "user.role.self");
        }
        checkRoles(grants, units.find(user.unitId()), scope, problems);
        dutyConflicts(grants, problems);
        problems.throwIfAny();
    }

    /** Whether two lists of assignments are the same set (order aside; a region only counts for REGION_SUBTREE). */
    static boolean sameGrants(List<UserForm.RoleGrant> a, List<UserForm.RoleGrant> b) {
        return normalised(a).equals(normalised(b));
    }

    private static Set<String> normalised(List<UserForm.RoleGrant> grants) {
        Set<String> keys = new HashSet<>();
        for (UserForm.RoleGrant g : grants) {
            if (g == null) {
                keys.add("null");
                continue;
            }
            String region = g.scope() != ScopeKind.REGION_SUBTREE || g.regionCode() == null
                    || g.regionCode().isBlank() ? "" : g.regionCode().strip();
            keys.add(g.roleCode() + "|" + g.scope() + "|" + region);
        }
        return keys;
    }

    private void dutyConflicts(List<UserForm.RoleGrant> grants, InvalidInput.Collector problems) {
        Map<String, Roles.Role> byCode = new HashMap<>();
        roles.all().forEach(r -> byCode.put(r.code(), r));
        Permission.Duty held = null;
        String heldBy = null;
        for (int i = 0; i < grants.size(); i++) {
            Roles.Role role = grants.get(i) == null ? null : byCode.get(grants.get(i).roleCode());
            if (role == null) {
                continue; // unknown roles are reported by checkRoles()
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
    }
}
