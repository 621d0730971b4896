-- Joint punishment (失信联合惩戒): the editable catalogue of measures that apply to entities on the serious-violation
-- list (严重违法失信名单) or the business-abnormal list (经营异常名录). Each measure must rest on a law, a regulation
-- or a central policy document (国办发〔2020〕49号) and is kept with its item, content, target, legal basis and the
-- level that issued it, like a provincial list of measures. Owned by credit (credit.alerts.Measures); edited with
-- CREDIT_SETTINGS. Configuration owned by a level (shared.Configurable.CREDIT_MEASURE): owner_region_path null is a
-- national entry (applies everywhere, edited only with scope ALL); a province, city or county keeps its own entries,
-- which apply to listings made by authorities of that region and below. issuing_level is the level of the measure's
-- basis (a county may keep a measure set by national law).
create table credit_measure (
    id            bigserial primary key,
    applies_to    text        not null check (applies_to in ('SERIOUS', 'ABNORMAL')),
    item          text        not null check (length(item) between 1 and 100),
    content       text        not null check (length(content) between 1 and 2000),
    target        text        not null check (length(target) between 1 and 200),
    legal_basis   text        not null check (length(legal_basis) between 1 and 1000),
    issuing_level text        not null check (issuing_level in ('NATIONAL', 'PROVINCIAL', 'CITY', 'COUNTY')),
    owner_region_path text    check (owner_region_path ~ '^(/[0-9]{6})+/$'),
    sort_order    int         not null default 0,
    active        boolean     not null default true,
    version       int         not null default 0,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now()
);
create index credit_measure_list on credit_measure (applies_to, sort_order, id) where active;

-- A starting set: only bases that are certain are cited (the regulation or law itself, without article numbers
-- where the article was not verified); offices add their province's and city's measures on /credit/measures.
insert into credit_measure (applies_to, item, content, target, legal_basis, issuing_level, sort_order) values
('SERIOUS', '行政许可审查',
 '在审查行政许可、资质、资格时，将列入严重违法失信名单作为重要考量因素。',
 '列入严重违法失信名单的当事人',
 '《市场监督管理严重违法失信名单管理办法》（国家市场监督管理总局令第44号）', 'NATIONAL', 10),
('SERIOUS', '政府采购与工程招投标',
 '在委托承担政府采购项目、工程招投标时作为重要考量因素；参加政府采购活动的供应商应当在参加前三年内经营活动中没有重大违法记录。',
 '列入严重违法失信名单的当事人',
 '《市场监督管理严重违法失信名单管理办法》（国家市场监督管理总局令第44号）；《中华人民共和国政府采购法》第二十二条', 'NATIONAL', 20),
('SERIOUS', '重点监管',
 '列为重点监管对象，提高检查频次，依法严格监管。',
 '列入严重违法失信名单的当事人',
 '《市场监督管理严重违法失信名单管理办法》（国家市场监督管理总局令第44号）', 'NATIONAL', 30),
('SERIOUS', '告知承诺制',
 '不适用告知承诺制，办理相关事项时须提交完整材料。',
 '列入严重违法失信名单的当事人',
 '《市场监督管理严重违法失信名单管理办法》（国家市场监督管理总局令第44号）', 'NATIONAL', 40),
('SERIOUS', '表彰奖励',
 '不予授予市场监督管理部门荣誉称号等表彰奖励；不列入双打工作表彰推荐名单。',
 '列入严重违法失信名单的当事人',
 '《市场监督管理严重违法失信名单管理办法》（国家市场监督管理总局令第44号）', 'NATIONAL', 50),
('SERIOUS', '公示',
 '通过国家企业信用信息公示系统公示列入信息，公示期间不得提前移出（提前移出须依申请并经审核）。',
 '列入严重违法失信名单的当事人',
 '《市场监督管理严重违法失信名单管理办法》（国家市场监督管理总局令第44号）', 'NATIONAL', 60),
('ABNORMAL', '信用约束',
 '在政府采购、工程招投标、国有土地出让、授予荣誉称号等工作中，将列入经营异常名录作为重要考量因素，依法予以限制或者禁入。',
 '列入经营异常名录的企业',
 '《企业信息公示暂行条例》', 'NATIONAL', 10),
('ABNORMAL', '公示与提示',
 '通过国家企业信用信息公示系统公示列入经营异常名录的原因与作出决定的机关，提示交易相对人注意交易风险。',
 '列入经营异常名录的企业',
 '《企业信息公示暂行条例》；《企业经营异常名录管理办法》', 'NATIONAL', 20),
('ABNORMAL', '双随机抽查',
 '在“双随机、一公开”抽查中作为信用风险因素，依据信用风险分类适当提高抽查比例和频次。',
 '列入经营异常名录的企业',
 '《国家市场监督管理总局关于推进企业信用风险分类管理进一步提升监管效能的意见》（国市监信发〔2022〕6号）', 'NATIONAL', 30);
