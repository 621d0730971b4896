package org.shuangda.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.shuangda.shared.InvalidInput;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * One check of {@code ?size=} and {@code ?page=} for every list, page or API (rather than a {@code Math.min}
 * per controller that the next list forgets): a size above {@code shuangda.limits.page-size} is refused with
 * 422 on the field {@code size}, naming the figure and the limit; a page number below 0 or above
 * {@link #MAX_PAGE} with 422 on {@code page} (page × size must not overflow into a negative SQL offset).
 * Refused, not clamped: a client that asked for 10,000 rows and silently got 500 would take a cut list for
 * the whole. A value that is not a number is left to the controller's own binding (400). Lower per-list
 * limits (entities: 100) stay where they are. Only GET and HEAD: lists are read; no form has such fields.
 */
final class PageSizeLimit implements HandlerInterceptor {

    /** With at most 500 rows a page, page × size stays far below {@code Integer.MAX_VALUE}. */
    static final long MAX_PAGE = 1_000_000;

    private final int max;

    PageSizeLimit(int max) {
        this.max = max;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        // controllers only: a static file never lists rows (and no advice would turn a refusal into a 422 there)
        if (!(handler instanceof org.springframework.web.method.HandlerMethod)
                || !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return true;
        }
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String size = number(request.getParameter("size"));
        if (size != null && (size.startsWith("-") || size.length() > 18 || Long.parseLong(size) > max)) {
            problems.add("size", "error.limit.pageSize", size, max);
        }
        String page = number(request.getParameter("page"));
        if (page != null && (page.startsWith("-") || page.length() > 18 || Long.parseLong(page) > MAX_PAGE)) {
            problems.add("page", "error.limit.page", page, MAX_PAGE);
        }
        problems.throwIfAny();
        return true;
    }

    /** The parameter if it is a whole number (any length, maybe negative), else null: binding's business. */
    private static String number(String value) {
        String v = value == null ? null : value.strip();
        return v != null && v.matches("-?\\d{1,40}") ? v : null;
    }
}
