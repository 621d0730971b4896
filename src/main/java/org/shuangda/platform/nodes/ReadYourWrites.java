package org.shuangda.platform.nodes;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * After a client's write, its reads go to the primary for {@code shuangda.datasource.read-your-writes} (10 s):
 * a page never shows older data than what its user just saved, though the replica lags a little. A request
 * that may write (any method but GET, HEAD, OPTIONS, TRACE) reads from the primary itself and hands the client
 * the cookie {@value #COOKIE} (the instant until which to read from the primary), so whichever node serves its
 * next requests honours it. Not every write publishes its audit entry within the request (the intake audits
 * filings in batches), so the method is the mark, not the audit event. A client that keeps no cookies (some
 * API systems) gets its answers from the write call itself.
 */
final class ReadYourWrites extends OncePerRequestFilter {

    static final String COOKIE = "SD_PRIMARY";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final ThreadLocal<Boolean> PRIMARY = new ThreadLocal<>();

    private final Clock clock;
    private final Duration window;

    ReadYourWrites(Clock clock, Duration window) {
        this.clock = clock;
        this.window = window;
    }

    /** True while the current request may write, or its client wrote within the window. */
    static boolean primaryRequired() {
        return Boolean.TRUE.equals(PRIMARY.get());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean writes = !SAFE_METHODS.contains(request.getMethod());
        if (writes) {
            Cookie cookie = new Cookie(COOKIE, String.valueOf(clock.millis() + window.toMillis()));
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure()); // behind TLS (X-Forwarded-Proto from a trusted proxy) as the session cookie
            cookie.setMaxAge((int) Math.max(1, window.toSeconds()));
            response.addCookie(cookie);
        }
        PRIMARY.set(writes || wroteRecently(request));
        try {
            chain.doFilter(request, response);
        } finally {
            PRIMARY.remove();
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
