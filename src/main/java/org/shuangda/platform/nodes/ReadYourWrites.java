package org.shuangda.platform.nodes;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.shuangda.shared.AuditableChange;
import org.springframework.context.event.EventListener;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * After a browser's write, its reads go to the primary for {@code shuangda.datasource.read-your-writes} (10 s):
 * a page never shows older data than what its user just saved, though the replica lags a little. Every change
 * publishes an {@link AuditableChange} in the writer's transaction (the audit rule), so that event marks the
 * request as a writer; the mark travels as a cookie ({@value #COOKIE}, the instant until which to read from the
 * primary), so whichever node serves the next request honours it. A client without cookies (an API system)
 * reads its own writes on the node that wrote them only: it gets its answers from the write call itself.
 */
final class ReadYourWrites extends OncePerRequestFilter {

    static final String COOKIE = "SD_PRIMARY";

    private static final class RequestState {
        final HttpServletResponse response;
        boolean primary;

        RequestState(HttpServletResponse response, boolean primary) {
            this.response = response;
            this.primary = primary;
        }
    }

    private static final ThreadLocal<RequestState> CURRENT = new ThreadLocal<>();

    private final Clock clock;
    private final Duration window;

    ReadYourWrites(Clock clock, Duration window) {
        this.clock = clock;
        this.window = window;
    }

    /** True while the current request's user wrote within the window (or in this request). */
    static boolean primaryRequired() {
        RequestState state = CURRENT.get();
        return state != null && state.primary;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CURRENT.set(new RequestState(response, wroteRecently(request)));
        try {
            chain.doFilter(request, response);
        } finally {
            CURRENT.remove();
        }
    }

    @EventListener
    void on(AuditableChange change) {
        RequestState state = CURRENT.get();
        if (state == null) {
            return; // a job or a listener: no reader to keep on the primary
        }
        state.primary = true;
        if (!state.response.isCommitted()) {
            Cookie cookie = new Cookie(COOKIE, String.valueOf(clock.millis() + window.toMillis()));
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge((int) Math.max(1, window.toSeconds()));
            state.response.addCookie(cookie);
        }
    }

    private boolean wroteRecently(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return false;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                try {
                    long until = Long.parseLong(cookie.getValue());
                    // a forged far-future value only sends its own reads to the primary: bounded to the window
                    return until > clock.millis() && until <= clock.millis() + window.toMillis();
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return false;
    }
}
