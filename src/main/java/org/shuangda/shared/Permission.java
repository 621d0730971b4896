package org.shuangda.shared;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a role may do. Roles (editable by an admin) are sets of these; labels live in
 * {@code messages/identity*.properties} under {@code permission.NAME}.
 *
 * <p>Each permission belongs to one {@link Duty}. Separation of duties (三员分立): the system administrator, the
 * security administrator and the security auditor are three different people, and none of them handles cases,
 * filings, transfers or reports. Why here, on the enum: the rule must be one list that both checks read (a role
 * may not mix duties, {@code identity.Roles}; a user may not hold roles of different duties,
 * {@code identity.UserValidation}) and that a new permission cannot be added without deciding its duty.
 */
public enum Permission {
    UNIT_VIEW(Duty.SHARED),
    /** Units and leading groups: kept by the system admin and by the leading-group offices. */
    UNIT_MANAGE(Duty.SHARED),
    USER_VIEW(Duty.SHARED),
    USER_MANAGE(Duty.SYSTEM),
    ROLE_MANAGE(Duty.SECURITY),
    TOKEN_MANAGE(Duty.SECURITY),
    /** Unlocking accounts locked after failed sign-ins: the security administrator's (V96). */
    LOCKOUT_MANAGE(Duty.SECURITY),
    AUDIT_VIEW(Duty.AUDIT),
    CALENDAR_MANAGE(Duty.SYSTEM),
    ENTITY_VIEW(Duty.SHARED),
    ENTITY_MANAGE(Duty.SHARED),
    ENTITY_IMPORT(Duty.SHARED),
    CAMPAIGN_VIEW(Duty.SHARED),
    CAMPAIGN_MANAGE(Duty.HANDLING),
    TASK_REPORT(Duty.HANDLING),
    // reporting
    REPORT_SUBMIT(Duty.HANDLING),
    REPORT_REVIEW(Duty.HANDLING),
    /** Read-only: rounds, progress, submissions, dashboards and the cockpit over the scope (a leader). */
    REPORT_VIEW(Duty.SHARED),
    /** Configuration (who owns which level's template is decided where it is written). */
    TEMPLATE_MANAGE(Duty.SHARED),
    // cases and 两法衔接 (clues, cases, transfers to police, publication)
    /** Reading cases shows parties' ID numbers masked only. */
    CASE_VIEW(Duty.SHARED),
    CASE_HANDLE(Duty.HANDLING),
    CASE_APPROVE(Duty.HANDLING),
    CASE_SUPERVISE(Duty.HANDLING),
    /** Configuration: thresholds, document templates, case-number abbreviations. */
    CASE_SETTINGS(Duty.SHARED),
    TRANSFER_RECEIVE(Duty.HANDLING),
    TRANSFER_OVERSEE(Duty.HANDLING),
    PENALTY_PUBLISH(Duty.HANDLING),
    // complaints and tips (投诉举报)
    FILING_INTAKE(Duty.HANDLING),
    /** Reading filings shows the filer masked only; the identity opens for the assigned handler. */
    FILING_VIEW(Duty.SHARED),
    FILING_HANDLE(Duty.HANDLING),
    FILING_ROUTE(Duty.HANDLING),
    /** The unit head approves a 转办 to someone who would then handle the filing himself (V95). */
    FILING_APPROVE(Duty.HANDLING),
    /** Configuration: the routing table (and, over everything, the filer-key rotation). */
    ROUTING_MANAGE(Duty.SHARED),
    /** privacy: reviewing who opened a tipster's identity or a party's full ID number (the unit head). */
    PERSONAL_DATA_REVIEW(Duty.HANDLING),
    // credit supervision (信用监管)
    /** Reading credit records, listings, restorations, grades and warnings in the scope. */
    CREDIT_VIEW(Duty.SHARED),
    /** Listing and removing entities, deciding restorations, agreeing to a lower level's proposal. */
    CREDIT_MANAGE(Duty.HANDLING),
    /** Configuration: the joint-punishment catalogue, grade weights and thresholds, warning triggers. */
    CREDIT_SETTINGS(Duty.SHARED),
    // inspections (检查: 双随机、一公开, key markets, inspection records)
    /** Reading items, plans, tasks, draws, results, markets and inspection records in the scope. */
    INSPECTION_VIEW(Duty.SHARED),
    /** Preparing and running draws, entering results and inspection records. */
    INSPECTION_HANDLE(Duty.HANDLING),
    /** Configuration: inspection items, default ratios per risk grade, the key-market directory. */
    INSPECTION_SETTINGS(Duty.SHARED),
    // assessment (检查考核) and 督查 (issue 18)
    /** Reading schemes, one's own runs (all of them on the assessing side), published rankings, 督查 visits. */
    ASSESSMENT_VIEW(Duty.SHARED),
    /** The assessing office: schemes, computing, appeals, publication, the 考核通报, 督查 visits and their findings. */
    ASSESSMENT_MANAGE(Duty.HANDLING),
    /** Reviewers of the assessing office: 初评 and 复评 (never of the unit they belong to). */
    ASSESSMENT_REVIEW(Duty.HANDLING),
    /** The assessed unit: self-assessment with evidence, appeals, answering 督查 findings. */
    ASSESSMENT_SUBMIT(Duty.HANDLING),
    // sampling inspection (抽检)
    /** Reading plans, samples, results, backups and figures in the scope. */
    SAMPLING_VIEW(Duty.SHARED),
    /** Recording samples, sending them, serving failure notices, re-tests, objections and follow-up. */
    SAMPLING_HANDLE(Duty.HANDLING),
    /** Configuration: the laboratories (检验机构) and their scope, ties and the published re-test list. */
    SAMPLING_SETTINGS(Duty.SHARED),
    /** A laboratory's people: receive the samples sent to their lab and upload its reports (scope: the lab's unit). */
    SAMPLING_LAB(Duty.HANDLING);

    /**
     * The duty a permission belongs to. The three administrations and handling exclude each other; a
     * {@code SHARED} permission (reading, master data, configuration tables) may go with any of them.
     */
    public enum Duty {
        /** 系统管理员: users, calendar, system settings. */
        SYSTEM,
        /** 安全管理员: roles and their permissions, token oversight. */
        SECURITY,
        /** 安全审计员: reads the audit trail. */
        AUDIT,
        /** 业务办理: cases, filings, transfers, reports, campaigns. */
        HANDLING,
        /** Reading and shared configuration: allowed with any duty. */
        SHARED;

        public boolean administration() {
            return this == SYSTEM || this == SECURITY || this == AUDIT;
        }
    }

    private final Duty duty;

    Permission(Duty duty) {
        this.duty = duty;
    }

    public Duty duty() {
        return duty;
    }

    /** The duties (never {@code SHARED}) that a set of permissions takes on; more than one is a mix. */
    public static Set<Duty> dutiesOf(Collection<Permission> permissions) {
        Set<Duty> duties = EnumSet.noneOf(Duty.class);
        for (Permission p : permissions) {
            if (p.duty != Duty.SHARED) {
                duties.add(p.duty);
            }
        }
        return duties;
    }
}
