package org.shuangda.identity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.Actors;
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

    private final UserQueries queries;
    private final UserValidation validation;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;

    Users(UserQueries queries, UserValidation validation, PasswordEncoder passwords,
            ApplicationEventPublisher events) {
        this.queries = queries;
        this.validation = validation;
        this.passwords = passwords;
        this.events = events;
    }

    public UserQueries.Page list(String query, int page, int size) {
        return queries.page(Actors.scopeFor(Permission.USER_VIEW), query, page, size);
    }

    public UserView get(long id) {
        return queries.find(id, Actors.scopeFor(Permission.USER_VIEW))
                .orElseThrow(() -> new NotFoundProblem("user", id));
    }

    @Transactional
    public UserView create(UserForm form) {
        return createAll(List.of(form)).get(0);
    }

    /**
     * Creates several users in one transaction: all are checked first, then their passwords are hashed in
     * parallel (BCrypt costs tens of milliseconds each, on purpose; each hash keeps its own salt), then they
     * are stored and audited one by one. One invalid form stores none.
     */
    @Transactional
    public List<UserView> createAll(List<UserForm> forms) {
        DataScope scope = Actors.scopeFor(Permission.USER_MANAGE);
        List<UnitRef> units = forms.stream().map(form -> validation.check(form, null, scope, true)).toList();
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
            long id = queries.insert(form, hashes.get(i));
            queries.replaceRoles(id, form.roles(), roleIds);
            UserView user = queries.find(id, DataScope.everything()).orElseThrow();
            events.publishEvent(AuditableChange.created("user", id, user.username() + " @ " + units.get(i).name(),
                    auditFields(user)));
            created.add(user);
        }
        return created;
    }

    @Transactional
    public UserView update(long id, UserForm form, int expectedVersion) {
        DataScope scope = Actors.scopeFor(Permission.USER_MANAGE);
        UserView before = queries.find(id, scope).orElseThrow(() -> new NotFoundProblem("user", id));
        validation.check(form, before, scope, false);
        boolean newPassword = form.password() != null && !form.password().isBlank();
        if (!queries.update(id, form, newPassword ? passwords.encode(form.password()) : null, expectedVersion)) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        queries.replaceRoles(id, form.roles(), validation.roleIds());
        UserView after = queries.find(id, DataScope.everything()).orElseThrow();
        Map<String, Object> afterFields = auditFields(after);
        if (newPassword) {
            afterFields.put("password", "(changed)"); // the fact, never the value
        }
        AuditableChange change = AuditableChange.updated("user", id, after.username(), auditFields(before),
                afterFields);
        if (!change.changesNothing()) {
            events.publishEvent(change);
        }
        return after;
    }

    @Transactional
    public void unlock(long id) {
        UserView user = queries.find(id, Actors.scopeFor(Permission.USER_MANAGE))
                .orElseThrow(() -> new NotFoundProblem("user", id));
        queries.unlock(id);
        events.publishEvent(AuditableChange.updated("user", id, user.username(),
                Map.of("locked", user.locked(), "failed_attempts", user.failedAttempts()),
                Map.of("locked", false, "failed_attempts", 0)));
    }

    @Transactional
    public void delete(long id) {
        UserView user = queries.find(id, Actors.scopeFor(Permission.USER_MANAGE))
                .orElseThrow(() -> new NotFoundProblem("user", id));
        if (id == Actors.require().userId()) {
            throw new InvalidInput("user", "user.delete.self");
        }
        queries.delete(id);
        events.publishEvent(AuditableChange.deleted("user", id, user.username(), auditFields(user)));
    }

    /** Ids of the users in the actor's scope for {@code permission}, for the token screen. */
    List<Long> idsInScope(Permission permission) {
        return queries.ids(Actors.scopeFor(permission));
    }

    Optional<UserView> findInScope(long id, Permission permission) {
        return queries.find(id, Actors.scopeFor(permission));
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
