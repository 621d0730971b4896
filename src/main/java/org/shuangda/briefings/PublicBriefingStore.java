package org.shuangda.briefings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code briefing_publication} (V213) and the public reads of issued documents marked public. */
@Repository
class PublicBriefingStore {

    /** A document on the public site: its title paragraph, number, issue day, region's name. */
    record Shown(long id, String title, String docNumber, LocalDate issuedOn, LocalDate publishedOn,
            String regionName) {
    }

    private static final String SHOWN = """
            select b.id, coalesce((select p.text from briefing_paragraph p where p.briefing_id = b.id
                                    order by (p.style = 'TITLE') desc, p.seq limit 1), '') as title,
                   b.doc_number, b.issued_on, x.published_on, r.name as region_name
              from briefing_publication x join briefing b on b.id = x.briefing_id
              join pub_region r on r.code = b.region_code
             where x.withdrawn_on is null and b.status = 'ISSUED'
            """;
    private static final String FILTERS = """
               and (cast(:from as date) is null or b.issued_on >= :from)
               and (cast(:to as date) is null or b.issued_on <= :to)
               and (cast(:region as text) is null or r.path like :region)
               and (cast(:like as text) is null or b.doc_number like :like escape '\\'
                    or exists (select 1 from briefing_paragraph p where p.briefing_id = b.id
                                  and p.text like :like escape '\\'))
            """;

    private final JdbcClient jdbc;

    PublicBriefingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks the document public from {@code on}; false when it is public already. */
    boolean publish(long id, LocalDate on, String by) {
        return jdbc.sql("""
                insert into briefing_publication (briefing_id, published_on, published_by) values (:id, :on, :by)
                on conflict (briefing_id) do update set published_on = excluded.published_on,
                       published_by = excluded.published_by, withdrawn_on = null, withdrawn_by = null
                 where briefing_publication.withdrawn_on is not null""")
                .param("id", id).param("on", on).param("by", by).update() == 1;
    }

    /** Takes the document off the public site; false when it was not on it. */
    boolean withdraw(long id, LocalDate on, String by) {
        return jdbc.sql("""
                update briefing_publication set withdrawn_on = :on, withdrawn_by = :by
                 where briefing_id = :id and withdrawn_on is null""")
                .param("id", id).param("on", on).param("by", by).update() == 1;
    }

    boolean isShown(long id) {
        return jdbc.sql("select count(*) from briefing_publication where briefing_id = :id and withdrawn_on is null")
                .param("id", id).query(Long.class).single() > 0;
    }

    List<Shown> shown(String like, LocalDate from, LocalDate to, String regionPath, int offset, int limit) {
        return jdbc.sql(SHOWN + FILTERS + " order by b.issued_on desc, b.id desc limit :limit offset :offset")
                .param("like", like).param("from", from).param("to", to)
                .param("region", regionPath == null ? null : regionPath + "%").param("limit", limit)
                .param("offset", offset).query(Shown.class).list();
    }

    long countShown(String like, LocalDate from, LocalDate to, String regionPath) {
        return jdbc.sql("select count(*) from (" + SHOWN + FILTERS + ") s").param("like", like).param("from", from)
                .param("to", to).param("region", regionPath == null ? null : regionPath + "%")
                .query(Long.class).single();
    }

    Optional<Shown> find(long id) {
        return jdbc.sql(SHOWN + " and b.id = :id").param("id", id).query(Shown.class).optional();
    }
}
