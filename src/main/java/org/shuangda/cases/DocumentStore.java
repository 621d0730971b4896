package org.shuangda.cases;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.shuangda.shared.ConfigOwner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What documents are made of besides the case: the templates administrators uploaded, the police addressed. */
@Repository
class DocumentStore {

    private final JdbcClient jdbc;

    DocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The owners (region paths, null: national) that keep their own version of {@code document}. */
    List<ConfigOwner> templateOwners(CaseDocument document) {
        return jdbc.sql("select owner_region_path from case_document_template where code = :c")
                .param("c", document.name()).query((rs, n) -> ConfigOwner.of(rs.getString(1))).list();
    }

    Optional<byte[]> template(CaseDocument document, ConfigOwner owner) {
        return jdbc.sql("""
                select content from case_document_template
                 where code = :c and coalesce(owner_region_path, '') = :owner""")
                .param("c", document.name()).param("owner", owner.national() ? "" : owner.regionPath())
                .query(byte[].class).optional();
    }

    /** Writes {@code owner}'s own version of the template (another owner's version is never touched). */
    void saveTemplate(CaseDocument document, ConfigOwner owner, byte[] docx, String by, OffsetDateTime at) {
        jdbc.sql("""
                insert into case_document_template (code, owner_region_path, content, uploaded_by, uploaded_at)
                values (:c, :owner, :content, :by, :at)
                on conflict (code, coalesce(owner_region_path, '')) do update set content = excluded.content,
                       uploaded_by = excluded.uploaded_by, uploaded_at = excluded.uploaded_at""")
                .param("c", document.name()).param("owner", owner.regionPath()).param("content", docx)
                .param("by", by).param("at", at).update();
    }

    /** The first active police unit (公安局) of the unit's county, which a transfer letter is addressed to. */
    Optional<String> policeUnitBeside(long unitId) {
        return jdbc.sql("""
                select p.name from pub_unit p join pub_unit u on u.region_code = p.region_code
                 where u.id = :unit and p.type = 'PUBLIC_SECURITY' and p.active order by p.id limit 1""")
                .param("unit", unitId).query(String.class).optional();
    }

    /** The 涉嫌罪名 of the case's transfer (its proposal names it), if any. */
    Optional<String> transferCharge(long caseId) {
        return jdbc.sql("select charge from case_transfer where case_id = :c and charge is not null order by id desc limit 1")
                .param("c", caseId).query(String.class).optional();
    }
}
