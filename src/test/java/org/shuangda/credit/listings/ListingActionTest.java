package org.shuangda.credit.listings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every step of both lists against every state: the steps allowed from each state are exactly the table below,
 * and each step belongs to its list only (the aggregate refuses the others, {@link CreditListingsTest} takes
 * them on real listings).
 */
class ListingActionTest {

    private static final Map<ListingState, Set<ListingAction>> ALLOWED = Map.ofEntries(
            Map.entry(ListingState.PENDING, EnumSet.of(ListingAction.LIST, ListingAction.DROP)),
            Map.entry(ListingState.AWAITING_AGREEMENT, EnumSet.of(ListingAction.AGREE, ListingAction.DISAGREE)),
            Map.entry(ListingState.LISTED, EnumSet.of(ListingAction.OBJECT, ListingAction.APPLY_REMOVAL,
                    ListingAction.EXPIRE)),
            Map.entry(ListingState.OBJECTION_FILED, EnumSet.of(ListingAction.ACCEPT_OBJECTION,
                    ListingAction.REFUSE_OBJECTION)),
            Map.entry(ListingState.OBJECTION_VERIFYING, EnumSet.of(ListingAction.UPHOLD_OBJECTION,
                    ListingAction.DISMISS_OBJECTION)),
            Map.entry(ListingState.CORRECTING, EnumSet.of(ListingAction.CORRECT)),
            Map.entry(ListingState.CORRECTED, EnumSet.noneOf(ListingAction.class)),
            Map.entry(ListingState.REMOVAL_APPLIED, EnumSet.of(ListingAction.ACCEPT_REMOVAL,
                    ListingAction.REFUSE_REMOVAL, ListingAction.EXPIRE)),
            Map.entry(ListingState.REMOVAL_ACCEPTED, EnumSet.of(ListingAction.REMOVE, ListingAction.REFUSE_REMOVAL,
                    ListingAction.EXPIRE)),
            Map.entry(ListingState.REMOVED, EnumSet.of(ListingAction.REVERSE_REMOVAL)),
            Map.entry(ListingState.DROPPED, EnumSet.noneOf(ListingAction.class)),
            Map.entry(ListingState.REJECTED, EnumSet.noneOf(ListingAction.class)));

    private static final Set<ListingAction> SERIOUS_ONLY = EnumSet.of(ListingAction.AGREE, ListingAction.DISAGREE,
            ListingAction.REVERSE_REMOVAL, ListingAction.EXPIRE);
    private static final Set<ListingAction> BOTH = EnumSet.of(ListingAction.APPLY_REMOVAL,
            ListingAction.ACCEPT_REMOVAL, ListingAction.REFUSE_REMOVAL, ListingAction.REMOVE);

    @Test
    void every_step_is_possible_exactly_in_its_states() {
        assertThat(ALLOWED.keySet()).containsExactlyInAnyOrder(ListingState.values());
        for (ListingState state : ListingState.values()) {
            for (ListingAction action : ListingAction.values()) {
                assertThat(action.possibleIn(state)).as(action + " in " + state)
                        .isEqualTo(ALLOWED.get(state).contains(action));
            }
        }
    }

    @Test
    void every_step_belongs_to_its_list() {
        for (ListingAction action : ListingAction.values()) {
            boolean serious = SERIOUS_ONLY.contains(action) || BOTH.contains(action);
            boolean abnormal = !SERIOUS_ONLY.contains(action);
            assertThat(action.appliesTo(ListKind.SERIOUS)).as(action + " on the serious list").isEqualTo(serious);
            assertThat(action.appliesTo(ListKind.ABNORMAL)).as(action + " on the abnormal list").isEqualTo(abnormal);
        }
        assertThat(ListingAction.EXPIRE.manual()).isFalse();
    }

    @Test
    void the_states_on_the_list_are_shown_and_the_others_not() {
        assertThat(EnumSet.allOf(ListingState.class).stream().filter(ListingState::onList))
                .containsExactlyInAnyOrder(ListingState.LISTED, ListingState.OBJECTION_FILED,
                        ListingState.OBJECTION_VERIFYING, ListingState.CORRECTING, ListingState.REMOVAL_APPLIED,
                        ListingState.REMOVAL_ACCEPTED);
    }

    @Test
    void the_upper_level_is_the_region_above_and_a_province_needs_none() {
        assertThat(CreditListings.upperRegion("/140000/140400/140426/")).isEqualTo("/140000/140400/");
        assertThat(CreditListings.upperRegion("/140000/140400/")).isEqualTo("/140000/");
        assertThat(CreditListings.upperRegion("/140000/")).isNull();
    }

    @Test
    void persons_keep_their_family_name_only() {
        assertThat(SubjectMask.person("张三丰")).isEqualTo("张某某");
        assertThat(SubjectMask.person("李四")).isEqualTo("李某");
        assertThat(SubjectMask.person(" ")).isEqualTo("某");
    }
}
