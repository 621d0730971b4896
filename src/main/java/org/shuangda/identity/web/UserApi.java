package org.shuangda.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.shuangda.identity.TwoFactor;
import org.shuangda.identity.UserForm;
import org.shuangda.identity.UserView;
import org.shuangda.identity.Users;
import org.shuangda.shared.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "Users within the caller's data scope; passwords are write-only")
class UserApi {

    private final Users users;
    private final TwoFactor twoFactor;

    UserApi(Users users, TwoFactor twoFactor) {
        this.users = users;
        this.twoFactor = twoFactor;
    }

    @GetMapping
    @Operation(summary = "Users in the caller's scope")
    Object list(Actor me, @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size, @RequestParam(defaultValue = "false") boolean suspended) {
        return users.list(me, q, suspended, Math.max(page, 0), Math.max(size, 1)); // cap: PageSizeLimit
    }

    @GetMapping("/{id}")
    @Operation(summary = "One user (404 outside the caller's scope)")
    UserView one(Actor me, @PathVariable long id) {
        return users.get(me, id);
    }

    @PostMapping
    @Operation(summary = "Create an account (system administrator); it holds no role until the security "
            + "administrator grants one (PUT /{id}/roles), so roles here are refused with 422")
    ResponseEntity<UserView> create(Actor me, @RequestBody UserForm form) {
        UserView user = users.create(me, form);
        return ResponseEntity.created(URI.create("/api/v1/users/" + user.id())).body(user);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a user's account; an empty password keeps the current one, a new one (PasswordPolicy) "
            + "must be changed by the user at the next sign-in; roles must be the current ones (PUT /{id}/roles changes them)")
    UserView update(Actor me, @PathVariable long id, @RequestParam int version, @RequestBody UserForm form) {
        return users.update(me, id, form, version);
    }

    /** The new set of role assignments of a user; it replaces the current one (an empty list revokes them all). */
    record RoleAssignments(java.util.List<UserForm.RoleGrant> roles) {
    }

    @PutMapping("/{id}/roles")
    @Operation(summary = "Grant, change or revoke a user's roles and data scopes (security administrator, ROLE_MANAGE; "
            + "三员分立: never one's own; the user's web sessions end)")
    UserView grant(Actor me, @PathVariable long id, @RequestParam int version, @RequestBody RoleAssignments body) {
        return users.grantRoles(me, id, body == null ? null : body.roles(), version);
    }

    @PostMapping("/{id}/reset-confirmation")
    @Operation(summary = "Confirm a password reset an administrator made (security administrator, ROLE_MANAGE; "
            + "三员分立: not one's own account, not a reset one made oneself): the account's suspended rights return")
    UserView confirmReset(Actor me, @PathVariable long id) {
        return users.confirmReset(me, id);
    }

    @PostMapping("/{id}/totp/reset")
    @Operation(summary = "Turn a user's two-factor sign-in off (a lost phone); audited; they may enrol again")
    ResponseEntity<Void> resetTotp(Actor me, @PathVariable long id) {
        twoFactor.reset(me, id);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a user")
    ResponseEntity<Void> delete(Actor me, @PathVariable long id) {
        users.delete(me, id);
        return ResponseEntity.noContent().build();
    }
}
