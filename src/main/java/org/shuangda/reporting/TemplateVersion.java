package org.shuangda.reporting;

import java.time.OffsetDateTime;

/**
 * One version of a template as the template list shows it.
 *
 * @param current whether new rounds may use it (the latest version of its code)
 * @param basedOn the version it was edited or copied from, or null
 * @param rounds  rounds using it: with any, it is never changed in place
 */
public record TemplateVersion(long id, String code, String name, int version, boolean builtin, boolean current,
        Long basedOn, int rounds, OffsetDateTime changedAt, String changedBy) {

    /** Whether an office may edit it (built-in templates are copied, not changed; old versions are history). */
    public boolean editable() {
        return current && !builtin;
    }
}
