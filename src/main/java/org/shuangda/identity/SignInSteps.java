package org.shuangda.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Permission;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What a signed-in web session must do before anything else, in this order:
 * <ol>
 *   <li>{@link Step#SECOND_FACTOR}: the password was right and the user has two-factor sign-in: the code from
 *       the app ({@code /login/totp}); until then the session is only half signed in;</li>
 *   <li>{@link Step#CHANGE_PASSWORD}: the password was set by someone else (an administrator): choose one's
 *       own ({@code /account/password});</li>
 *   <li>{@link Step#ENROL_TOTP}: with {@code shuangda.security.totp-required-for-admins} (true under
 *       {@code prod}), a user holding an administration permission ({@link #ADMINISTRATION}) enrols two-factor
 *       sign-in ({@code /account/totp}).</li>
 * </ol>
 * One filter in both chains ({@link #gate()}) enforces it: while a step is open, pages redirect to the step's
 * page and the API answers 403 with the step named; only that page, sign-out and static files open. Why a
 * filter and not checks in the controllers: a forgotten check would open a page, a forgotten exception here
 * closes one. Bearer tokens are not affected (a token is issued to a user who has signed in and is a secret of
 * its own; a call-centre system cannot type a code).
 */
@Component
public class SignInSteps {

    /**
     * The administration permissions, for the two-factor rule: those whose {@link Permission.Duty} is system,
     * security or audit administration (三员分立, one list on {@link Permission}): who holds one can change users,
     * roles, tokens, lockouts, the working-day calendar or read the audit trail.
     */
    public static final Set<Permission> ADMINISTRATION = Arrays.stream(Permission.values())
            .filter(p -> p.duty().administration())
            .collect(Collectors.toUnmodifiableSet());

    /** A step open for a session, with its page. */
    public enum Step {
        SECOND_FACTOR("/login/totp", "须输入动态验证码才能完成登录 (enter the code from your authenticator app to finish signing in)"),
        CHANGE_PASSWORD("/account/password", "须先修改由管理员设置的密码 (the password was set by an administrator: change it on the page 修改密码 first)"),
        ENROL_TOTP("/account/totp", "管理员账户须先启用双因素登录 (an administrator must enrol two-factor sign-in first)");

        private final String page;
        private final String apiDetail;

        Step(String page, String apiDetail) {
            this.page = page;
            this.apiDetail = apiDetail;
        }

        public String page() {
            return page;
        }
    }

    /** The result of a second-factor code. */
    public enum CodeResult { ACCEPTED, WRONG, LOCKED }

    /** Session attribute: the user id whose password was right and whose code is still due. */
    static final String SECOND_FACTOR_PENDING = SignInSteps.class.getName() + ".SECOND_FACTOR_PENDING";
    private static final List<String> ALWAYS_OPEN = List.of("/logout", "/error", "/webjars/", "/css/", "/js/", "/img/",
            "/favicon.ico", "/favicon.svg", "/actuator/health");

    private final AccountLoader accounts;
    private final TwoFactor twoFactor;
    private final LoginAttempts attempts;
    private final boolean totpRequiredForAdmins;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignInSteps(AccountLoader accounts, TwoFactor twoFactor, LoginAttempts attempts,
            @Value("${shuangda.security.totp-required-for-admins:false}") boolean totpRequiredForAdmins) {
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.attempts = attempts;
        this.totpRequiredForAdmins = totpRequiredForAdmins;
    }

    public boolean totpRequiredFor(Actor actor) {
        return totpRequiredForAdmins && ADMINISTRATION.stream().anyMatch(actor::can);
    }

    /** Whether the actor's password was set by someone else and is still to be changed. */
    public boolean mustChangePassword(Actor actor) {
        return actor instanceof SignedInUser user && user.mustChangePassword();
    }

    /**
     * Whether the actor's rights are suspended: an administrator reset the password and the security
     * administrator has not confirmed it yet ({@link Users#confirmReset}); the pages say so.
     */
    public boolean rightsSuspended(Actor actor) {
        return actor instanceof SignedInUser user && user.rightsSuspended();
    }

    /** The first open step of the signed-in session of this request, if any. */
    public Optional<Step> open(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)
                || BearerTokenFilter.authenticatedByToken(request)) {
            return Optional.empty();
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SECOND_FACTOR_PENDING) != null) {
            return Optional.of(Step.SECOND_FACTOR);
        }
        if (user.mustChangePassword()) {
            return Optional.of(Step.CHANGE_PASSWORD);
        }
        if (totpRequiredFor(user) && !user.totpEnrolled()) {
            return Optional.of(Step.ENROL_TOTP);
        }
        return Optional.empty();
    }

    /** After the right password: to the code page when the user has two-factor sign-in, else where they were going. */
    AuthenticationSuccessHandler successHandler() {
        SavedRequestAwareAuthenticationSuccessHandler usual = new SavedRequestAwareAuthenticationSuccessHandler();
        usual.setDefaultTargetUrl("/");
        return (request, response, authentication) -> {
            if (authentication.getPrincipal() instanceof SignedInUser user && user.totpEnrolled()) {
                request.getSession().setAttribute(SECOND_FACTOR_PENDING, user.userId());
                response.sendRedirect(request.getContextPath() + Step.SECOND_FACTOR.page());
                return;
            }
            usual.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /**
     * The code typed on {@code /login/totp}. A right one finishes the sign-in (with a new session id); a wrong
     * one counts as a failed sign-in of the account, so the password form's lockout also ends the guessing of
     * codes ({@link LoginAttempts}); once locked, the half-signed-in session ends.
     */
    public CodeResult submitSecondFactor(HttpServletRequest request, String code) {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session == null || session.getAttribute(SECOND_FACTOR_PENDING) == null || authentication == null
                || !(authentication.getPrincipal() instanceof SignedInUser user)) {
            return CodeResult.WRONG;
        }
        if (twoFactor.verifySignIn(user.userId(), code)) {
            session.removeAttribute(SECOND_FACTOR_PENDING);
            request.changeSessionId();
            attempts.secondFactorSucceeded(user);
            return CodeResult.ACCEPTED;
        }
        if (attempts.secondFactorFailed(user)) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            return CodeResult.LOCKED;
        }
        return CodeResult.WRONG;
    }

    /**
     * Keeps the session of the request signed in after its own user changed something that ends their sessions
     * (their password, their two-factor enrolment): the principal is loaded again (with the new rights version,
     * so {@link SessionRightsFilter} lets it pass) under a new session id. The user's other sessions end.
     */
    public void refresh(HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)) {
            return;
        }
        SignedInUser fresh = accounts.findById(user.userId()).orElseThrow();
        fresh.eraseCredentials();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null,
                fresh.getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
    }

    /** The filter of both chains: while a step is open, only its page (and sign-out) answers. */
    OncePerRequestFilter gate() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                Optional<Step> step = open(request);
                String path = request.getRequestURI().substring(request.getContextPath().length());
                if (step.isEmpty() || opens(step.get(), path)) {
                    chain.doFilter(request, response);
                } else if (path.startsWith("/api/")) {
                    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                    response.setCharacterEncoding("UTF-8");
                    response.getWriter().write("{\"status\":403,\"title\":\"Forbidden\",\"step\":\""
                            + step.get().name() + "\",\"detail\":\"" + step.get().apiDetail + "\"}");
                } else {
                    response.sendRedirect(request.getContextPath() + step.get().page());
                }
            }
        };
    }

    private static boolean opens(Step step, String path) {
        return path.equals(step.page()) || path.startsWith(step.page() + "/")
                || ALWAYS_OPEN.stream().anyMatch(open -> open.endsWith("/") ? path.startsWith(open) : path.equals(open)
                        || path.startsWith(open + "/"));
    }
}
