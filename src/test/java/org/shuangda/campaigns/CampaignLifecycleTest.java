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

/** DRAFT → ACTIVE → CLOSED and nothing else; a closed campaign is read-only. */
class CampaignLifecycleTest {

    @Test
    void aDraftIsActivated() {
        assertThat(Fixtures.campaign(DRAFT).activate()).isEqualTo(ACTIVE);
    }

    @ParameterizedTest
    @EnumSource(value = CampaignStatus.class, names = {"ACTIVE", "CLOSED"})
    void onlyADraftCanBeActivated(CampaignStatus status) {
        assertThatThrownBy(() -> Fixtures.campaign(status).activate()).isInstanceOf(TransitionRefused.class)
                .hasMessageContaining("campaign.refused.activate");
    }

    @Test
    void anActiveCampaignIsClosed() {
        assertThat(Fixtures.campaign(ACTIVE).close()).isEqualTo(CLOSED);
    }

    @ParameterizedTest
    @EnumSource(value = CampaignStatus.class, names = {"DRAFT", "CLOSED"})
    void onlyAnActiveCampaignCanBeClosed(CampaignStatus status) {
        assertThatThrownBy(() -> Fixtures.campaign(status).close()).isInstanceOf(TransitionRefused.class)
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
    void onlyAnActiveCampaignRuns() {
        assertThatCode(() -> Fixtures.campaign(ACTIVE).requireRunning()).doesNotThrowAnyException();
        assertThatThrownBy(() -> Fixtures.campaign(DRAFT).requireRunning())
                .hasMessageContaining("campaign.refused.notActive");
        assertThatThrownBy(() -> Fixtures.campaign(CLOSED).requireRunning())
                .hasMessageContaining("campaign.refused.closed");
    }
}
