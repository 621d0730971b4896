package org.shuangda.cases;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What documents are made of besides the case: the templates administrators uploaded, the police addressed. */
@Repository
class DocumentStore {

    private final JdbcClient jdbc;

    DocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<byte[]> template(CaseDocument document) {
        return jdbc.sql("select content from case_document_template where code = :c").param("c", document.name())
                .query(byte[].class).optional();
    }

    void saveTemplate(CaseDocument document, byte[] docx, String by, OffsetDateTime at) {
        jdbc.sql("""
                insert into case_document_template (code, content, uploaded_by, uploaded_at) values (:c, :content, :by, :at)
                on conflict (code) do update set content = excluded.content, uploaded_by = excluded.uploaded_by,
                       uploaded_at = excluded.uploaded_at""").param("c", document.name()).param("content", docx)
                .param("by", by).param("at", at).update();
    }

    /** The first active police unit (公安局) of the unit's county, which a transfer letter is addressed to. */
    Optional<String> policeUnitBeside(long unitId) {
        return jdbc.sql("""
                select p.name from pub_unit p join pub_unit u on u.region_code = p.region_code
                 where u.id = :unit and p.type = 'PUBLIC_SECURITY' and p.active order by p.id limit 1""")
                .param("unit", unitId).query(String.class).optional();
    }
}
