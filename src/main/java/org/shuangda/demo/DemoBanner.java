package org.shuangda.demo;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.shuangda.identity.Roles;
import org.shuangda.platform.Settings;
import org.shuangda.shared.web.Readiness;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Prints the demo accounts after start-up when the demo data is in the database: every account of
 * {@link DemoAccounts} (the list the demo creates them from) with its role and what it is for.
 */
@Component
@ConditionalOnProperty(name = "shuangda.demo.enabled", havingValue = "true")
class DemoBanner {

    private static final Logger log = LoggerFactory.getLogger(DemoBanner.class);

    private final Settings settings;
    private final Roles roles;
    private final Readiness readiness;

    DemoBanner(Settings settings, Roles roles, Readiness readiness) {
        this.settings = settings;
        this.roles = roles;
        this.readiness = readiness;
    }

    /** After start-up, or once the demo data loading in the background is there. */
    @EventListener
    @Order(Integer.MAX_VALUE)
    void ready(ApplicationReadyEvent event) {
        readiness.whenReady(() -> {
            if (settings.has(DemoDataLoader.LOADED_KEY)) {
                log.info(text());
            }
        });
    }

    /** The banner: one line per demo account (user name, role, unit, what for), then the tokens and a tip. */
    String text() {
        Map<String, String> roleNames = roles.all().stream()
                .collect(Collectors.toMap(Roles.Role::code, Roles.Role::nameZh, (a, b) -> a));
        Function<String, String> role = code -> roleNames.getOrDefault(code, code);
        StringBuilder b = new StringBuilder("Demo accounts (password ").append(IdentityDemo.PASSWORD).append("):\n");
        for (DemoAccounts.Account a : DemoAccounts.all()) {
            b.append(String.format("  %-20s %s · %s · %s%n", a.username(), role.apply(a.role()), a.unitName(),
                    a.purpose()));
        }
        b.append("API: Authorization: Bearer ").append(IdentityDemo.ADMIN_TOKEN).append(" (admin), ")
                .append(IdentityDemo.OFFICER_TOKEN).append(" (licheng.officer), ").append(ComplaintsDemo.AGENT_TOKEN)
                .append(" (licheng.agent)\n");
        b.append("Public tracking page /public/filings/track: ")
                .append(settings.get(ComplaintsDemo.SAMPLE_KEY).orElse("-"));
        return b.toString();
    }
}
