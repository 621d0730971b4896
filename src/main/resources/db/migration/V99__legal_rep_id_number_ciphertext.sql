-- Legal representatives' ID numbers are stored as SM4 ciphertext from now on (entities module,
-- LegalRepIdCipher; V99_1, a Java migration, encrypts the rows still in clear). A ciphertext
-- ("keyId:base64…") is longer than 18 characters, so the length check goes: the number is validated in Java
-- (GB 11643 checksum, EntityValidator) before it is encrypted. What stays is a bound on the length.
alter table market_entity drop constraint market_entity_legal_rep_id_number_check;
alter table market_entity add constraint market_entity_legal_rep_id_number_check
    check (char_length(legal_rep_id_number) <= 200);

-- 身份查看记录 also lists the openings of a legal representative's full ID number (a market entity's record).
alter table identity_opening drop constraint identity_opening_kind_check;
alter table identity_opening add constraint identity_opening_kind_check
    check (kind in ('FILER', 'CASE_PARTY', 'LEGAL_REP'));
