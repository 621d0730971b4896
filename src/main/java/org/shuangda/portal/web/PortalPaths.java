package org.shuangda.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * Which requests the portal's stateless chain serves: GET and HEAD under {@code /public}, except the public forms
 * ({@link #FORMS}: the filing and restoration forms keep their session and CSRF token on the ordinary chain, and
 * count their own limits). A new public form adds its path here.
 */
final class PortalPaths {

    static final List<String> FORMS = List.of("/public/filings", "/public/credit/restoration");

    private PortalPaths() {
    }

    static boolean served(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.equals("/public") && !path.startsWith("/public/")) {
            return false;
        }
        return FORMS.stream().noneMatch(form -> path.equals(form) || path.startsWith(form + "/"));
    }

    /** An entity look-up (a search over every entity): counted on its own limit too. */
    static boolean lookup(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String q = request.getParameter("q");
        return (path.equals("/public/entities") || path.equals("/public/search")) && q != null && !q.isBlank();
    }
}
