package org.shuangda.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.shuangda.shared.InvalidInput;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * One check of {@code ?size=} for every list, page or API (rather than a {@code Math.min} per controller that
 * the next list forgets): a size above {@code shuangda.limits.page-size} is refused with 422 on the field
 * {@code size}, naming the figure and the limit. Refused, not clamped: a client that asked for 10,000 rows
 * and silently got 500 would take a cut list for the whole. A size that is not a number is left to the
 * controller's own binding (400). Lower per-list limits (entities: 100) stay where they are.
 */
final class PageSizeLimit implements HandlerInterceptor {

    private final int max;

    PageSizeLimit(int max) {
        this.max = max;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String size = request.getParameter("size");
        if (size != null && size.strip().matches("\\d{1,18}") && Long.parseLong(size.strip()) > max) {
            throw new InvalidInput("size", "error.limit.pageSize", size.strip(), max);
        }
        return true;
    }
}
