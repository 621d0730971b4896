package org.shuangda.shared;

/** The kinds of audit entries. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    LOGIN_SUCCESS,
    LOGIN_FAILURE,
    ACCOUNT_LOCKED,
    LOGOUT,
    TOKEN_ISSUED,
    TOKEN_REVOKED,
    IMPORT,
    VIEW_PERSONAL_DATA,
    /** Records left the system as a file (a list, statistics, a workbook, a generated document): see {@code shared.web.ExportAudit}. */
    EXPORT,
    // passwords and two-factor sign-in (identity): the fact and who did it, never a secret
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    TOTP_ENROLLED,
    TOTP_RESET
}
