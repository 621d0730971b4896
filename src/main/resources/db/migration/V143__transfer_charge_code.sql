-- 罪名 from a catalogue (issue 13): a transfer names one charge of org.shuangda.cases.CriminalCharge by its code;
-- charge keeps the name as printed (移送书, pages). Transfers recorded before keep their text; those whose text
-- begins with a catalogue name (the threshold prompt wrote "A、B") get that charge's code.
alter table case_transfer add column charge_code text;

update case_transfer t set charge_code = m.code
  from (values
    ('生产、销售伪劣产品罪', 'FAKE_OR_INFERIOR_PRODUCTS'),
    ('生产、销售、提供假药罪', 'FAKE_DRUGS'),
    ('生产、销售假药罪', 'FAKE_DRUGS'),
    ('生产、销售、提供劣药罪', 'INFERIOR_DRUGS'),
    ('生产、销售劣药罪', 'INFERIOR_DRUGS'),
    ('生产、销售不符合安全标准的食品罪', 'UNSAFE_FOOD'),
    ('生产、销售有毒、有害食品罪', 'TOXIC_FOOD'),
    ('生产、销售不符合标准的医用器材罪', 'SUBSTANDARD_MEDICAL_DEVICES'),
    ('生产、销售不符合安全标准的产品罪', 'UNSAFE_PRODUCTS'),
    ('生产、销售伪劣农药、兽药、化肥、种子罪', 'FAKE_AGRICULTURAL_INPUTS'),
    ('生产、销售不符合卫生标准的化妆品罪', 'SUBSTANDARD_COSMETICS'),
    ('假冒注册商标罪', 'COUNTERFEIT_TRADEMARK'),
    ('销售假冒注册商标的商品罪', 'SELLING_COUNTERFEIT_TRADEMARK_GOODS'),
    ('非法制造、销售非法制造的注册商标标识罪', 'ILLEGAL_TRADEMARK_LABELS'),
    ('假冒专利罪', 'COUNTERFEIT_PATENT'),
    ('侵犯著作权罪', 'COPYRIGHT_INFRINGEMENT'),
    ('销售侵权复制品罪', 'SELLING_INFRINGING_COPIES'),
    ('侵犯商业秘密罪', 'TRADE_SECRET_INFRINGEMENT'),
    ('虚假广告罪', 'FALSE_ADVERTISING'),
    ('非法经营罪', 'ILLEGAL_BUSINESS')) as m(name, code)
 where t.charge = m.name or t.charge like m.name || '、%';
