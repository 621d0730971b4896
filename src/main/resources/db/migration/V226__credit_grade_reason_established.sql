-- A grade recomputed because the entity's 成立日期 changed (entities.EntityEstablishmentChanged): a reason of its own.
alter table credit_risk_grade_history drop constraint credit_risk_grade_history_reason_check;
alter table credit_risk_grade_history add constraint credit_risk_grade_history_reason_check
    check (reason in ('START', 'MONTHLY', 'FACT', 'SCHEME', 'MANUAL', 'ESTABLISHED'));
alter table credit_risk_run drop constraint credit_risk_run_reason_check;
alter table credit_risk_run add constraint credit_risk_run_reason_check
    check (reason in ('START', 'MONTHLY', 'FACT', 'SCHEME', 'MANUAL', 'ESTABLISHED'));
