package org.shuangda.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Turns every input problem on {@code /api/**} into an RFC 9457 problem with the field and the reason in
 * the caller's language ({@code Accept-Language}), never a 500:
 * <pre>{"status":422,"detail":"…","errors":[{"field":"uscc","reason":"…"}]}</pre>
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(0)
public class ApiErrorHandler {

    /** One wrong field and why, in the response's {@code errors} list. */
    public record FieldError(String field, String reason) {
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ApiErrorHandler.class);

    private final MessageSource messages;

    public ApiErrorHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e, Locale locale) {
        List<FieldError> errors = e.problems().stream()
                .map(p -> new FieldError(p.field(), messages.getMessage(p.reason(), p.args(), p.reason(), locale)))
                .toList();
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, errors);
    }

    @ExceptionHandler(BindException.class)
    ProblemDetail bind(BindException e, Locale locale) {
        List<FieldError> errors = e.getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), messages.getMessage(f, locale))).toList();
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e, Locale locale) {
        InvalidInput refused = InputGateJson.refusal(e); // the input gate's refusal, a null in a list: 422
        if (refused != null) {
            return invalid(refused, locale);
        }
        String field = InputGateJson.mismatchedField(e); // a value of the wrong type or format: 400 on its field
        if (field != null) {
            return problem(HttpStatus.BAD_REQUEST, List.of(new FieldError(field,
                    messages.getMessage("error.json.field", new Object[] {field}, field + ": wrong format", locale))));
        }
        return problem(HttpStatus.BAD_REQUEST, List.of(new FieldError("body",
                text("error.body.unreadable", locale, "The request body is not valid JSON for this endpoint"))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e, Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, List.of(new FieldError(e.getParameterName(),
                text("error.required", locale, "required"))));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ProblemDetail missingPart(MissingServletRequestPartException e, Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, List.of(new FieldError(e.getRequestPartName(),
                text("error.required", locale, "required"))));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        String expected = text("type." + typeWord(e.getRequiredType()), locale, typeWord(e.getRequiredType()));
        return problem(HttpStatus.BAD_REQUEST, List.of(new FieldError(e.getName(),
                messages.getMessage("error.type", new Object[] {e.getValue(), expected},
                        "'" + e.getValue() + "' is not a valid " + expected, locale))));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e, Locale locale) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, List.of(new FieldError("file",
                text("error.upload.tooLarge", locale, "The file is too large"))));
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail multipart(MultipartException e, Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, List.of(new FieldError("file",
                text("error.upload.malformed", locale, "The upload is malformed"))));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(HttpMediaTypeNotSupportedException e, Locale locale) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, List.of(new FieldError("Content-Type",
                String.valueOf(e.getContentType()))));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(HttpRequestMethodNotSupportedException e) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, List.of());
    }

    @ExceptionHandler(NotFoundProblem.class)
    ProblemDetail notFound(NotFoundProblem e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        return problem;
    }

    @ExceptionHandler(AccessDeniedProblem.class)
    ProblemDetail denied(AccessDeniedProblem e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }

    // ---- request limits (RequestLimits): a statement cut by statement_timeout (SQLState 57014) ----

    /** The database stopped a statement that ran over its {@code statement_timeout}: 503, try again narrower. */
    @ExceptionHandler(org.springframework.dao.QueryTimeoutException.class)
    ProblemDetail statementTimeout(org.springframework.dao.QueryTimeoutException e, HttpServletRequest request,
            Locale locale) {
        log.warn("Statement timeout on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                text("error.limit.timeout", locale, "The query took too long and was stopped"));
        return problem;
    }

    // --- input gate (issue 11): what remains of bad input after the gate answers 4xx, never 500 ---

    /**
     * Two requests raced for the same number or key (six concurrent creations of a round, a briefing's number):
     * the loser is told to try again (409), nothing was written. Other constraint errors (a value a column
     * cannot hold) are the caller's input: 422.
     */
    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    ProblemDetail integrity(org.springframework.dao.DataIntegrityViolationException e, HttpServletRequest request,
            Locale locale) {
        log.warn("Constraint refused {} {}: {}", request.getMethod(), request.getRequestURI(),
                e.getMostSpecificCause().getMessage());
        if (e instanceof org.springframework.dao.DuplicateKeyException) {
            return problem(HttpStatus.CONFLICT, List.of(new FieldError("body",
                    text("error.conflict.duplicate", locale, "Someone else just created the same; try again"))));
        }
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, List.of(new FieldError("body",
                text("error.integrity", locale, "A value is outside what can be stored"))));
    }

    /** A number or a date a form reader or service parsed from text itself ({@code clueId=abc}, {@code 2024-02-30}). */
    @ExceptionHandler({NumberFormatException.class, java.time.DateTimeException.class})
    ProblemDetail unparsable(RuntimeException e, Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, List.of(new FieldError("body",
                messages.getMessage("error.unparsable", new Object[] {e.getMessage()}, "Not a valid number or date",
                        locale))));
    }

    /** The database unreachable or the pool exhausted (issue 19): 503 with Retry-After, nothing was changed. */
    @ExceptionHandler({org.springframework.dao.DataAccessResourceFailureException.class,
        org.springframework.dao.TransientDataAccessResourceException.class,
        org.springframework.transaction.CannotCreateTransactionException.class})
    void databaseUnavailable(Exception e, HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        log.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        DatabaseUnavailable.answer(request, response);
    }

    /** Anything unforeseen: logged with a reference the user can quote, no internals in the answer. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (DatabaseUnavailable.is(e)) {
            throw e; // a wrapped connection failure: the front filter answers 503 (platform.nodes)
        }
        if (e instanceof org.springframework.web.ErrorResponse known) {
            return known.getBody(); // Spring MVC's own 404/405/415 answers
        }
        String reference = java.util.UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error {} on {} {}", reference, request.getMethod(), request.getRequestURI(), e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Internal error, reference " + reference);
    }

    /** A word a person understands for the expected type ("date", not "LocalDate"). */
    private static String typeWord(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == java.time.LocalDate.class) {
            return "date";
        }
        if (type == java.time.LocalDateTime.class || type == java.time.OffsetDateTime.class) {
            return "datetime";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "integer";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type.isEnum()) {
            return "choice";
        }
        return "value";
    }

    private String text(String code, Locale locale, String fallback) {
        return messages.getMessage(code, null, fallback, locale);
    }

    private static ProblemDetail problem(HttpStatus status, List<FieldError> errors) {
        // joined in one buffer: folding pair by pair (a + "; " + b) was quadratic in the number of errors
        String detail = errors.isEmpty() ? status.getReasonPhrase()
                : errors.stream().map(f -> f.field() + ": " + f.reason()).collect(Collectors.joining("; "));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("errors", errors);
        return problem;
    }
}
