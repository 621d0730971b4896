package org.shuangda.complaints;

import java.util.List;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Actors;
import org.springframework.stereotype.Service;

/**
 * Open filings that look like the same matter: against the same business (equal USCC, or a similar name by
 * pg_trgm) with similar text. Shown to the handler, who decides whether to merge them.
 */
@Service
public class Duplicates {

    /** A candidate with how alike the texts are (0–1). */
    public record Candidate(Filing filing, double textSimilarity) {
    }

    static final double NAME_SIMILARITY = 0.4;
    static final double TEXT_SIMILARITY = 0.15;

    private final FilingStore store;

    Duplicates(FilingStore store) {
        this.store = store;
    }

    public List<Candidate> of(Filing f) {
        Actor actor = Actors.require();
        return store.jdbc().sql(FilingStore.SELECT.replace("select f.*,",
                        "select f.*, similarity(f.content, :content) as text_similarity,") + """
                 where f.id <> :id and f.status in ('RECEIVED', 'ACCEPTED') and f.merged_into_id is null
                   and ((cast(:uscc as text) is not null and f.target_uscc = :uscc)
                        or (f.target_name <> '' and similarity(f.target_name, :name) >= :nameMin))
                   and similarity(f.content, :content) >= :textMin
                 order by text_similarity desc, f.id limit 10""")
                .param("id", f.id()).param("uscc", f.targetUscc()).param("name", f.targetName())
                .param("content", f.content()).param("nameMin", NAME_SIMILARITY).param("textMin", TEXT_SIMILARITY)
                .query((rs, n) -> new Candidate(FilingStore.map(rs, n), rs.getDouble("text_similarity")))
                .list().stream().filter(c -> Filings.sees(actor, c.filing())).toList();
    }
}
