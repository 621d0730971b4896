package org.shuangda.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.shuangda.shared.web.Readiness;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the platform is still {@link Readiness#preparing() preparing} (the demo data loading after a first start),
 * a sign-in goes back to the login page with {@code ?preparing} and an API call gets 503 with {@code Retry-After}:
 * before the attempt is checked, so no failed sign-in or token is counted against the lockout limits for an
 * account that simply is not there yet.
 */
class PreparingGate extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "5";

    private final Readiness readiness;
    private final boolean api;

    private PreparingGate(Readiness readiness, boolean api) {
        this.readiness = readiness;
        this.api = api;
    }

    /** For the form-login chain: holds back {@code POST /login}. */
    static PreparingGate signIn(Readiness readiness) {
        return new PreparingGate(readiness, false);
    }

    /** For the {@code /api/**} chain: holds back every call. */
    static PreparingGate api(Readiness readiness) {
        return new PreparingGate(readiness, true);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!readiness.preparing()) {
            return true;
        }
        return !api && !("POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!api) {
            response.sendRedirect(request.getContextPath() + "/login?preparing");
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"status\":503,\"detail\":\"The demo data is still loading: retry in a few "
                + "seconds. 演示数据加载中,请稍后重试。\"}");
    }
}
