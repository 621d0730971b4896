-- Market entities (市场主体): owned by the region they are registered in, searched by name with pg_trgm.
create table market_entity (
    id                   bigserial primary key,
    name                 text not null check (char_length(name) between 1 and 200),
    -- text, not char(18): a varchar parameter then compares with the column and uses its index.
    uscc                 text check (char_length(uscc) = 18),
    -- A legacy code that fails the GB 32100 check, accepted on purpose: who, when and why.
    uscc_override        boolean not null default false,
    override_reason      text,
    override_by          text,
    override_at          timestamptz,
    entity_type          text not null check (entity_type in
                             ('ENTERPRISE', 'INDIVIDUAL_BUSINESS', 'FARMERS_COOPERATIVE', 'OTHER_ORGANIZATION')),
    address              text,
    region_code          char(6) not null references region (code),
    legal_representative text,
    -- GB 11643 number, shown masked everywhere (140426********1234).
    legal_rep_id_number  text check (char_length(legal_rep_id_number) = 18),
    contact_person       text,
    contact_phone        text,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    version              integer not null default 0,
    check (not uscc_override or (uscc is not null and override_reason is not null))
);
-- Unique when present (NULLs never collide).
create unique index market_entity_uscc_idx on market_entity (uscc);
-- Fuzzy Chinese name search: similarity (%), word_similarity (<%) and LIKE '%…%' all use it.
create index market_entity_name_trgm_idx on market_entity using gin (name gin_trgm_ops);
create index market_entity_region_idx on market_entity (region_code, id);

-- Uploaded spreadsheets waiting for review: nothing reaches market_entity before commit.
create table entity_import_batch (
    id            bigserial primary key,
    user_id       bigint not null,
    username      text not null,
    file_name     text not null,
    row_count     integer not null,
    status        text not null default 'PREVIEW' check (status in ('PREVIEW', 'COMMITTED')),
    created_at    timestamptz not null default now(),
    committed_at  timestamptz
);
create index entity_import_batch_created_idx on entity_import_batch (created_at);

-- One row of an upload as read (trimmed, codes upper-cased), with its problems as
-- [{"field":"uscc","code":"entity.error.uscc.check","args":["X"]}]; null when valid.
-- Deleted on commit and with old batches: it holds ID numbers only as long as needed.
create table entity_import_row (
    batch_id             bigint not null references entity_import_batch (id) on delete cascade,
    row_no               integer not null,
    name                 text,
    uscc                 text,
    uscc_override        boolean not null default false,
    override_reason      text,
    entity_type          text,
    address              text,
    region_code          text,
    legal_representative text,
    legal_rep_id_number  text,
    contact_person       text,
    contact_phone        text,
    errors               jsonb,
    primary key (batch_id, row_no)
);
create index entity_import_row_uscc_idx on entity_import_row (batch_id, uscc);
create index entity_import_row_errors_idx on entity_import_row (batch_id, row_no) where errors is not null;
