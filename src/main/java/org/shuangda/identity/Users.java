package org.shuangda.identity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditAction;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.ListSort;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users within the actor's scope ({@code USER_VIEW} to read, {@code USER_MANAGE} to write). A user's unit
 * must be in scope, and no role can be granted with a reach beyond the granting admin's own.
 *
 * <p>Passwords: every one passes {@link PasswordPolicy}. A password set by anyone but its holder (an
 * administrator creating the account or resetting it, an import as a system actor) must be changed by the
 * holder at the next sign-in ({@code must_change_password}, enforced by {@link SignInSteps}); only the demo
 * loader waives that, explicitly ({@link #waivePasswordChange}). The holder changes it with
 * {@link #changeOwnPassword}. Either way the audit trail gets an entry of its own (密码已重置 / 密码已修改, by
 * whom) and never the password or its hash: the user's UPDATE entry could not carry it anyway
 * ({@code audit.SecretFields} drops every field named like a password).
 *
 * <p>三员分立, account administration apart from authorisation (GB/T 22239 等保 2.0): the system administrator
 * ({@code USER_MANAGE}) creates, edits, disables and deletes accounts and resets passwords, but never grants,
 * changes or revokes a role assignment; the security administrator ({@code ROLE_MANAGE}) does that, on existing
 * accounts only, with {@link #grantRoles}. Otherwise the one who sets an account's password could also give it a
 * handling role, sign in as it and read a tipster's identity. A new account therefore holds no permission until
 * it is granted one (the list shows 待授权). Only a system actor (the demo loader, imports) may create accounts
 * with their roles in one call.
 */
@Service
public class Users {

    /** One page of users. */
    public record Page(List<UserView> users, long total, int page, int size) {
    }

    private final UserStore store;
    private final UserValidation validation;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PasswordPolicy policy;

    Users(UserStore store, UserValidation validation, PasswordEncoder passwords, ApplicationEventPublisher events,
            Clock clock, PasswordPolicy policy) {
        this.store = store;
        this.validation = validation;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
        this.policy = policy;
    }

    public Page list(Actor actor, String query, int page, int size) {
        return list(actor, query, false, page, size);
    }

    /** {@code suspendedOnly}: only accounts whose password reset awaits confirmation (待确认重置). */
    public Page list(Actor actor, String query, boolean suspendedOnly, int page, int size) {
        return list(actor, query, suspendedOnly, null, page, size);
    }

    /**
     * The user list's sortable columns (the default, without {@code sort=}: by region, unit, username); ties by
     * id.
     */
    public static final ListSort.Columns COLUMNS = ListSort.Columns.defaultTo("unit", false, "a.id")
            .with("username", "a.username").with("name", "a.display_name").with("unit", "u.name")
            .with("lastLogin", "a.last_login_at");

    /** As above in {@code sort}'s order (null: the default). */
    public Page list(Actor actor, String query, boolean suspendedOnly, ListSort sort, int page, int size) {
        return store.page(actor.require(Permission.USER_VIEW), query, suspendedOnly, sort, page, size, now());
    }

    public UserView get(Actor actor, long id) {
        return find(id, actor.require(Permission.USER_VIEW)).orElseThrow(() -> new NotFoundProblem("user", id));
    }

    @Transactional
    public UserView create(Actor actor, UserForm form) {
        return createAll(actor, List.of(form)).get(0);
    }


    /**
     * Creates several users in one transaction: all are checked first, then their passwords are hashed in
     * parallel (BCrypt costs tens of milliseconds each, on purpose; each hash keeps its own salt), then they
     * are stored and audited one by one. One invalid form stores none.
     */
    @Transactional
    public List<UserView> createAll(Actor actor, List<UserForm> forms) {
        DataScope scope = actor.require(Permission.USER_MANAGE);
        List<UnitRef> units = forms.stream().map(form -> validation.check(actor, form, null, scope, true)).toList();
        forms.forEach(form -> validation.checkSeparationOfDuties(actor, form, null));
        Set<String> usernames = new HashSet<>();
        for (UserForm form : forms) {
            if (!usernames.add(form.username().strip().toLowerCase(Locale.ROOT))) {
                throw new InvalidInput("username", "user.username.taken", form.username().strip());
            }
        }
        List<String> hashes = forms.size() == 1 ? List.of(passwords.encode(forms.get(0).password()))
                : forms.parallelStream().map(form -> passwords.encode(form.password())).toList();
        Map<String, Long> roleIds = validation.roleIds();
        List<UserView> created = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            UserForm form = forms.get(i);
            // an account's first password is set by someone else: its holder chooses their own at first sign-in
            long id = store.insert(form, hashes.get(i), true);
            store.replaceRoles(id, form.roles(), roleIds);
            if (!actor.isSystem()) {
                // the system administrator knows the first password as well as a reset one: the same suspension,
                // until the security administrator has checked with the holder in person (confirmReset); else he
                // could sign in before the holder once a role is granted
                store.suspendRights(id, actor.userId(), now());
            }
            UserView user = find(id, DataScope.everything()).orElseThrow();
            events.publishEvent(AuditableChange.created(actor, "user", id, user.username() + " @ " + units.get(i).name(),
                    auditFields(user)));
            created.add(user);
        }
        return created;
    }

    @Transactional
    public UserView update(Actor actor, long id, UserForm form, int expectedVersion) {
        DataScope scope = actor.require(Permission.USER_MANAGE);
        UserView before = find(id, scope).orElseThrow(() -> new NotFoundProblem("user", id));
        validation.check(actor, form, before, scope, false);
        validation.checkSeparationOfDuties(actor, form, before);
        boolean newPassword = form.password() != null && !form.password().isBlank();
        // an administrator resetting someone's password: the holder must change it (not one's own, though)
        boolean forced = actor.isSystem() || actor.userId() != id;
        if (!store.update(id, form, newPassword ? passwords.encode(form.password()) : null, forced,
                expectedVersion)) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        if (actor.isSystem()) {
            // everyone else's form carries the current roles (UserValidation.check): only grantRoles changes them
            store.replaceRoles(id, form.roles(), validation.roleIds());
        }
        UserView after = find(id, DataScope.everything()).orElseThrow();
        // 三员分立: who set someone else's password knows it and could sign in as the holder; so the account's
        // rights stay suspended until the security administrator confirms the reset with the holder (confirmReset)
        boolean suspends = newPassword && !actor.isSystem() && actor.userId() != id;
        if (suspends) {
            store.suspendRights(id, actor.userId(), now());
            after = find(id, DataScope.everything()).orElseThrow();
        }
        if (newPassword || endsSessions(before, after)) {
            store.bumpRightsVersion(id);
        }
        AuditableChange change = AuditableChange.updated(actor, "user", id, after.username(), auditFields(before),
                auditFields(after));
        if (!change.changesNothing()) {
            events.publishEvent(change);
        }
        if (newPassword) {
            // the fact and who did it, never the value (nor its hash)
            events.publishEvent(AuditableChange.of(actor, forced ? AuditAction.PASSWORD_RESET
                    : AuditAction.PASSWORD_CHANGED, "user", id, after.username() + (forced ? "：密码已重置" : "：密码已修改"),
                    Map.of("forced_change", forced, "rights_suspended", suspends)));
        }
        return after;
    }

    /**
     * The security administrator ({@code ROLE_MANAGE} over the account; others 404, without the permission 403)
     * confirms a password reset, having checked with the holder in person that he alone now knows the password:
     * the account's rights return (with the holder's next sign-in; his open sessions end). Nobody confirms a reset
     * of his own account or one he reset himself (403). Audited as an update of the user's {@code rights_suspended}.
     * Why a second person at all: the system administrator who resets a password knows it, and could sign in as
     * the holder, change it as the forced step asks and act with the holder's rights (a tipster's identity).
     */
    @Transactional
    public UserView confirmReset(Actor actor, long id) {
        DataScope scope = actor.require(Permission.ROLE_MANAGE);
        UserView before = find(id, scope).orElseThrow(() -> new NotFoundProblem("user", id));
        if (!before.rightsSuspended()) {
            throw new InvalidInput("user", "user.reset.notSuspended", before.username());
        }
        if (actor.isSystem() || actor.userId() == id
                || (before.rightsSuspendedBy() != null && before.rightsSuspendedBy() == actor.userId())) {
            throw new AccessDeniedProblem("nobody confirms a password reset of his own account or one he reset");
        }
        if (!store.restoreRights(id)) {
            throw new InvalidInput("user", "user.reset.notSuspended", before.username());
        }
        store.bumpRightsVersion(id);
        UserView after = find(id, DataScope.everything()).orElseThrow();
        // the reset's who and when leave the account with the suspension: the entry keeps them (before)
        Map<String, Object> was = new LinkedHashMap<>();
        was.put("rights_suspended", true);
        was.put("reset_by", before.rightsSuspendedByName());
        was.put("reset_at", before.rightsSuspendedAt().toString());
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("rights_suspended", false);
        now.put("reset_by", null);
        now.put("reset_at", null);
        events.publishEvent(AuditableChange.updated(actor, "user", id, after.username() + "：密码重置已确认，权限恢复",
                was, now));
        return after;
    }

    /**
     * How many accounts in the actor's {@code ROLE_MANAGE} scope wait for him to confirm a password reset (not his
     * own, not reset by him); 0 without the permission.
     */
    public long resetsToConfirm(Actor actor) {
        if (actor.isSystem() || !actor.can(Permission.ROLE_MANAGE)) {
            return 0;
        }
        return store.suspendedToConfirm(actor.scopeFor(Permission.ROLE_MANAGE), actor.userId());
    }

    /**
     * The security administrator grants, changes or revokes the role assignments (roles with their data scope) of
     * an existing account in his scope ({@code ROLE_MANAGE}; others answer 404): {@code grants} replaces them all.
     * A grant reaches no further than his own scope, never mixes duties and is never his own
     * ({@link UserValidation#checkGrants}). The account's version guards against a form left open; a changed
     * assignment ends the user's web sessions ({@link SessionRightsFilter}) and is audited as an update of the
     * user's {@code roles}.
     */
    @Transactional
    public UserView grantRoles(Actor actor, long id, List<UserForm.RoleGrant> grants, int expectedVersion) {
        DataScope scope = actor.require(Permission.ROLE_MANAGE);
        UserView before = find(id, scope).orElseThrow(() -> new NotFoundProblem("user", id));
        if (grants == null) {
            // a body without "roles" revokes nothing by accident: an empty list is how all are revoked
            throw new InvalidInput("roles", "error.required");
        }
        List<UserForm.RoleGrant> wanted = grants;
        validation.checkGrants(actor, before, wanted, scope);
        if (!store.touch(id, expectedVersion)) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        store.replaceRoles(id, wanted, validation.roleIds());
        UserView after = find(id, DataScope.everything()).orElseThrow();
        if (endsSessions(before, after)) {
            store.bumpRightsVersion(id);
        }
        AuditableChange change = AuditableChange.updated(actor, "user", id, after.username() + "：角色授权",
                Map.of("roles", auditFields(before).get("roles")), Map.of("roles", auditFields(after).get("roles")));
        if (!change.changesNothing()) {
            events.publishEvent(change);
        }
        return after;
    }

    /**
     * The signed-in user changes their own password: the current one, the new one twice. Every problem is
     * collected ({@code currentPassword}, {@code newPassword}, {@code repeatPassword}); on success the forced
     * change is done and the user's other web sessions end ({@link SessionRightsFilter}; the page that asked
     * keeps its own session, see {@code AccountPages}).
     */
    @Transactional
    public void changeOwnPassword(Actor actor, String current, String next, String repeat) {
        if (actor.isSystem()) {
            throw new AccessDeniedProblem("a system actor has no password");
        }
        long id = actor.userId();
        String hash = store.passwordHash(id).orElseThrow(() -> new NotFoundProblem("user", id));
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (current == null || current.isEmpty()) {
            problems.add("currentPassword", "error.required");
        } else if (!passwords.matches(current, hash)) {
            problems.add("currentPassword", "password.current.wrong");
        }
        if (next == null || next.isEmpty()) {
            problems.add("newPassword", "error.required");
        } else {
            policy.check(problems, "newPassword", next, actor.username(), store.passwordHistory(id));
            if (!next.equals(repeat)) {
                problems.add("repeatPassword", "password.repeat.mismatch");
            }
        }
        problems.throwIfAny();
        store.changePassword(id, passwords.encode(next));
        store.bumpRightsVersion(id);
        events.publishEvent(AuditableChange.of(actor, AuditAction.PASSWORD_CHANGED, "user", id,
                actor.username() + "：密码已修改", Map.of("forced_change", false)));
    }

    /**
     * Only for the demo loader (a system actor): its accounts keep the password the README publishes and are
     * not sent to the 修改密码 page, so every demo and test sign-in works as documented.
     */
    @Transactional
    public void waivePasswordChange(Actor actor, Collection<Long> ids) {
        if (!actor.isSystem()) {
            throw new AccessDeniedProblem("only the system may waive a password change");
        }
        ids.forEach(id -> store.setMustChangePassword(id, false));
    }

    @Transactional
    public void unlock(Actor actor, long id) {
        // 三员分立: lockouts are the security administrator's, not the system administrator's (V96)
        UserView user = find(id, actor.require(Permission.LOCKOUT_MANAGE))
                .orElseThrow(() -> new NotFoundProblem("user", id));
        store.unlock(id);
        events.publishEvent(AuditableChange.updated(actor, "user", id, user.username(),
                Map.of("locked", user.locked(), "failed_attempts", user.failedAttempts()),
                Map.of("locked", false, "failed_attempts", 0)));
    }

    @Transactional
    public void delete(Actor actor, long id) {
        UserView user = find(id, actor.require(Permission.USER_MANAGE))
                .orElseThrow(() -> new NotFoundProblem("user", id));
        if (id == actor.userId()) {
            throw new InvalidInput("user", "user.delete.self");
        }
        store.delete(id);
        events.publishEvent(AuditableChange.deleted(actor, "user", id, user.username(), auditFields(user)));
    }

    /**
     * Whether the change ends the user's open web sessions (a new password does too): disabled, moved to
     * another unit (their data scope follows the unit), or any role assignment granted, changed or revoked.
     * An added role ends them as well: the session's principal holds the scopes it signed in with, and
     * signing in again is what gives the new ones.
     */
    private static boolean endsSessions(UserView before, UserView after) {
        return before.enabled() != after.enabled() || before.unitId() != after.unitId()
                || !UserValidation.sameGrants(before.roles(), after.roles());
    }

    /** Ids of the users in the actor's scope for {@code permission}, for the token screen. */
    List<Long> idsInScope(Actor actor, Permission permission) {
        return store.ids(actor.require(permission));
    }

    Optional<UserView> findInScope(Actor actor, long id, Permission permission) {
        return find(id, actor.require(permission));
    }

    private Optional<UserView> find(long id, DataScope scope) {
        return store.find(id, scope, now());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static Map<String, Object> auditFields(UserView user) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("username", user.username());
        fields.put("display_name", user.displayName());
        fields.put("unit_id", user.unitId());
        fields.put("phone", user.phone());
        fields.put("email", user.email());
        fields.put("enabled", user.enabled());
        fields.put("roles", user.roles().stream().map(r -> r.roleCode() + ":" + r.scope()
                + (r.regionCode() == null ? "" : ":" + r.regionCode())).sorted().toList());
        return fields;
    }
}
