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
    private final org.springframework.context.MessageSource messages;

    PageErrorHandler(FormErrors formErrors, org.springframework.context.MessageSource messages) {
        this.formErrors = formErrors;
        this.messages = messages;
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

    // --- input gate (issue 11): parse and constraint errors on pages answer 4xx with a reason, never 500 ---

    /** A hidden field or a date a form reader parsed itself ({@code clueId=abc}, {@code registeredOn=2024-02-30}). */
    @ExceptionHandler({NumberFormatException.class, java.time.DateTimeException.class})
    String unparsable(RuntimeException e, HttpServletResponse response, Model model) {
        response.setStatus(400);
        model.addAttribute("problems", java.util.Map.of("form", messages.getMessage("error.unparsable",
                new Object[] {e.getMessage()}, "Not a valid number or date",
                org.springframework.context.i18n.LocaleContextHolder.getLocale())));
        return "error";
    }

    /** Two submissions raced for one number (409), or a value no column holds (422); nothing was written. */
    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    String integrity(org.springframework.dao.DataIntegrityViolationException e, HttpServletResponse response,
            Model model) {
        boolean race = e instanceof org.springframework.dao.DuplicateKeyException;
        response.setStatus(race ? 409 : 422);
        model.addAttribute("messageKey", race ? "error.conflict.duplicate" : "error.integrity");
        return "error";
    }
}
