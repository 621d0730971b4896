package org.shuangda.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Back to the login page with {@code ?error}, or {@code ?error=locked} when the account is locked — also on
 * the very attempt that locked it ({@link LoginAttempts} has already counted it by the time this runs), so the
 * person learns at once that trying again is pointless for 15 minutes. A username that does not exist gets
 * the same answers after the same number of tries (see {@link LoginAttempts}), so the page tells no one which
 * usernames exist.
 */
class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    private final LoginAttempts attempts;

    LoginFailureHandler(LoginAttempts attempts) {
        this.attempts = attempts;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        String username = request.getParameter("username");
        boolean locked = exception instanceof LockedException || (username != null && attempts.locked(username));
        saveException(request, exception);
        getRedirectStrategy().sendRedirect(request, response, locked ? "/login?error=locked" : "/login?error");
    }
}
