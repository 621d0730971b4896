package org.shuangda.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shuangda.campaigns.CampaignStatus.ACTIVE;
import static org.shuangda.campaigns.CampaignStatus.CLOSED;
import static org.shuangda.campaigns.CampaignStatus.DRAFT;
import static org.shuangda.campaigns.ProgressKind.NOTE;
import static org.shuangda.campaigns.ProgressKind.PROGRESS;
import static org.shuangda.campaigns.TaskParty.COOPERATOR;
import static org.shuangda.campaigns.TaskParty.LEAD;
import static org.shuangda.campaigns.TaskParty.OBSERVER;
import static org.shuangda.campaigns.TaskParty.OFFICE;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shuangda.shared.AccessDeniedProblem;

/** Who may report, note, complete, reopen and edit a task, in which campaign and task state. */
class TaskLifecycleTest {

    @Test
    void theUnitsPartyFollowsTheTask() {
        CampaignTask task = Fixtures.open(ACTIVE);
        assertThat(task.partyOf(Fixtures.LEAD, false)).isEqualTo(LEAD);
        assertThat(task.partyOf(Fixtures.COOPERATOR, false)).isEqualTo(COOPERATOR);
        assertThat(task.partyOf(Fixtures.STRANGER, false)).isEqualTo(OBSERVER);
        assertThat(task.partyOf(Fixtures.STRANGER, true)).isEqualTo(OFFICE);
    }

    @ParameterizedTest
    @EnumSource(value = TaskParty.class, names = {"LEAD", "OFFICE"})
    void theLeadAndTheOfficeReportProgressOnAnOpenTask(TaskParty party) {
        assertThatCode(() -> Fixtures.open(ACTIVE).requireMayReport(party, PROGRESS)).doesNotThrowAnyException();
    }

    @Test
    void aCooperatingUnitAddsNotesButNoProgressReports() {
        assertThatCode(() -> Fixtures.open(ACTIVE).requireMayReport(COOPERATOR, NOTE)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Fixtures.open(ACTIVE).requireMayReport(COOPERATOR, PROGRESS))
                .isInstanceOf(AccessDeniedProblem.class);
    }

    @Test
    void anObserverWritesNothing() {
        assertThatThrownBy(() -> Fixtures.open(ACTIVE).requireMayReport(OBSERVER, NOTE))
                .isInstanceOf(AccessDeniedProblem.class);
        assertThatThrownBy(() -> Fixtures.open(ACTIVE).requireMayComplete(OBSERVER))
                .isInstanceOf(AccessDeniedProblem.class);
    }

    @Test
    void noProgressOnACompletedTaskButNotesStillWelcome() {
        assertThatThrownBy(() -> Fixtures.completed(ACTIVE).requireMayReport(LEAD, PROGRESS))
                .isInstanceOf(TransitionRefused.class).hasMessageContaining("task.refused.completed");
        assertThatCode(() -> Fixtures.completed(ACTIVE).requireMayReport(COOPERATOR, NOTE)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(value = CampaignStatus.class, names = {"DRAFT", "CLOSED"})
    void nothingIsReportedOrCompletedOutsideAnActiveCampaign(CampaignStatus status) {
        assertThatThrownBy(() -> Fixtures.open(status).requireMayReport(LEAD, PROGRESS))
                .isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(() -> Fixtures.open(status).requireMayReport(COOPERATOR, NOTE))
                .isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(() -> Fixtures.open(status).requireMayComplete(OFFICE))
                .isInstanceOf(TransitionRefused.class);
    }

    @Test
    void aTaskOfAClosedCampaignCannotBeCompleted() {
        assertThatThrownBy(() -> Fixtures.open(CLOSED).requireMayComplete(LEAD))
                .hasMessageContaining("campaign.refused.closed");
    }

    @ParameterizedTest
    @EnumSource(value = TaskParty.class, names = {"LEAD", "OFFICE"})
    void theLeadOrTheOfficeCompletesOnce(TaskParty party) {
        assertThatCode(() -> Fixtures.open(ACTIVE).requireMayComplete(party)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Fixtures.completed(ACTIVE).requireMayComplete(party))
                .isInstanceOf(TransitionRefused.class).hasMessageContaining("task.refused.alreadyCompleted");
    }

    @Test
    void aCooperatingUnitCannotComplete() {
        assertThatThrownBy(() -> Fixtures.open(ACTIVE).requireMayComplete(COOPERATOR))
                .isInstanceOf(AccessDeniedProblem.class);
    }

    @Test
    void onlyTheOfficeReopensACompletedTaskOfARunningCampaign() {
        assertThatCode(() -> Fixtures.completed(ACTIVE).requireMayReopen(OFFICE)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Fixtures.completed(ACTIVE).requireMayReopen(LEAD))
                .isInstanceOf(AccessDeniedProblem.class);
        assertThatThrownBy(() -> Fixtures.open(ACTIVE).requireMayReopen(OFFICE))
                .hasMessageContaining("task.refused.notCompleted");
        assertThatThrownBy(() -> Fixtures.completed(CLOSED).requireMayReopen(OFFICE))
                .hasMessageContaining("campaign.refused.closed");
    }

    @Test
    void onlyTheOfficeEditsATaskAndNotInAClosedCampaign() {
        assertThatCode(() -> Fixtures.open(DRAFT).requireMayEdit(OFFICE)).doesNotThrowAnyException();
        assertThatCode(() -> Fixtures.open(ACTIVE).requireMayEdit(OFFICE)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Fixtures.open(ACTIVE).requireMayEdit(LEAD)).isInstanceOf(AccessDeniedProblem.class);
        assertThatThrownBy(() -> Fixtures.open(CLOSED).requireMayEdit(OFFICE)).isInstanceOf(TransitionRefused.class);
    }
}
