-- Complaints and tips (投诉举报): filings from the hotlines (12315, 12365, 12330, 12312, 12390), the public
-- web form and call-centre systems; the routing table that hands them to the responsible unit; their
-- public history; attachments. Clocks are computed from the dates here, never stored as flags.

-- Editable routing table: a region's matters of one category (or of every category: null) go to a unit.
create table filing_routing_rule (
    id          bigserial primary key,
    region_code char(6) not null references region (code),
    category    text,
    unit_id     bigint not null references unit (id),
    note        text,
    created_at  timestamptz not null default now(),
    created_by  text not null
);
create unique index filing_routing_rule_key_idx on filing_routing_rule (region_code, coalesce(category, ''));

create sequence filing_number_seq;

create table filing (
    id                 bigserial primary key,
    tracking_no        text not null unique,
    -- SHA-256 of tracking number and query code: the code itself is shown once and never stored
    query_code_hash    char(64) not null,
    track              text not null check (track in ('COMPLAINT', 'REPORT', 'ENQUIRY')),
    channel            text not null,
    category           text not null,
    status             text not null,
    content            text not null,
    region_code        char(6) not null references region (code),
    target_name        text not null,
    target_uscc        text,
    filer_kind         text not null,
    anonymous          boolean not null,
    -- personal data, SM4-GCM ciphertexts "keyId:base64(iv|ciphertext|tag)"; masks for lists and exports
    filer_name         text,
    filer_phone        text,
    filer_id_number    text,
    filer_address      text,
    filer_name_masked  text,
    filer_phone_masked text,
    unit_id            bigint not null references unit (id),
    handler_user_id    bigint references app_user (id),
    received_at        timestamptz not null default now(),
    accepted_at        timestamptz,
    referred_at        timestamptz,
    decided_at         timestamptz,
    refusal_ground     text,
    outcome            text,
    result_text        text,
    verify_extension   text,
    clue_id            bigint,
    clue_number        text,
    case_number        text,
    notice_from        date,
    notified_at        timestamptz,
    merged_into_id     bigint references filing (id),
    split_from_id      bigint references filing (id),
    rating             smallint check (rating between 1 and 5),
    rating_comment     text,
    rated_at           timestamptz,
    -- idempotent API intake: one filing per (client, Idempotency-Key); the replay answer's code, encrypted
    client_user_id     bigint,
    idempotency_key    text,
    request_hash       char(64),
    replay_code        text,
    source_ip          text,
    created_by         text not null,
    version            integer not null default 0
);
create unique index filing_idempotency_idx on filing (client_user_id, idempotency_key)
    where idempotency_key is not null;
create index filing_unit_status_idx on filing (unit_id, status);
create index filing_region_idx on filing (region_code);
create index filing_received_idx on filing (received_at);
create index filing_uscc_idx on filing (target_uscc) where target_uscc is not null;
create index filing_target_trgm_idx on filing using gin (target_name gin_trgm_ops);

-- What happened to a filing, in order; the public tracking page shows it (no personal names).
create table filing_event (
    id        bigserial primary key,
    filing_id bigint not null references filing (id),
    at        timestamptz not null default now(),
    kind      text not null,
    status    text not null,
    unit_id   bigint references unit (id),
    reason    text,
    actor     text not null
);
create index filing_event_filing_idx on filing_event (filing_id, id);

create table filing_attachment (
    id           bigserial primary key,
    filing_id    bigint not null references filing (id),
    file_name    text not null,
    content_type text not null,
    size_bytes   bigint not null,
    storage_key  text not null
);
create index filing_attachment_filing_idx on filing_attachment (filing_id);
