package org.shuangda.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a web session on its first request after its user's rights ended or changed: the user was disabled
 * or deleted, their unit deactivated, their password changed (by anyone), their unit or a role assignment
 * changed or revoked, or a role they hold lost or gained permissions. Each such change bumps
 * {@code app_user.rights_version} in the transaction that makes it ({@link Users}, {@link Roles}); the
 * session's {@link SignedInUser} keeps the version it signed in with, and this filter compares the two. An
 * ended session is invalidated and the request goes on anonymous, so the chain's entry point answers as for
 * anyone not signed in: a redirect to {@code /login} on pages, 401 on {@code /api/**}.
 *
 * <p>Why a version in the database rather than expiring sessions through Spring Security's
 * {@code SessionRegistry}: a registry only knows the sessions of its own instance (in memory), so a change
 * made on one instance, or by SQL, would leave the user's sessions on the others open; and it has to be told
 * of every change, where a forgotten call fails open. The version is read from the row that every such change
 * writes anyway, works across instances, and needs nothing of the session store: when sessions move to
 * PostgreSQL (Spring Session JDBC), the principal with its version is serialised into the session row and
 * this check holds unchanged. That move may add eager removal on top (a listener on the user's audited
 * change calling {@code FindByIndexNameSessionRepository.findByPrincipalName} and {@code deleteById}, or
 * {@code SpringSessionBackedSessionRegistry}), to free the rows at once; it is not needed for the sessions to
 * stop working.
 *
 * <p>Locking after failed logins is deliberately not a reason: anyone who knows a username could otherwise
 * sign its holder out by typing five wrong passwords, on every node, while the failures opened no session
 * (the decision and its reasons: {@code docs/scaling.md}, README). An administrator's lock, disabling the
 * account, is a reason. The cost is one primary-key read per request that
 * carries a signed-in session; requests without a session (bearer tokens, the public pages) skip it.
 */
class SessionRightsFilter extends OncePerRequestFilter {

    private final AccountStore accounts;

    SessionRightsFilter(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                    && !current(user)) {
                session.invalidate();
                SecurityContextHolder.clearContext();
            }
        }
        chain.doFilter(request, response);
    }

    private boolean current(SignedInUser user) {
        Optional<Integer> version = accounts.currentRightsVersion(user.userId());
        return version.isPresent() && version.get() == user.rightsVersion();
    }
}
