package org.shuangda.platform.nodes;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.shuangda.shared.web.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * First of all filters (before the session store, which reads PostgreSQL): a request that fails because the
 * database is unreachable or the pool ran dry answers 503 with {@code Retry-After} instead of the container's
 * 500. Failures inside controllers are answered the same way by the error handlers; this catches what they
 * never see (the session store, the security filters' reads, a wrapped failure they pass on).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseUnavailable.is(e)) {
                throw e;
            }
            log.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(),
                    e.getMessage());
            DatabaseUnavailable.answer(request, response);
        }
    }
}
