package org.shuangda.home;

import jakarta.servlet.http.HttpServletResponse;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.web.FormErrors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** On pages: a row out of scope is "not found" (404), a missing permission 403, stray bad input 422 — as readable pages. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorHandler {

    private final FormErrors formErrors;

    PageErrorHandler(FormErrors formErrors) {
        this.formErrors = formErrors;
    }

    @ExceptionHandler(NotFoundProblem.class)
    String notFound(HttpServletResponse response, Model model) {
        response.setStatus(404);
        model.addAttribute("messageKey", "error.notFound");
        return "error";
    }

    @ExceptionHandler(AccessDeniedProblem.class)
    String denied(HttpServletResponse response, Model model) {
        response.setStatus(403);
        model.addAttribute("messageKey", "error.forbidden");
        return "error";
    }

    /** A statement cut by its statement_timeout (shared/web/RequestLimits): 503, nothing was changed. */
    @ExceptionHandler(org.springframework.dao.QueryTimeoutException.class)
    String statementTimeout(HttpServletResponse response, Model model) {
        response.setStatus(503);
        model.addAttribute("messageKey", "error.limit.timeout");
        return "error";
    }

    @ExceptionHandler(InvalidInput.class)
    String invalid(InvalidInput e, HttpServletResponse response, Model model) {
        response.setStatus(422);
        model.addAttribute("problems", formErrors.of(e));
        return "error";
    }
}
