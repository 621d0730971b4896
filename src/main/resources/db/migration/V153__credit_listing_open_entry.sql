-- One open 经营异常名录 entry per entity and ground (recorded, on the list, or in an objection or removal): two
-- people recording the same ground at once leave one row, the other is told to try again (409).
create unique index credit_listing_open_abnormal on credit_listing (entity_id, ground)
    where list_kind = 'ABNORMAL' and state not in ('DROPPED', 'CORRECTED', 'REMOVED');
