package org.shuangda.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.shuangda.shared.web.ClientAddress;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on the API: the request acts as the token's user, with that
 * user's permissions and data scope. A wrong or revoked token, or one of a disabled user, answers 401 at
 * once; a user locked out of the password form keeps their tokens working. Failed tokens are limited per
 * client address and per token prefix ({@link BearerFailureLimits}: 429 with {@code Retry-After}), never per
 * account.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    /** Set on a request that authenticated with a valid token: only such a request skips the CSRF check. */
    private static final String AUTHENTICATED = BearerTokenFilter.class.getName() + ".AUTHENTICATED";

    static boolean authenticatedByToken(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(AUTHENTICATED));
    }

    private final ApiTokens tokens;
    private final AccountLoader accounts;
    private final BearerUsers cache;
    private final BearerFailureLimits limits;
    private final ClientAddress clients;

    BearerTokenFilter(ApiTokens tokens, AccountLoader accounts, BearerUsers cache, BearerFailureLimits limits,
            ClientAddress clients) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.cache = cache;
        this.limits = limits;
        this.clients = clients;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring(7).strip();
        String address = clients.of(request);
        String prefix = BearerFailureLimits.prefixOf(token);
        Optional<java.time.Duration> blocked = limits.blocked(address, prefix);
        if (blocked.isPresent()) {
            long seconds = Math.max(1, blocked.get().toSeconds());
            response.setStatus(429);
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"status\":429,\"title\":\"Too Many Requests\","
                    + "\"detail\":\"接口令牌验证失败次数过多，请 " + seconds + " 秒后再试 (too many unknown or revoked "
                    + "bearer tokens from this address or with this token prefix: try again in " + seconds
                    + " seconds)\"}");
            return;
        }
        String hash = ApiTokens.sha256(token);
        // the cache saves loading the user's roles and scopes; whether the token and the user's rights still
        // stand is read from the database on every call, so a revocation or a role change made on any node
        // (or by SQL) holds on the next request wherever it lands
        Optional<SignedInUser> user = cache.get(hash)
                .filter(cached -> tokens.activeRightsVersion(hash).filter(v -> v == cached.rightsVersion()).isPresent());
        if (user.isEmpty()) {
            long generation = cache.generation();
            // not the lockout: it counts wrong passwords on the form, which anyone can type for any username,
            // and would let them switch off an integration's token for the lockout's length
            user = tokens.userForHash(hash).flatMap(accounts::findById).filter(SignedInUser::isEnabled);
            user.ifPresent(u -> cache.put(hash, u, generation));
        }
        if (user.isEmpty()) {
            limits.failed(address, prefix);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"status\":401,\"title\":\"Unauthorized\","
                    + "\"detail\":\"The bearer token is unknown or revoked\"}");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
                user.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.setAttribute(AUTHENTICATED, Boolean.TRUE);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
