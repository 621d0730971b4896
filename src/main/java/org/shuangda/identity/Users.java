package org.shuangda.identity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users within the actor's scope ({@code USER_VIEW} to read, {@code USER_MANAGE} to write). A user's unit
 * must be in scope, and no role can be granted with a reach beyond the granting admin's own.
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

    Users(UserStore store, UserValidation validation, PasswordEncoder passwords, ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.validation = validation;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
    }

    public Page list(Actor actor, String query, int page, int size) {
        return store.page(actor.require(Permission.USER_VIEW), query, page, size, now());
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
        List<UnitRef> units = forms.stream().map(form -> validation.check(form, null, scope, true)).toList();
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
            long id = store.insert(form, hashes.get(i));
            store.replaceRoles(id, form.roles(), roleIds);
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
        validation.check(form, before, scope, false);
        validation.checkSeparationOfDuties(actor, form, before);
        boolean newPassword = form.password() != null && !form.password().isBlank();
        if (!store.update(id, form, newPassword ? passwords.encode(form.password()) : null, expectedVersion)) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        store.replaceRoles(id, form.roles(), validation.roleIds());
        UserView after = find(id, DataScope.everything()).orElseThrow();
        if (newPassword || endsSessions(before, after)) {
            store.bumpRightsVersion(id);
        }
        Map<String, Object> afterFields = auditFields(after);
        if (newPassword) {
            afterFields.put("password", "(changed)"); // the fact, never the value
        }
        AuditableChange change = AuditableChange.updated(actor, "user", id, after.username(), auditFields(before),
                afterFields);
        if (!change.changesNothing()) {
            events.publishEvent(change);
        }
        return after;
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
                || !new HashSet<>(before.roles()).equals(new HashSet<>(after.roles()));
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
