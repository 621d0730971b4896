package org.shuangda.leadership;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.shuangda.briefings.Briefing;
import org.shuangda.briefings.Briefings;
import org.shuangda.campaigns.CampaignStatus;
import org.shuangda.campaigns.CampaignSummary;
import org.shuangda.campaigns.Campaigns;
import org.shuangda.leadership.Meeting.AgendaItem;
import org.shuangda.leadership.Meeting.LinkKind;
import org.shuangda.reporting.Round;
import org.shuangda.reporting.RoundView;
import org.shuangda.reporting.Rounds;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.MeetingLinkTargets;
import org.shuangda.shared.NotFoundProblem;
import org.springframework.stereotype.Component;

/**
 * What an agenda item may link to (a campaign, a round's figures, a briefing) and where such a link leads: each
 * record is looked up through its own module's published service as the reader, so the picker offers only records
 * the office may open and the meeting page links only what its reader may open (the title alone otherwise).
 * Assessment results come through {@link MeetingLinkTargets} (assessment depends on leadership, so leadership
 * asks through shared); without an implementation none are offered.
 */
@Component
public class AgendaLinks {

    /** One choice of the picker: {@code value} is {@code KIND:id}. */
    public record Option(LinkKind kind, long id, String label) {

        public String value() {
            return kind + ":" + id;
        }
    }

    /** An agenda item with the page it links to, or {@code href} null when there is none the reader may open. */
    public record Linked(AgendaItem item, String label, String href) {
    }

    private final Campaigns campaigns;
    private final Rounds rounds;
    private final Briefings briefings;
    private final List<MeetingLinkTargets> others;

    AgendaLinks(Campaigns campaigns, Rounds rounds, Briefings briefings, List<MeetingLinkTargets> others) {
        this.campaigns = campaigns;
        this.rounds = rounds;
        this.briefings = briefings;
        this.others = List.copyOf(others);
    }

    /**
     * The picker's choices for a meeting of {@code campaignId} (null: no campaign): the running campaigns, and the
     * campaign's rounds and issued or drafted briefings the actor may read.
     */
    public List<Option> options(Actor actor, Long campaignId) {
        List<Option> out = new ArrayList<>();
        for (CampaignSummary c : quietly(() -> campaigns.list(actor, CampaignStatus.ACTIVE), List.<CampaignSummary>of())) {
            out.add(new Option(LinkKind.CAMPAIGN, c.id(), c.title()));
        }
        if (campaignId != null) {
            for (RoundView r : quietly(() -> rounds.list(actor, campaignId), List.<RoundView>of())) {
                out.add(new Option(LinkKind.ROUND, r.round().id(), r.round().name()));
            }
            for (Briefing b : quietly(() -> briefings.list(actor, campaignId), List.<Briefing>of())) {
                out.add(new Option(LinkKind.BRIEFING, b.id(), b.title()));
            }
        }
        for (MeetingLinkTargets source : others) {
            LinkKind kind = LinkKind.valueOf(source.kind());
            quietly(() -> source.offered(actor), List.<MeetingLinkTargets.Target>of())
                    .forEach(t -> out.add(new Option(kind, t.id(), t.label())));
        }
        return out;
    }

    /** Whether {@code actor} may open the record: what the form accepts as a link. */
    boolean visible(Actor actor, LinkKind kind, long id) {
        return resolve(actor, kind, id).isPresent();
    }

    /** Each agenda item with its link as {@code reader} may follow it. */
    public List<Linked> linked(Actor reader, List<AgendaItem> agenda) {
        return agenda.stream().map(a -> a.linkKind() == null ? new Linked(a, null, null)
                : resolve(reader, a.linkKind(), a.linkId()).map(l -> new Linked(a, l.label(), l.href()))
                        .orElseGet(() -> new Linked(a, null, null)))
                .toList();
    }

    private record Target(String label, String href) {
    }

    private Optional<Target> resolve(Actor actor, LinkKind kind, long id) {
        return switch (kind) {
            case CAMPAIGN -> quietly(() -> Optional.of(new Target(campaigns.get(actor, id).title(), "/campaigns/" + id)),
                    Optional.empty());
            case ROUND -> quietly(() -> {
                Round r = rounds.get(actor, id).round();
                return Optional.of(new Target(r.name(),
                        "/reporting/dashboard?campaign=" + r.campaignId() + "&round=" + r.id()));
            }, Optional.empty());
            case BRIEFING -> quietly(() -> Optional.of(new Target(briefings.get(actor, id).title(), "/briefings/" + id)),
                    Optional.empty());
            case ASSESSMENT -> others.stream().filter(s -> s.kind().equals(kind.name())).findFirst()
                    .flatMap(s -> quietly(() -> s.find(actor, id), Optional.<MeetingLinkTargets.Target>empty()))
                    .map(t -> new Target(t.label(), t.href()));
        };
    }

    /** The record's own service answers 404 or 403 outside the reader's scope: then there is nothing to link. */
    private static <T> T quietly(Supplier<T> lookup, T otherwise) {
        try {
            return lookup.get();
        } catch (NotFoundProblem | AccessDeniedProblem e) {
            return otherwise;
        }
    }
}
