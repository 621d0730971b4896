package org.shuangda.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shuangda.campaigns.CampaignStatus.ACTIVE;
import static org.shuangda.campaigns.CampaignStatus.CLOSED;
import static org.shuangda.campaigns.CampaignStatus.DRAFT;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shuangda.shared.LifecycleAction;

/** DRAFT → ACTIVE → CLOSED and nothing else; a closed campaign is read-only. */
class CampaignLifecycleTest {

    @Test
    void aDraftIsActivated() {
        assertThat(Fixtures.campaign(DRAFT).take(CampaignAction.ACTIVATE).status()).isEqualTo(ACTIVE);
    }

    @ParameterizedTest
    @EnumSource(value = CampaignStatus.class, names = {"ACTIVE", "CLOSED"})
    void onlyADraftCanBeActivated(CampaignStatus status) {
        assertThatThrownBy(() -> Fixtures.campaign(status).take(CampaignAction.ACTIVATE)).isInstanceOf(TransitionRefused.class)
                .hasMessageContaining("campaign.refused.activate");
    }

    @Test
    void anActiveCampaignIsClosed() {
        assertThat(Fixtures.campaign(ACTIVE).take(CampaignAction.CLOSE).status()).isEqualTo(CLOSED);
    }

    @ParameterizedTest
    @EnumSource(value = CampaignStatus.class, names = {"DRAFT", "CLOSED"})
    void onlyAnActiveCampaignCanBeClosed(CampaignStatus status) {
        assertThatThrownBy(() -> Fixtures.campaign(status).take(CampaignAction.CLOSE)).isInstanceOf(TransitionRefused.class)
                .hasMessageContaining("campaign.refused.close");
    }

    @ParameterizedTest
    @EnumSource(value = CampaignStatus.class, names = {"DRAFT", "ACTIVE"})
    void draftsAndActiveCampaignsCanBeEdited(CampaignStatus status) {
        assertThatCode(() -> Fixtures.campaign(status).requireEditable()).doesNotThrowAnyException();
    }

    @Test
    void aClosedCampaignCannotBeEdited() {
        assertThatThrownBy(() -> Fixtures.campaign(CLOSED).requireEditable()).isInstanceOf(TransitionRefused.class)
                .hasMessageContaining("campaign.refused.closed");
    }

    @Test
    void theButtonsAreTheStepsPossibleNow() {
        assertThat(LifecycleAction.available(CampaignAction.class, Fixtures.MANAGER, DRAFT))
                .containsExactly(CampaignAction.ACTIVATE);
        assertThat(LifecycleAction.available(CampaignAction.class, Fixtures.MANAGER, ACTIVE))
                .containsExactly(CampaignAction.CLOSE);
        assertThat(LifecycleAction.available(CampaignAction.class, Fixtures.MANAGER, CLOSED)).isEmpty();
        assertThat(LifecycleAction.available(CampaignAction.class, Fixtures.REPORTER, DRAFT)).isEmpty();
    }

    @Test
    void onlyAnActiveCampaignRuns() {
        assertThatCode(() -> Fixtures.campaign(ACTIVE).requireRunning()).doesNotThrowAnyException();
        assertThatThrownBy(() -> Fixtures.campaign(DRAFT).requireRunning())
                .hasMessageContaining("campaign.refused.notActive");
        assertThatThrownBy(() -> Fixtures.campaign(CLOSED).requireRunning())
                .hasMessageContaining("campaign.refused.closed");
    }
}
