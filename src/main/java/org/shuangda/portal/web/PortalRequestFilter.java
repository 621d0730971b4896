package org.shuangda.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.shuangda.portal.PortalLimits;
import org.shuangda.shared.RateLimiter;
import org.shuangda.shared.web.ClientAddress;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every portal request: counted per client address ({@link ClientAddress}: behind a trusted proxy the forwarded
 * address) on the shared {@link RateLimiter}, so two nodes count one budget — pages per minute, and entity
 * look-ups per minute on top; past either the answer is 429 with {@code Retry-After: 60}, in words (or JSON when
 * asked for), kept by no cache. What passes may be kept by a shared cache for {@code shuangda.portal.cache-seconds}
 * ({@code Cache-Control: public, max-age=…}, {@code Vary: Accept, Cookie}: the same address serves a page and its
 * JSON, and the language cookie); a server error is never kept.
 */
class PortalRequestFilter extends OncePerRequestFilter {

    static final long MINUTE = 60_000;

    private final RateLimiter limiter;
    private final ClientAddress clients;
    private final PortalLimits limits;

    PortalRequestFilter(RateLimiter limiter, ClientAddress clients, PortalLimits limits) {
        this.limiter = limiter;
        this.clients = clients;
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = clients.of(request);
        if (!limiter.tryAcquire("portal:" + client, limits.pagesPerMinute(), MINUTE)) {
            tooMany(request, response, limits.pagesPerMinute(), false);
            return;
        }
        if (PortalPaths.lookup(request)
                && !limiter.tryAcquire("portal-lookup:" + client, limits.lookupsPerMinute(), MINUTE)) {
            tooMany(request, response, limits.lookupsPerMinute(), true);
            return;
        }
        response.setHeader("Cache-Control", "public, max-age=" + limits.cacheSeconds());
        response.setHeader("Vary", "Accept, Cookie");
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setStatus(int sc) {
                noStoreIfError(sc);
                super.setStatus(sc);
            }

            @Override
            public void sendError(int sc) throws IOException {
                noStoreIfError(sc);
                super.sendError(sc);
            }

            @Override
            public void sendError(int sc, String msg) throws IOException {
                noStoreIfError(sc);
                super.sendError(sc, msg);
            }

            private void noStoreIfError(int sc) {
                if (sc >= 500 && !isCommitted()) {
                    setHeader("Cache-Control", "no-store");
                }
            }
        });
    }

    private static void tooMany(HttpServletRequest request, HttpServletResponse response, int limit, boolean lookups)
            throws IOException {
        response.setStatus(429);
        response.setHeader("Retry-After", "60");
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String what = lookups ? "主体查询" : "访问";
        String accept = request.getHeader("Accept");
        if (accept != null && accept.contains("application/json") && !accept.contains("text/html")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"status\":429,\"detail\":\"" + what + "过于频繁：同一地址每分钟最多" + limit
                    + "次，请一分钟后再试\"}");
            return;
        }
        response.setContentType("text/html");
        response.getWriter().write("""
                <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>请稍后再试</title><link rel="stylesheet" href="%1$s/webjars/bootstrap/css/bootstrap.min.css">
                <link rel="stylesheet" href="%1$s/css/shuangda.css"></head>
                <body class="bg-body-tertiary"><main class="container py-4 sd-public sd-mw-40" id="portal-limit">
                <h1 class="h4">请稍后再试</h1>
                <p>%2$s过于频繁：同一地址每分钟最多%3$d次。请一分钟后再试。</p>
                <p><a href="%1$s/public" id="public-home">返回公众服务首页</a></p></main></body></html>
                """.formatted(request.getContextPath(), what, limit));
    }
}
