package org.shuangda.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Spring's {@link ResourceUrlEncodingFilter} (which writes {@code /webjars/bootstrap/css/…} as
 * {@code /webjars/bootstrap/5.3.8/css/…} in every page), asked only about links to static files. Spring asks the
 * resource chain about <em>every</em> link a template builds ({@code @{/public/entities/{id}}} too): the
 * {@code /**} static handler then looks the page's path up in each of the four static locations of the class path,
 * inside the packaged jar, finds nothing, and caches nothing (only found resources are cached), so a page with 20
 * links did some 100 failed class-path look-ups on each render. Measured on the portal's entity lookup page (issue
 * 18, bench/portal): four fifths of the page's CPU time. Links under {@link #STATIC} are resolved as before (and
 * cached by Spring); any other link only goes through the servlet container's own {@code encodeURL}, which is all
 * the filter did for it anyway (no static file answers a page's path). Replaces Spring Boot's registration of the
 * filter, with the same dispatcher types.
 */
class StaticLinkEncodingFilter extends ResourceUrlEncodingFilter {

    /** The paths the static files are served under (src/main/resources/static and the webjars). */
    static final List<String> STATIC = List.of("/webjars/", "/css/", "/js/", "/img/", "/favicon");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse plain)) {
            super.doFilter(request, response, chain);
            return;
        }
        String context = http.getContextPath();
        super.doFilter(request, response, (req, resolving) -> chain.doFilter(req,
                new HttpServletResponseWrapper((HttpServletResponse) resolving) {
                    @Override
                    public String encodeURL(String url) {
                        return isStatic(context, url) ? super.encodeURL(url) : plain.encodeURL(url);
                    }
                }));
    }

    static boolean isStatic(String context, String url) {
        if (url == null || !url.startsWith(context)) {
            return false;
        }
        String path = url.substring(context.length());
        return STATIC.stream().anyMatch(path::startsWith);
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        /** Spring Boot's own registration of the filter steps back for this one (it is a ResourceUrlEncodingFilter). */
        @Bean
        FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
            FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
                    new StaticLinkEncodingFilter());
            registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
            return registration;
        }
    }
}
