-- Key-market directory (重点市场名录库) and inspection records (执法检查记录: 日常巡查, 专项检查, 联合执法), issue 16
-- items 7 and 8. Owned by inspections (rooms inspections.markets and inspections.records). Entities are named by id
-- and read through the published view pub_entity_grading; units through pub_unit.

-- A market is kept by the unit that supervises it (unit_path) and lies in a place (region_path): both scope it.
-- The food-safety director's name and phone are personal data: SM4-GCM ciphertexts (privacy.PersonalDataCipher).
create table key_market (
    id                 bigserial   primary key,
    name               text        not null check (char_length(name) between 1 and 200),
    kind               text        not null check (kind in ('WHOLESALE', 'BAZAAR', 'SHOPPING_CENTRE', 'ONLINE_PLATFORM')),
    operator_entity_id bigint      not null,
    address            text        not null check (char_length(address) between 1 and 300),
    region_code        text        not null,
    region_path        text        not null,
    unit_id            bigint      not null,
    unit_path          text        not null,
    stalls             integer     not null check (stalls between 0 and 1000000),
    sellers            integer     not null check (sellers between 0 and 10000000),
    director_name      text,
    director_phone     text,
    goods              text        not null default '' check (char_length(goods) <= 1000),
    frequency          text        not null check (frequency in ('WEEKLY', 'MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY')),
    active             boolean     not null default true,
    created_by         text        not null,
    version            integer     not null default 0,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now()
);
create index key_market_unit_path on key_market (unit_path text_pattern_ops);
create index key_market_region_path on key_market (region_path text_pattern_ops);

-- The sellers inside a market (entities of the directory), with their stall if known.
create table key_market_seller (
    market_id bigint not null references key_market (id) on delete cascade,
    entity_id bigint not null,
    stall     text   not null default '' check (char_length(stall) <= 50),
    primary key (market_id, entity_id)
);

-- An inspection record is owned by its lead unit (unit_path, region_path).
create table inspection_record (
    id              bigserial   primary key,
    kind            text        not null check (kind in ('ROUTINE', 'SPECIAL', 'JOINT')),
    title           text        not null check (char_length(title) between 1 and 200),
    started_on      date        not null,
    ended_on        date        not null,
    lead_unit_id    bigint      not null,
    unit_path       text        not null,
    region_path     text        not null,
    areas_rectified integer     not null default 0 check (areas_rectified between 0 and 100000),
    areas_note      text        not null default '' check (char_length(areas_note) <= 2000),
    dens_destroyed  integer     not null default 0 check (dens_destroyed between 0 and 100000),
    goods_seized    text        not null default '' check (char_length(goods_seized) <= 2000),
    items_seized    integer     not null default 0 check (items_seized between 0 and 1000000000),
    problems        text        not null default '' check (char_length(problems) <= 2000),
    follow_up       text        not null default '' check (char_length(follow_up) <= 2000),
    created_by      text        not null,
    version         integer     not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    check (ended_on >= started_on and ended_on - started_on < 366)
);
create index inspection_record_unit_path on inspection_record (unit_path text_pattern_ops);
create index inspection_record_lead_day on inspection_record (lead_unit_id, started_on);

-- Every unit that took part (the lead unit and, in a 联合执法, the others) with the officers it sent per day.
create table inspection_record_unit (
    record_id bigint  not null references inspection_record (id) on delete cascade,
    unit_id   bigint  not null,
    lead      boolean not null,
    officers  integer not null check (officers between 1 and 100000),
    primary key (record_id, unit_id)
);
create index inspection_record_unit_by_unit on inspection_record_unit (unit_id);

-- The lead unit's officers by name (the picker), the entities and the key markets checked.
create table inspection_record_officer (
    record_id bigint not null references inspection_record (id) on delete cascade,
    user_id   bigint not null,
    primary key (record_id, user_id)
);
create table inspection_record_entity (
    record_id bigint not null references inspection_record (id) on delete cascade,
    entity_id bigint not null,
    primary key (record_id, entity_id)
);
create table inspection_record_market (
    record_id bigint not null references inspection_record (id) on delete cascade,
    market_id bigint not null references key_market (id),
    primary key (record_id, market_id)
);
