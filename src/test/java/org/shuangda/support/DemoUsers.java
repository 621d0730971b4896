package org.shuangda.support;

import org.shuangda.shared.Actor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** Acts as a demo user in MockMvc with the real principal (permissions and data scope from the database). */
@Component
public class DemoUsers {

    public static final String PASSWORD = "Shuangda@2026";
    /** The city system admin's: administers, handles nothing (三员分立). */
    public static final String ADMIN_TOKEN = "sd_demo_admin_token_0123456789abcdef";
    /** licheng.officer's: handles the 工商局's cases. */
    public static final String OFFICER_TOKEN = "sd_demo_officer_token_0123456789abc";
    /** shanxi.office's (LEADING_GROUP_OFFICE over everything): reviews submissions, reads every roll-up. */
    public static final String PROVINCE_TOKEN = "sd_demo_province_token_0123456789ab";
    /** licheng.agent's (12315 hotline, 黎城县): files complaints and tips as a call-centre system does. */
    public static final String AGENT_TOKEN = "sd_demo_agent_token_0123456789abcdef";

    private final UserDetailsService users;

    public DemoUsers(UserDetailsService users) {
        this.users = users;
    }

    /** The demo user as an {@link Actor}, with permissions and scope from the database, to pass to services. */
    public Actor actor(String username) {
        return (Actor) users.loadUserByUsername(username);
    }

    public RequestPostProcessor as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
