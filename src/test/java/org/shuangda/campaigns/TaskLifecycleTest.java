package org.shuangda.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shuangda.campaigns.CampaignStatus.ACTIVE;
import static org.shuangda.campaigns.CampaignStatus.CLOSED;
import static org.shuangda.campaigns.CampaignStatus.DRAFT;
import static org.shuangda.campaigns.Fixtures.MANAGER;
import static org.shuangda.campaigns.Fixtures.REPORTER;
import static org.shuangda.campaigns.Fixtures.TODAY;
import static org.shuangda.campaigns.Fixtures.VIEWER;
import static org.shuangda.campaigns.TaskAction.ADD_NOTE;
import static org.shuangda.campaigns.TaskAction.COMPLETE;
import static org.shuangda.campaigns.TaskAction.EDIT;
import static org.shuangda.campaigns.TaskAction.REOPEN;
import static org.shuangda.campaigns.TaskAction.REPORT_PROGRESS;
import static org.shuangda.campaigns.TaskParty.COOPERATOR;
import static org.shuangda.campaigns.TaskParty.LEAD;
import static org.shuangda.campaigns.TaskParty.OBSERVER;
import static org.shuangda.campaigns.TaskParty.OFFICE;

import java.time.LocalDate;
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
        assertThatCode(() -> Fixtures.open(ACTIVE).require(REPORT_PROGRESS, party, REPORTER, TODAY)).doesNotThrowAnyException();
    }

    @Test
    void aCooperatingUnitAddsNotesButNoProgressReports() {
        assertThatCode(() -> Fixtures.open(ACTIVE).require(ADD_NOTE, COOPERATOR, REPORTER, TODAY)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Fixtures.open(ACTIVE).require(REPORT_PROGRESS, COOPERATOR, REPORTER, TODAY))
                .isInstanceOf(AccessDeniedProblem.class);
    }

    @Test
    void anObserverWritesNothing() {
        assertThatThrownBy(() -> Fixtures.open(ACTIVE).require(ADD_NOTE, OBSERVER, REPORTER, TODAY))
                .isInstanceOf(AccessDeniedProblem.class);
        assertThatThrownBy(() -> Fixtures.open(ACTIVE).require(COMPLETE, OBSERVER, REPORTER, TODAY))
                .isInstanceOf(AccessDeniedProblem.class);
    }

    @Test
    void noProgressOnACompletedTaskButNotesStillWelcome() {
        assertThatThrownBy(() -> Fixtures.completed(ACTIVE).require(REPORT_PROGRESS, LEAD, REPORTER, TODAY))
                .isInstanceOf(TransitionRefused.class).hasMessageContaining("task.refused.completed");
        assertThatCode(() -> Fixtures.completed(ACTIVE).require(ADD_NOTE, COOPERATOR, REPORTER, TODAY)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(value = CampaignStatus.class, names = {"DRAFT", "CLOSED"})
    void nothingIsReportedOrCompletedOutsideAnActiveCampaign(CampaignStatus status) {
        assertThatThrownBy(() -> Fixtures.open(status).require(REPORT_PROGRESS, LEAD, REPORTER, TODAY))
                .isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(() -> Fixtures.open(status).require(ADD_NOTE, COOPERATOR, REPORTER, TODAY))
                .isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(() -> Fixtures.open(status).require(COMPLETE, OFFICE, REPORTER, TODAY))
                .isInstanceOf(TransitionRefused.class);
    }

    @Test
    void aTaskOfAClosedCampaignCannotBeCompleted() {
        assertThatThrownBy(() -> Fixtures.open(CLOSED).require(COMPLETE, LEAD, REPORTER, TODAY))
                .hasMessageContaining("campaign.refused.closed");
    }

    @ParameterizedTest
    @EnumSource(value = TaskParty.class, names = {"LEAD", "OFFICE"})
    void theLeadOrTheOfficeCompletesOnce(TaskParty party) {
        assertThatCode(() -> Fixtures.open(ACTIVE).require(COMPLETE, party, REPORTER, TODAY)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Fixtures.completed(ACTIVE).require(COMPLETE, party, REPORTER, TODAY))
                .isInstanceOf(TransitionRefused.class).hasMessageContaining("task.refused.alreadyCompleted");
    }

    @Test
    void aCooperatingUnitCannotComplete() {
        assertThatThrownBy(() -> Fixtures.open(ACTIVE).require(COMPLETE, COOPERATOR, REPORTER, TODAY))
                .isInstanceOf(AccessDeniedProblem.class);
    }

    @Test
    void onlyTheOfficeReopensACompletedTaskOfARunningCampaign() {
        assertThatCode(() -> Fixtures.completed(ACTIVE).require(REOPEN, OFFICE, REPORTER, TODAY)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Fixtures.completed(ACTIVE).require(REOPEN, LEAD, REPORTER, TODAY))
                .isInstanceOf(AccessDeniedProblem.class);
        assertThatThrownBy(() -> Fixtures.open(ACTIVE).require(REOPEN, OFFICE, REPORTER, TODAY))
                .hasMessageContaining("task.refused.notCompleted");
        assertThatThrownBy(() -> Fixtures.completed(CLOSED).require(REOPEN, OFFICE, REPORTER, TODAY))
                .hasMessageContaining("campaign.refused.closed");
    }

    @Test
    void onlyTheOfficeEditsATaskAndNotInAClosedCampaign() {
        assertThatCode(() -> Fixtures.open(DRAFT).require(EDIT, OFFICE, REPORTER, TODAY)).doesNotThrowAnyException();
        assertThatCode(() -> Fixtures.open(ACTIVE).require(EDIT, OFFICE, REPORTER, TODAY)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Fixtures.open(ACTIVE).require(EDIT, LEAD, REPORTER, TODAY)).isInstanceOf(AccessDeniedProblem.class);
        assertThatThrownBy(() -> Fixtures.open(CLOSED).require(EDIT, OFFICE, REPORTER, TODAY)).isInstanceOf(TransitionRefused.class);
    }

    @Test
    void theOfficeActsThroughCampaignManagementAUnitNeedsTaskReport() {
        assertThatCode(() -> Fixtures.open(ACTIVE).require(REPORT_PROGRESS, OFFICE, MANAGER, TODAY))
                .doesNotThrowAnyException();
        assertThatCode(() -> Fixtures.open(ACTIVE).require(COMPLETE, OFFICE, MANAGER, TODAY))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> Fixtures.open(ACTIVE).require(REPORT_PROGRESS, LEAD, VIEWER, TODAY))
                .isInstanceOf(AccessDeniedProblem.class);
        assertThatThrownBy(() -> Fixtures.open(ACTIVE).require(ADD_NOTE, COOPERATOR, VIEWER, TODAY))
                .isInstanceOf(AccessDeniedProblem.class);
    }

    @Test
    void eachPartyIsOfferedTheStepsItMayTakeNow() {
        assertThat(Fixtures.open(ACTIVE).availableTo(LEAD, REPORTER, TODAY))
                .containsExactly(REPORT_PROGRESS, ADD_NOTE, COMPLETE);
        assertThat(Fixtures.open(ACTIVE).availableTo(COOPERATOR, REPORTER, TODAY)).containsExactly(ADD_NOTE);
        assertThat(Fixtures.completed(ACTIVE).availableTo(OFFICE, MANAGER, TODAY))
                .containsExactly(ADD_NOTE, REOPEN, EDIT);
        assertThat(Fixtures.open(DRAFT).availableTo(OFFICE, MANAGER, TODAY)).containsExactly(EDIT);
        assertThat(Fixtures.open(CLOSED).availableTo(OFFICE, MANAGER, TODAY)).isEmpty();
        assertThat(Fixtures.open(ACTIVE).availableTo(OBSERVER, REPORTER, TODAY)).isEmpty();
        assertThat(Fixtures.open(ACTIVE).availableTo(LEAD, VIEWER, TODAY)).isEmpty();
    }

    @Test
    void theStatusFollowsCompletionTheDueDateAndProgress() {
        assertThat(Fixtures.open(ACTIVE).statusOn(TODAY)).isEqualTo(TaskStatus.NOT_STARTED);
        assertThat(Fixtures.open(ACTIVE).statusOn(LocalDate.of(2011, 1, 17))).isEqualTo(TaskStatus.OVERDUE);
        assertThat(Fixtures.completed(ACTIVE).statusOn(LocalDate.of(2011, 1, 17))).isEqualTo(TaskStatus.COMPLETED);
        assertThat(Fixtures.task(ACTIVE, LocalDate.of(2011, 1, 16), LocalDate.of(2011, 1, 4), null).statusOn(TODAY))
                .isEqualTo(TaskStatus.IN_PROGRESS);
    }
}
