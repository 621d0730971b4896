package org.shuangda.home;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.shuangda.shared.Actor;
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
    String notFound(Optional<Actor> me, HttpServletResponse response, Model model) {
        signedIn(me, model);
        response.setStatus(404);
        model.addAttribute("messageKey", "error.notFound");
        return "error";
    }

    @ExceptionHandler(AccessDeniedProblem.class)
    String denied(Optional<Actor> me, HttpServletResponse response, Model model) {
        signedIn(me, model);
        response.setStatus(403);
        model.addAttribute("messageKey", "error.forbidden");
        return "error";
    }

    /** A statement cut by its statement_timeout (shared/web/RequestLimits): 503, nothing was changed. */
    @ExceptionHandler(org.springframework.dao.QueryTimeoutException.class)
    String statementTimeout(Optional<Actor> me, HttpServletResponse response, Model model) {
        signedIn(me, model);
        response.setStatus(503);
        model.addAttribute("messageKey", "error.limit.timeout");
        return "error";
    }

    @ExceptionHandler(InvalidInput.class)
    String invalid(InvalidInput e, Optional<Actor> me, HttpServletResponse response, Model model) {
        signedIn(me, model);
        response.setStatus(422);
        model.addAttribute("problems", formErrors.of(e));
        return "error";
    }

    // --- input gate (issue 11): parse and constraint errors on pages answer 4xx with a reason, never 500 ---

    /** A hidden field or a date a form reader parsed itself ({@code clueId=abc}, {@code registeredOn=2024-02-30}). */
    @ExceptionHandler({NumberFormatException.class, java.time.DateTimeException.class})
    String unparsable(RuntimeException e, Optional<Actor> me, HttpServletResponse response, Model model) {
        signedIn(me, model);
        response.setStatus(400);
        model.addAttribute("problems", java.util.Map.of("form", messages.getMessage("error.unparsable",
                new Object[] {e.getMessage()}, "Not a valid number or date",
                org.springframework.context.i18n.LocaleContextHolder.getLocale())));
        return "error";
    }

    /** Two submissions raced for one number (409), or a value no column holds (422); nothing was written. */
    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    String integrity(org.springframework.dao.DataIntegrityViolationException e, Optional<Actor> me,
            HttpServletResponse response, Model model) {
        signedIn(me, model);
        boolean race = e instanceof org.springframework.dao.DuplicateKeyException;
        response.setStatus(race ? 409 : 422);
        model.addAttribute("messageKey", race ? "error.conflict.duplicate" : "error.integrity");
        return "error";
    }

    // --- issue 13: a bad link reads as one, and every error page keeps the navigation ---

    /**
     * A bad id or parameter in a link ({@code /cases/abc}, {@code ?page=x}, a required parameter missing): 400, a
     * page in the layout that says the link is wrong and which part, never a bare "400 Bad Request".
     */
    @ExceptionHandler({org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class,
            org.springframework.web.bind.MissingServletRequestParameterException.class})
    String badLink(Exception e, Optional<Actor> me, HttpServletResponse response, Model model) {
        signedIn(me, model);
        response.setStatus(400);
        String name = e instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException m
                ? m.getName() : ((org.springframework.web.bind.MissingServletRequestParameterException) e)
                        .getParameterName();
        model.addAttribute("messageKey", "error.badLink");
        model.addAttribute("messageArgument", name);
        return "error";
    }

    /**
     * Anything else a page throws: its own status when it carries one (405, 404 of a missing resource …), else 500,
     * logged; in the layout with the navigation. Spring Security's own exceptions go on to its filters.
     */
    /** The database unreachable or the pool exhausted (issue 19): 503 with Retry-After, nothing was changed. */
    @ExceptionHandler({org.springframework.dao.DataAccessResourceFailureException.class,
        org.springframework.dao.TransientDataAccessResourceException.class,
        org.springframework.transaction.CannotCreateTransactionException.class})
    void databaseUnavailable(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response)
            throws java.io.IOException {
        org.shuangda.shared.web.DatabaseUnavailable.answer(request, response);
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, Optional<Actor> me, HttpServletResponse response, Model model) throws Exception {
        if (e instanceof org.springframework.security.access.AccessDeniedException
                || e instanceof org.springframework.security.core.AuthenticationException
                || org.shuangda.shared.web.DatabaseUnavailable.is(e)) {
            throw e; // a wrapped connection failure: the front filter answers 503 (platform.nodes)
        }
        signedIn(me, model);
        int status = statusOf(e);
        if (status >= 500) {
            LOG.error("page failed", e);
        }
        response.setStatus(status);
        model.addAttribute("messageKey", status == 404 ? "error.notFound" : status >= 500 ? "error.internal"
                : "error.badLink.general");
        return "error";
    }

    private static int statusOf(Exception e) {
        if (e instanceof org.springframework.web.ErrorResponse r) {
            return r.getStatusCode().value();
        }
        var declared = org.springframework.core.annotation.AnnotatedElementUtils.findMergedAnnotation(e.getClass(),
                org.springframework.web.bind.annotation.ResponseStatus.class);
        if (declared != null) {
            return declared.code().value();
        }
        if (e instanceof org.springframework.beans.TypeMismatchException
                || e instanceof org.springframework.validation.BindException
                || e instanceof org.springframework.http.converter.HttpMessageNotReadableException
                || e instanceof org.springframework.web.multipart.MultipartException) {
            return 400;
        }
        return 500;
    }

    /** The layout's menu: exception handlers get a fresh model, without {@code CurrentActorAdvice}'s {@code me}. */
    private static void signedIn(Optional<Actor> me, Model model) {
        model.addAttribute("me", me.orElse(null));
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PageErrorHandler.class);
}
