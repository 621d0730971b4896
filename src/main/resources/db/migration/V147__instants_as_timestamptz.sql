-- Every remaining timestamp without time zone becomes a timestamptz (docs/architecture.md: instants are stored as
-- timestamptz). These columns were written as Asia/Shanghai wall times: from LocalDateTime.now(clock) with the
-- platform's clock in Asia/Shanghai (calendar/internal/ClockConfiguration), from times people typed in Beijing time,
-- and by now() defaults in sessions whose time zone is the platform's (spring.datasource.hikari.connection-init-sql,
-- EmbeddedDatabaseConfiguration). So each value is read as a wall time in Asia/Shanghai, whatever the session's zone.
alter table enforcement_case
    alter column registered_at       type timestamptz using registered_at       at time zone 'Asia/Shanghai',
    alter column seizure_started_at  type timestamptz using seizure_started_at  at time zone 'Asia/Shanghai',
    alter column seizure_released_at type timestamptz using seizure_released_at at time zone 'Asia/Shanghai';

alter table clue
    alter column received_at type timestamptz using received_at at time zone 'Asia/Shanghai';

alter table case_clock_pause
    alter column from_at type timestamptz using from_at at time zone 'Asia/Shanghai',
    alter column to_at   type timestamptz using to_at   at time zone 'Asia/Shanghai';

alter table case_transfer
    alter column proposed_at      type timestamptz using proposed_at      at time zone 'Asia/Shanghai',
    alter column head_at          type timestamptz using head_at          at time zone 'Asia/Shanghai',
    alter column handover_at      type timestamptz using handover_at      at time zone 'Asia/Shanghai',
    alter column acceptance_at    type timestamptz using acceptance_at    at time zone 'Asia/Shanghai',
    alter column filing_at        type timestamptz using filing_at        at time zone 'Asia/Shanghai',
    alter column recon_request_at type timestamptz using recon_request_at at time zone 'Asia/Shanghai',
    alter column recon_answer_at  type timestamptz using recon_answer_at  at time zone 'Asia/Shanghai',
    alter column returned_at      type timestamptz using returned_at      at time zone 'Asia/Shanghai',
    alter column notice_at        type timestamptz using notice_at        at time zone 'Asia/Shanghai';

alter table case_transfer_step
    alter column at type timestamptz using at at time zone 'Asia/Shanghai';

alter table transfer_opinion
    alter column issued_at   type timestamptz using issued_at   at time zone 'Asia/Shanghai',
    alter column answered_at type timestamptz using answered_at at time zone 'Asia/Shanghai';

alter table report_round
    alter column on_time_until type timestamptz using on_time_until at time zone 'Asia/Shanghai';

alter table report_submission
    alter column submitted_at type timestamptz using submitted_at at time zone 'Asia/Shanghai',
    alter column accepted_at  type timestamptz using accepted_at  at time zone 'Asia/Shanghai';

alter table report_region_signoff
    alter column signed_at type timestamptz using signed_at at time zone 'Asia/Shanghai';

alter table statutory_rule
    alter column changed_at type timestamptz using changed_at at time zone 'Asia/Shanghai';
