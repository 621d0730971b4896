package org.shuangda.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditAction;
import org.shuangda.shared.AuditableChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one way an export is audited (issue 11): every endpoint that lets records leave the system as a file
 * (the case, filing and statistics workbooks, the reporting summary table, a submission's workbook, generated
 * case documents) calls {@link #exported} once, and the audit trail gets an {@link AuditAction#EXPORT} entry
 * saying who exported what (object type and id, the file's name) with which filter: the request's query
 * parameters as they were sent, so the entry shows exactly the choice the person made, also parameters the
 * endpoint ignores.
 *
 * <p>When: after the endpoint checked permission and scope and built the file (for a {@code byte[]}), or
 * right after the check and before the body is opened (for a streamed file); in any case before the first
 * byte is sent. A refused export (403, 404, 422) therefore leaves no entry, and an export whose entry cannot
 * be written fails instead of leaving unrecorded. Endpoints run outside a transaction, so the entry is
 * committed at once, in a transaction of its own ({@code audit.AuditRecorder}).
 */
@Component
public class ExportAudit {

    /** Parameters that are not a choice of the person: the CSRF token of a form. */
    private static final List<String> NOT_A_FILTER = List.of("_csrf");

    private final ApplicationEventPublisher events;

    ExportAudit(ApplicationEventPublisher events) {
        this.events = events;
    }

    /**
     * @param objectType what was exported, as the audit trail names it elsewhere ({@code case}, {@code filing} …)
     * @param objectId   the one record it is of (a case's document, a submission's workbook), else null
     * @param fileName   the name the file is sent under
     */
    public void exported(Actor actor, String objectType, Object objectId, String fileName, HttpServletRequest request) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("file", fileName);
        fields.put("filter", filter(request));
        events.publishEvent(AuditableChange.of(actor, AuditAction.EXPORT, objectType, objectId, fileName, fields));
    }

    /** The query parameters, sorted: one value as text, several as a list. */
    static Map<String, Object> filter(HttpServletRequest request) {
        Map<String, Object> filter = new TreeMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!NOT_A_FILTER.contains(name) && values != null && values.length > 0) {
                filter.put(name, values.length == 1 ? values[0] : List.of(values));
            }
        });
        return filter;
    }
}
