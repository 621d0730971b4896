package org.shuangda.assessment;

import java.util.Optional;
import org.shuangda.shared.AssessmentGrades;
import org.springframework.stereotype.Component;

/**
 * {@link AssessmentGrades}: the latest published run of a member unit (a scheme over units) or of a region (a scheme
 * over regions), scored as published.
 */
@Component
class PublishedGrades implements AssessmentGrades {

    private final PublishedGradeStore store;
    private final SchemeStore schemes;
    private final RunStore runs;

    PublishedGrades(PublishedGradeStore store, SchemeStore schemes, RunStore runs) {
        this.store = store;
        this.schemes = schemes;
        this.runs = runs;
    }

    @Override
    public Optional<PublishedGrade> latestOfUnit(long unitId) {
        return store.latestPublishedRunOfUnit(unitId).flatMap(this::grade);
    }

    @Override
    public Optional<PublishedGrade> latestOfRegion(String regionCode) {
        return regionCode == null ? Optional.empty() : store.latestPublishedRunOfRegion(regionCode).flatMap(this::grade);
    }

    private Optional<PublishedGrade> grade(long runId) {
        Optional<Run> run = runs.find(runId);
        Optional<Scheme> scheme = run.flatMap(r -> schemes.find(r.schemeId())).map(SchemeStore.Placed::scheme);
        if (run.isEmpty() || scheme.isEmpty()) {
            return Optional.empty();
        }
        Scorecard card = Scorecard.of(scheme.get(), run.get());
        Scheme s = scheme.get();
        return Optional.of(new PublishedGrade(s.id(), s.title(), s.year(), run.get().targetName(), card.grade().name(),
                card.total(), card.vetoed(), run.get().publishedAt()));
    }
}
