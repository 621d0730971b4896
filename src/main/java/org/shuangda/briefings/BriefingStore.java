package org.shuangda.briefings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Rows of {@code briefing} and {@code briefing_paragraph}: {@link #find}, {@link #insert} and {@link #update}
 * of a whole document. No access checks (the service does them) and no state decisions ({@link Briefing}
 * makes them); regions are read through organization's {@code pub_region}.
 */
@Repository
class BriefingStore {

    /** A document with its campaign region's path, for scope checks. */
    record Placed(Briefing briefing, String regionPath) {
    }

    private static final String SELECT = """
            select b.*, g.path as region_path from briefing b join pub_region g on g.code = b.region_code
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    BriefingStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long insert(Briefing b) {
        long id = jdbc.sql("""
                insert into briefing (kind, campaign_id, round_id, region_code, rounded, status, created_by, created_at,
                                      updated_at)
                values (:kind, :campaign, :round, :region, :rounded, :status, :by, :at, :at) returning id""")
                .param("kind", b.kind().name()).param("campaign", b.campaignId()).param("round", b.roundId())
                .param("region", b.regionCode()).param("rounded", b.rounded()).param("status", b.status().name())
                .param("by", b.createdBy()).param("at", timestamp(b.createdAt())).query(Long.class).single();
        writeParagraphs(id, b.paragraphs());
        return id;
    }

    Optional<Placed> find(long id) {
        return jdbc.sql(SELECT + " where b.id = :id").param("id", id).query(this::placed).optional();
    }

    List<Placed> listByCampaign(long campaignId) {
        return jdbc.sql(SELECT + " where b.campaign_id = :c order by b.id desc").param("c", campaignId)
                .query(this::placed).list();
    }

    /** Writes the whole document if {@code expectedVersion} is still current; false when it changed meanwhile. */
    boolean update(Briefing b, int expectedVersion) {
        int updated = jdbc.sql("""
                update briefing set status = :status, doc_number = :number, issued_on = :on, issued_by = :by,
                       issued_at = :at, version = version + 1, updated_at = :now
                 where id = :id and version = :v""")
                .param("id", b.id()).param("v", expectedVersion).param("status", b.status().name())
                .param("number", b.docNumber()).param("on", b.issuedOn()).param("by", b.issuedBy())
                .param("at", timestamp(b.issuedAt())).param("now", OffsetDateTime.now(clock)).update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("delete from briefing_paragraph where briefing_id = :id").param("id", b.id()).update();
        writeParagraphs(b.id(), b.paragraphs());
        return true;
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

    /** The path of region {@code code} (a round's or a campaign's), for scope checks. */
    String regionPath(String code) {
        return jdbc.sql("select path from pub_region where code = :c").param("c", code).query(String.class).single();
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

    private static OffsetDateTime timestamp(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
