package org.shuangda.identity;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.shuangda.shared.web.ClientAddress;
import org.shuangda.shared.web.Readiness;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains: {@code /api/**} answers 401/403 as JSON and accepts bearer tokens (no CSRF needed for
 * a request that really authenticated with a valid token — a browser never sends one by itself; a session
 * cookie with any other {@code Authorization} header still needs the CSRF token); everything else is form login with CSRF, a session
 * timeout, lockout and strict security headers. In both, a session ends as soon as its user's rights change
 * ({@link SessionRightsFilter}). Lockout after failed logins guards the password form only: a bearer token
 * is a secret of its own, and five wrong passwords typed by anyone must not switch off an integration.
 * Both chains send the same security headers ({@link #HEADERS}). The OpenAPI document and Swagger UI are
 * public unless {@code shuangda.api-docs.public} is false (the default under {@code prod}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * No {@code 'unsafe-inline'} anywhere: pages style themselves only through {@code /css/shuangda.css} (no
     * {@code style=""} attribute, no {@code <style>} element; widths that are data are set through CSSOM by
     * {@code /js/shuangda.js} from {@code data-width}), so injected markup can neither run script nor restyle
     * a page (a fake 登录 box over the real one). {@code StrictCspBrowserTest} opens every module's pages and
     * fails on any violation.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self'; img-src 'self' data:; font-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    /**
     * Swagger UI's bundle inserts {@code <style>} elements at run time; on its own pages only
     * ({@code /swagger-ui/**}, no user data, no form of ours) styles may be inline. Scripts stay {@code 'self'}.
     */
    static final String SWAGGER_UI_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self';",
            "style-src 'self' 'unsafe-inline';");

    /** The policy by path: the strict one everywhere but Swagger UI's own pages. */
    static final HeaderWriter CONTENT_SECURITY_POLICY_BY_PATH = (request, response) -> {
        if (!response.containsHeader("Content-Security-Policy")) {
            boolean swaggerUi = request.getRequestURI().startsWith(request.getContextPath() + "/swagger-ui/");
            response.setHeader("Content-Security-Policy", swaggerUi ? SWAGGER_UI_POLICY : CONTENT_SECURITY_POLICY);
        }
    };

    /** Browser features no page of the platform uses, switched off for it and anything it might embed. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), hid=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), "
            + "display-capture=(), browsing-topics=(), interest-cohort=()";

    /** The security headers of both chains (on top of Spring Security's defaults: HSTS, nosniff, frame, cache). */
    static final Customizer<HeadersConfigurer<HttpSecurity>> HEADERS = h -> h
            .addHeaderWriter(CONTENT_SECURITY_POLICY_BY_PATH)
            .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
            .permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY))
            .crossOriginOpenerPolicy(c -> c.policy(
                    CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy.SAME_ORIGIN));

    private static final String[] API_DOCS = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**",
        "/swagger-ui.html"};

    /**
     * No Micrometer observation around each of the security filters: with the actuator present every API
     * call opened and closed an observation per filter (about 30), a visible share of the intake's CPU in
     * the profile (bench/complaints/README.md). HTTP server metrics per request stay.
     */
    @Bean
    org.springframework.security.config.observation.SecurityObservationSettings securityObservationSettings() {
        return org.springframework.security.config.observation.SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // {bcrypt} by default; the prefix lets a later release move to Argon2 without resetting passwords
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, AccountLoader accounts, BearerUsers bearerUsers,
            AccountStore accountStore, BearerFailureLimits limits, ClientAddress clients, SignInSteps steps,
            Readiness readiness) throws Exception {
        http.securityMatcher("/api/**")
                // 503 while the demo data loads after a first start: no token exists yet, none is counted as failed
                .addFilterBefore(PreparingGate.api(readiness), SecurityContextHolderFilter.class)
                // a session-authenticated API call ends with the session as a page does: 401 instead of a redirect
                .addFilterAfter(new SessionRightsFilter(accountStore), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                // before the CSRF check: whether it applies depends on the authentication actually used
                .addFilterBefore(new BearerTokenFilter(tokens, accounts, bearerUsers, limits, clients), CsrfFilter.class)
                // a session with a sign-in step open (code, forced password change, enrolment) gets 403 here
                .addFilterBefore(steps.gate(), AuthorizationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenFilter::authenticatedByToken))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> problem(response, 401,
                                "Authentication required: sign in or send Authorization: Bearer <token>"))
                        .accessDeniedHandler((request, response, ex) -> problem(response, 403,
                                "Forbidden: missing permission or CSRF token")))
                .headers(HEADERS);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, LoginAttempts attempts, AccountStore accountStore, SignInSteps steps,
            @Value("${shuangda.api-docs.public:true}") boolean apiDocsPublic,
            @Value("${shuangda.metrics.allowed-addresses:127.0.0.1, ::1}") java.util.List<String> metricsAddresses,
            Readiness readiness) throws Exception {
        // a sign-in while the demo data loads after a first start goes back to the page with a friendly word
        http.addFilterBefore(PreparingGate.signIn(readiness), SecurityContextHolderFilter.class)
                .addFilterAfter(new SessionRightsFilter(accountStore), SecurityContextHolderFilter.class)
                // a session with a sign-in step open is sent to that step's page (SignInSteps)
                .addFilterBefore(steps.gate(), AuthorizationFilter.class)
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**",
                            "/favicon.ico", "/favicon.svg", "/actuator/health/**", "/public/**").permitAll();
                    if (apiDocsPublic) {
                        auth.requestMatchers(API_DOCS).permitAll();
                    }
                    // issue 19: the scraper has no account; only its addresses (the client address as
                    // shared.web.ClientAddress's trusted-proxy rule gives it) read the metrics
                    auth.requestMatchers("/actuator/prometheus").access(fromAddresses(metricsAddresses));
                    auth.anyRequest().authenticated();
                })
                .formLogin(form -> form.loginPage("/login").successHandler(steps.successHandler())
                        .failureHandler(new LoginFailureHandler(attempts)).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .headers(HEADERS);
        return http.build();
    }

    private static org.springframework.security.authorization.AuthorizationManager<
            org.springframework.security.web.access.intercept.RequestAuthorizationContext> fromAddresses(
            java.util.List<String> addresses) {
        java.util.List<org.springframework.security.web.util.matcher.IpAddressMatcher> matchers = addresses.stream()
                .map(String::strip).filter(a -> !a.isEmpty())
                .map(org.springframework.security.web.util.matcher.IpAddressMatcher::new).toList();
        return (authentication, context) -> new org.springframework.security.authorization.AuthorizationDecision(
                matchers.stream().anyMatch(m -> m.matches(context.getRequest().getRemoteAddr())));
    }

    private static void problem(HttpServletResponse response, int status, String detail)
            throws java.io.IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
    }
}
