package org.shuangda.identity;

import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Where a notice may reach a person outside the platform: the e-mail address and phone number of an enabled
 * user. Published for the message centre's delivery channels only (e-mail, SMS); no page shows them, and
 * {@link Officer} keeps leaving them out.
 */
@Service
public class NotificationContacts {

    /** A person's contact data; {@code email} and {@code phone} are null when not given. */
    public record Contact(long userId, String displayName, String email, String phone) {
    }

    private final ContactStore store;

    NotificationContacts(ContactStore store) {
        this.store = store;
    }

    /** The contact data of an enabled user; empty for a disabled or unknown one. */
    public Optional<Contact> of(long userId) {
        return store.find(userId);
    }
}
