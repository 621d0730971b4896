package org.shuangda.support;

import org.shuangda.identity.UserForm;
import org.shuangda.identity.UserView;
import org.shuangda.identity.Users;
import org.shuangda.shared.Actor;

/**
 * A test account with roles made the way the platform allows it (三员分立): the system administrator creates the
 * account without roles, then the security administrator grants them ({@link Users#grantRoles}). The account's
 * password was set by someone else, so its holder must change it at first sign-in, as for any such account, and
 * its rights wait for the security administrator's confirmation that the holder alone knows the password
 * ({@link Users#confirmReset}), which this helper gives at once: the tests using it are not about that step.
 */
public final class Accounts {

    private Accounts() {
    }

    /** As {@code admin} (city system administrator) and {@code changzhi.security} (city security administrator). */
    public static UserView create(Users users, DemoUsers demo, UserForm form) {
        return create(users, demo.actor("admin"), demo.actor("changzhi.security"), form);
    }

    public static UserView create(Users users, Actor systemAdmin, Actor securityAdmin, UserForm form) {
        UserView created = users.create(systemAdmin, new UserForm(form.username(), form.displayName(), form.unitId(),
                form.phone(), form.email(), form.password(), form.enabled(), java.util.List.of()));
        UserView granted = form.roles().isEmpty() ? created
                : users.grantRoles(securityAdmin, created.id(), form.roles(), created.version());
        return users.confirmReset(securityAdmin, created.id());
    }
}
