package org.shuangda.briefings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code briefing} and {@code briefing_paragraph}; no access checks (the service does them). */
@Repository
class BriefingStore {

    /** A document with its campaign region's path, for scope checks. */
    record Placed(Briefing briefing, String regionPath) {
    }

    private static final String SELECT = """
            select b.*, g.path as region_path from briefing b join region g on g.code = b.region_code
            """;

    private final JdbcClient jdbc;

    BriefingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(BriefingKind kind, long campaignId, Long roundId, String regionCode, boolean rounded, String by,
            List<Paragraph> paragraphs) {
        long id = jdbc.sql("""
                insert into briefing (kind, campaign_id, round_id, region_code, rounded, status, created_by)
                values (:kind, :campaign, :round, :region, :rounded, 'DRAFT', :by) returning id""")
                .param("kind", kind.name()).param("campaign", campaignId).param("round", roundId)
                .param("region", regionCode).param("rounded", rounded).param("by", by).query(Long.class).single();
        writeParagraphs(id, paragraphs);
        return id;
    }

    Optional<Placed> find(long id) {
        return jdbc.sql(SELECT + " where b.id = :id").param("id", id).query(this::placed).optional();
    }

    List<Placed> listByCampaign(long campaignId) {
        return jdbc.sql(SELECT + " where b.campaign_id = :c order by b.id desc").param("c", campaignId)
                .query(this::placed).list();
    }

    /** Replaces a draft's paragraphs if {@code version} is current; false when stale or issued meanwhile. */
    boolean replaceParagraphs(long id, int version, List<Paragraph> paragraphs) {
        int updated = jdbc.sql("""
                update briefing set version = version + 1, updated_at = now()
                 where id = :id and version = :v and status = 'DRAFT'""")
                .param("id", id).param("v", version).update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("delete from briefing_paragraph where briefing_id = :id").param("id", id).update();
        writeParagraphs(id, paragraphs);
        return true;
    }

    /** Issues a draft; false when it was issued already (the row's status guards against a double issue). */
    boolean issue(long id, String docNumber, LocalDate issuedOn, String by) {
        return jdbc.sql("""
                update briefing set status = 'ISSUED', doc_number = :number, issued_on = :on, issued_by = :by,
                       issued_at = now(), version = version + 1, updated_at = now()
                 where id = :id and status = 'DRAFT'""")
                .param("id", id).param("number", docNumber).param("on", issuedOn).param("by", by).update() == 1;
    }

    boolean numberTaken(long campaignId, String docNumber) {
        return jdbc.sql("select count(*) from briefing where campaign_id = :c and doc_number = :n")
                .param("c", campaignId).param("n", docNumber).query(Long.class).single() > 0;
    }

    /** Issued documents of the campaign in {@code year}: the next number is one more. */
    int issuedIn(long campaignId, int year) {
        return jdbc.sql("""
                select count(*) from briefing where campaign_id = :c and status = 'ISSUED'
                   and extract(year from issued_on) = :y""")
                .param("c", campaignId).param("y", year).query(Integer.class).single();
    }

    private void writeParagraphs(long id, List<Paragraph> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) {
            jdbc.sql("insert into briefing_paragraph (briefing_id, seq, style, text) values (:id, :seq, :style, :text)")
                    .param("id", id).param("seq", i + 1).param("style", paragraphs.get(i).style().name())
                    .param("text", paragraphs.get(i).text()).update();
        }
    }

    private Placed placed(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        List<Paragraph> paragraphs = jdbc.sql("""
                select style, text from briefing_paragraph where briefing_id = :id order by seq""").param("id", id)
                .query((p, i) -> new Paragraph(Paragraph.Style.valueOf(p.getString(1)), p.getString(2))).list();
        OffsetDateTime issuedAt = rs.getObject("issued_at", OffsetDateTime.class);
        Briefing b = new Briefing(id, BriefingKind.valueOf(rs.getString("kind")), rs.getLong("campaign_id"),
                rs.getObject("round_id", Long.class), rs.getString("region_code"), rs.getBoolean("rounded"),
                BriefingStatus.valueOf(rs.getString("status")), rs.getString("doc_number"),
                rs.getObject("issued_on", LocalDate.class), rs.getString("issued_by"),
                issuedAt == null ? null : issuedAt.toInstant(),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getInt("version"), paragraphs);
        return new Placed(b, rs.getString("region_path"));
    }
}
