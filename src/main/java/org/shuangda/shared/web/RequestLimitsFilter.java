package org.shuangda.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The first thing every request meets (before security): it notes the {@link RequestKind} for the
 * statement timeout, and refuses a body over its limit with 413 before anyone reads it — JSON over
 * {@code shuangda.limits.json-body}, a form over {@code server.tomcat.max-http-form-post-size} (Tomcat would
 * otherwise drop the parameters silently and the form would fail as if empty), a multipart upload over
 * {@code spring.servlet.multipart.max-request-size}. The API gets a JSON problem, a page the error page
 * with the limit in words. A JSON body sent without a length is cut at the limit while it is read.
 */
final class RequestLimitsFilter extends OncePerRequestFilter {

    private final RequestLimits limits;
    private final DataSize formBody;
    private final DataSize multipartRequest;
    private final MessageSource messages;

    RequestLimitsFilter(RequestLimits limits, DataSize formBody, DataSize multipartRequest, MessageSource messages) {
        this.limits = limits;
        this.formBody = formBody;
        this.multipartRequest = multipartRequest;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        boolean json = type.startsWith("application/json") || type.contains("+json");
        DataSize limit = json ? limits.jsonBody()
                : type.startsWith("application/x-www-form-urlencoded") ? formBody
                : type.startsWith("multipart/") ? multipartRequest : null;
        long length = request.getContentLengthLong();
        if (limit != null && limit.toBytes() >= 0 && length > limit.toBytes()) {
            tooLarge(request, response, length, limit);
            return;
        }
        HttpServletRequest checked = json && length < 0 ? new LimitedBody(request, limits.jsonBody().toBytes())
                : request;
        RequestKind.set(RequestKind.of(request.getRequestURI()));
        try {
            chain.doFilter(checked, response);
        } finally {
            RequestKind.clear();
        }
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response, long length, DataSize limit)
            throws IOException {
        Locale locale = RequestContextUtils.getLocale(request);
        String text = messages.getMessage("error.limit.body", new Object[] {kb(length), kb(limit.toBytes())},
                "The request is too large", locale);
        // the body is not read: the connection must not be reused for what remains of it
        response.setHeader("Connection", "close");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"status\":413,\"detail\":" + quote(text)
                    + ",\"errors\":[{\"field\":\"body\",\"reason\":" + quote(text) + "}]}");
        } else {
            // written here, not by sendError: the error page's dispatch would parse the oversized form again
            // (Tomcat then throws) and the user would see Tomcat's English page instead of ours
            String context = request.getContextPath();
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("text/html");
            response.setCharacterEncoding("UTF-8");
            String title = HtmlUtils.htmlEscape(messages.getMessage("error.title", null, "Error", locale));
            response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><head>"
                    + "<meta charset=\"utf-8\"><title>" + title + "</title><link rel=\"stylesheet\" href=\""
                    + context + "/webjars/bootstrap/css/bootstrap.min.css\"></head><body class=\"bg-body-tertiary\">"
                    + "<main class=\"container py-5\"><div class=\"card shadow-sm mx-auto sd-mw-40\"><div "
                    + "class=\"card-body p-4 text-center\"><h1 class=\"h4\">" + title + "</h1><p id=\"limit\">"
                    + HtmlUtils.htmlEscape(text) + "</p><a class=\"btn btn-outline-primary\" href=\"" + context
                    + "/\">" + HtmlUtils.htmlEscape(messages.getMessage("error.back", null, "Home", locale))
                    + "</a></div></div></main></body></html>");
        }
    }

    private static String kb(long bytes) {
        return String.format(Locale.ROOT, "%,d KB", (bytes + 1023) / 1024);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A JSON body of unknown length: reading past the limit fails (Jackson's error: 400, never a 500). */
    private static final class LimitedBody extends HttpServletRequestWrapper {
        private final long max;
        private ServletInputStream stream;

        LimitedBody(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int len) throws IOException {
                        int n = in.read(buffer, offset, len);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws IOException {
                        read += n;
                        if (read > max) {
                            throw new IOException("request body over " + max + " bytes");
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
