package org.shuangda.shared;

/**
 * What a role may do. Roles (editable by an admin) are sets of these; labels live in
 * {@code messages/identity*.properties} under {@code permission.NAME}.
 */
public enum Permission {
    UNIT_VIEW,
    UNIT_MANAGE,
    USER_VIEW,
    USER_MANAGE,
    ROLE_MANAGE,
    TOKEN_MANAGE,
    AUDIT_VIEW,
    CALENDAR_MANAGE,
    ENTITY_VIEW,
    ENTITY_MANAGE,
    ENTITY_IMPORT,
    CAMPAIGN_VIEW,
    CAMPAIGN_MANAGE,
    TASK_REPORT,
    // reporting
    REPORT_SUBMIT,
    REPORT_REVIEW,
    TEMPLATE_MANAGE,
    // cases and 两法衔接 (clues, cases, transfers to police, publication)
    CASE_VIEW,
    CASE_HANDLE,
    CASE_APPROVE,
    CASE_SUPERVISE,
    CASE_SETTINGS,
    TRANSFER_RECEIVE,
    TRANSFER_OVERSEE,
    PENALTY_PUBLISH,
    // complaints and tips (投诉举报)
    FILING_INTAKE,
    FILING_VIEW,
    FILING_HANDLE,
    FILING_ROUTE,
    ROUTING_MANAGE,
    // privacy: reviewing who opened a tipster's identity or a party's full ID number (the unit head)
    PERSONAL_DATA_REVIEW
}
