-- The market entity's establishment date (成立日期), for its years in business (credit-risk grades). Optional:
-- entities registered before it was asked for have none (their grade then counts no years-in-business points).
alter table market_entity add column established_on date
    check (established_on is null or established_on between date '1949-01-01' and date '2100-12-31');
alter table entity_import_row add column established_on text;
