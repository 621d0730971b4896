package org.shuangda.reporting.rounds;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import org.shuangda.reporting.Round;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The upper levels of the approval chain. Unit submissions are accepted by the office over the unit (the
 * county office). A region's roll-up is then accepted ("signed off") by an office over its <em>parent</em>
 * region (the city office for a county), and only when everything below is done: every expected unit
 * sitting directly in the region has an accepted submission, and every child region with units is signed
 * off (counting only units of the round's own region: a county campaign's round expects nothing of the city's
 * bureaus). So a province signs off a city only after the city signed off all its counties.
 */
@Service
public class RegionSignoffs {

    private final SignoffStore store;
    private final RoundService rounds;
    private final RoundStore roundStore;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegionSignoffs(SignoffStore store, RoundService rounds, RoundStore roundStore, ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.rounds = rounds;
        this.roundStore = roundStore;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void signOff(Actor actor, long roundId, String regionCode) {
        DataScope scope = actor.require(Permission.REPORT_REVIEW);
        Round round = rounds.visible(actor, roundId);
        SignoffStore.Place region = store.place(regionCode).filter(p -> scope.coversArea(p.path()))
                .orElseThrow(() -> new NotFoundProblem("region", regionCode));
        if (region.parentPath() == null || !scope.coversArea(region.parentPath())) {
            throw new InvalidInput("region", "reporting.signoff.scope");
        }
        // only the units of the round's region are expected to report into it
        String roundPath = roundStore.regionPath(round.regionCode()).orElseThrow();
        int unitsPending = store.unitsPending(round.id(), regionCode, roundPath);
        if (unitsPending > 0) {
            throw new InvalidInput("region", "reporting.signoff.unitsPending", unitsPending);
        }
        int regionsPending = store.regionsPending(round.id(), regionCode, roundPath);
        if (regionsPending > 0) {
            throw new InvalidInput("region", "reporting.signoff.regionsPending", regionsPending);
        }
        if (store.insert(round.id(), regionCode, actor.username(), LocalDateTime.now(clock))) {
            events.publishEvent(AuditableChange.created(actor, "report_region_signoff", round.id() + "/" + regionCode,
                    round.name() + " · " + region.name(), Map.of("round", round.name(), "region", regionCode)));
        }
    }

    /** Whether the region's roll-up of the round is signed off (the office's and the leader's view). */
    public boolean signedOff(Actor actor, long roundId, String regionCode) {
        ReportingAccess.rollupScope(actor);
        return store.signedOff(roundId, regionCode);
    }
}
