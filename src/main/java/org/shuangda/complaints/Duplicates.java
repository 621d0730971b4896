package org.shuangda.complaints;

import java.util.List;
import org.shuangda.shared.Actor;
import org.springframework.stereotype.Service;

/**
 * Open filings that look like the same matter: against the same business (equal USCC, or a similar name by
 * pg_trgm) with similar text. Shown to the handler, who decides whether to merge them. Only filings the actor
 * sees are candidates, chosen in SQL before the ten most alike are kept, so a duplicate within the actor's
 * scope is found however many lie outside it.
 */
@Service
public class Duplicates {

    /** A candidate with how alike the texts are (0–1). */
    public record Candidate(Filing filing, double textSimilarity) {
    }

    private final FilingListStore lists;

    Duplicates(FilingListStore lists) {
        this.lists = lists;
    }

    public List<Candidate> of(Actor me, Filing f) {
        return lists.similarTo(f, Filings.visibleTo(me));
    }
}
