package org.shuangda.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Back to the login page with {@code ?error}, or {@code ?error=locked} when the account is locked — also on
 * the very attempt that locked it ({@link LoginAttempts} has already counted it by the time this runs), so the
 * person learns at once that trying again is pointless for 15 minutes.
 */
class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    private final JdbcClient jdbc;

    LoginFailureHandler(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        String username = request.getParameter("username");
        boolean locked = exception instanceof LockedException || (username != null && jdbc.sql(
                "select coalesce(bool_or(locked_until > now()), false) from app_user where lower(username) = lower(:u)")
                .param("u", username).query(Boolean.class).single());
        saveException(request, exception);
        getRedirectStrategy().sendRedirect(request, response, locked ? "/login?error=locked" : "/login?error");
    }
}
