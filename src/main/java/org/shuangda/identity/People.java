package org.shuangda.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * People and roles as pages name them: a person by display name (records keep the username as evidence, pages show
 * who it was), the platform itself as 系统, a citizen on the public pages as 公众, a role by its label.
 * In templates {@code ${@people.name(x.createdBy())}}, {@code ${@people.role(g.roleCode())}}. Names are cached for a
 * minute (a renamed person reads his new name within it).
 */
@Component("people")
public class People {

    /** The username records carry when the platform acted ({@code Actor.system}). */
    public static final String SYSTEM = "system";
    /** The username records carry for a citizen on the public pages ({@code complaints.Filing.PUBLIC}). */
    public static final String PUBLIC = "public";
    private static final Duration TTL = Duration.ofMinutes(1);

    private record Names(Map<String, String> users, Map<String, String[]> roles, Instant loaded) {
    }

    private final PeopleStore store;
    private final MessageSource messages;
    private final Map<Boolean, Names> cache = new ConcurrentHashMap<>();

    People(PeopleStore store, MessageSource messages) {
        this.store = store;
        this.messages = messages;
    }

    /** The person's display name; 系统 / 公众 for the platform and the public; the text itself when no user has it. */
    public String name(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        if (SYSTEM.equals(username) || username.startsWith(SYSTEM + ":")) {
            return messages.getMessage("people.system", null, "系统", locale());
        }
        if (PUBLIC.equals(username)) {
            return messages.getMessage("people.public", null, "公众", locale());
        }
        return names().users().getOrDefault(username, username);
    }

    /** The role's label in the user's language; the code itself when unknown. */
    public String role(String code) {
        if (code == null) {
            return "";
        }
        String[] names = names().roles().get(code);
        if (names == null) {
            return code;
        }
        return "en".equals(locale().getLanguage()) ? names[1] : names[0];
    }

    private Names names() {
        Names names = cache.get(Boolean.TRUE);
        if (names == null || names.loaded().plus(TTL).isBefore(Instant.now())) {
            Map<String, String> users = store.displayNames();
            Map<String, String[]> roles = store.roleNames();
            names = new Names(Map.copyOf(users), Map.copyOf(roles), Instant.now());
            cache.put(Boolean.TRUE, names);
        }
        return names;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
