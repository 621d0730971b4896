package org.shuangda.assessment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.shuangda.assessment.Bulletin.Paragraph;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 考核通报 with their paragraphs. */
@Repository
class BulletinStore {

    private final JdbcClient jdbc;

    BulletinStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long schemeId, String by, OffsetDateTime at, List<Paragraph> paragraphs) {
        long id = jdbc.sql("""
                insert into assessment_bulletin (scheme_id, status, created_by, created_at) values (:s, 'DRAFT', :by, :at)
                returning id""").param("s", schemeId).param("by", by).param("at", at).query(Long.class).single();
        write(id, paragraphs);
        return id;
    }

    /** Replaces a draft's paragraphs; false if it was changed or issued meanwhile. */
    boolean update(long id, int version, List<Paragraph> paragraphs) {
        int n = jdbc.sql("""
                update assessment_bulletin set version = version + 1 where id = :id and version = :v and status = 'DRAFT'""")
                .param("id", id).param("v", version).update();
        if (n == 0) {
            return false;
        }
        jdbc.sql("delete from assessment_bulletin_paragraph where bulletin_id = :id").param("id", id).update();
        write(id, paragraphs);
        return true;
    }

    boolean issue(long id, int version, String number, LocalDate on, String by, OffsetDateTime at) {
        return jdbc.sql("""
                update assessment_bulletin set status = 'ISSUED', doc_number = :n, issued_on = :on, issued_by = :by,
                       issued_at = :at, version = version + 1 where id = :id and version = :v and status = 'DRAFT'""")
                .param("n", number).param("on", on).param("by", by).param("at", at).param("id", id).param("v", version)
                .update() == 1;
    }

    boolean numberTaken(long schemeId, String number) {
        return jdbc.sql("select exists (select 1 from assessment_bulletin where scheme_id = :s and doc_number = :n)")
                .param("s", schemeId).param("n", number).query(Boolean.class).single();
    }

    int issuedCount(long schemeId) {
        return jdbc.sql("select count(*) from assessment_bulletin where scheme_id = :s and status = 'ISSUED'")
                .param("s", schemeId).query(Integer.class).single();
    }

    Optional<Bulletin> find(long id) {
        return jdbc.sql("select * from assessment_bulletin where id = :id").param("id", id).query((rs, n) -> head(rs))
                .optional().map(this::withParagraphs);
    }

    List<Bulletin> ofScheme(long schemeId) {
        return jdbc.sql("select * from assessment_bulletin where scheme_id = :s order by id desc").param("s", schemeId)
                .query((rs, n) -> head(rs)).list().stream().map(this::withParagraphs).toList();
    }

    private Bulletin withParagraphs(Bulletin b) {
        List<Paragraph> paragraphs = jdbc.sql("""
                select style, text from assessment_bulletin_paragraph where bulletin_id = :id order by seq""")
                .param("id", b.id()).query((rs, n) -> new Paragraph(Paragraph.Style.valueOf(rs.getString(1)),
                        rs.getString(2))).list();
        return new Bulletin(b.id(), b.schemeId(), b.status(), b.docNumber(), b.issuedOn(), b.issuedBy(), b.issuedAt(),
                b.createdBy(), b.createdAt(), b.version(), paragraphs);
    }

    private void write(long id, List<Paragraph> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) {
            jdbc.sql("insert into assessment_bulletin_paragraph (bulletin_id, seq, style, text) values (:b, :s, :st, :t)")
                    .param("b", id).param("s", i + 1).param("st", paragraphs.get(i).style().name())
                    .param("t", paragraphs.get(i).text()).update();
        }
    }

    private static Bulletin head(java.sql.ResultSet rs) throws java.sql.SQLException {
        OffsetDateTime issuedAt = rs.getObject("issued_at", OffsetDateTime.class);
        return new Bulletin(rs.getLong("id"), rs.getLong("scheme_id"),
                Bulletin.BulletinStatus.valueOf(rs.getString("status")), rs.getString("doc_number"),
                rs.getObject("issued_on", LocalDate.class), rs.getString("issued_by"),
                issuedAt == null ? null : issuedAt.toInstant(), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getInt("version"), List.of());
    }
}
