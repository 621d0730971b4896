package org.shuangda.campaigns.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.shuangda.campaigns.Campaign;
import org.shuangda.campaigns.CampaignAction;
import org.shuangda.campaigns.CampaignCloning;
import org.shuangda.campaigns.CampaignStatus;
import org.shuangda.campaigns.CampaignSummary;
import org.shuangda.campaigns.CampaignView;
import org.shuangda.campaigns.Campaigns;
import org.shuangda.campaigns.TaskFilter;
import org.shuangda.campaigns.Tasks;
import org.shuangda.shared.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/campaigns")
@Tag(name = "Campaigns", description = "专项行动: plans with phases, leading group, focus lists and goals; tasks under /api/v1/tasks")
class CampaignApi {

    /** The body of a clone request. */
    record CloneRequest(LocalDate startsOn, String title) {
    }

    private final Campaigns campaigns;
    private final CampaignCloning cloning;
    private final Tasks tasks;

    CampaignApi(Campaigns campaigns, CampaignCloning cloning, Tasks tasks) {
        this.campaigns = campaigns;
        this.cloning = cloning;
        this.tasks = tasks;
    }

    @GetMapping
    @Operation(summary = "Campaigns of the regions in the caller's scope, newest first")
    List<CampaignSummary> list(Actor me, @RequestParam(required = false) CampaignStatus status) {
        return campaigns.list(me, status);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One campaign with its phases and own group seats")
    CampaignView one(Actor me, @PathVariable long id) {
        return campaigns.get(me, id);
    }

    @PostMapping
    @Operation(summary = "Create a campaign as DRAFT (id, status and version in the body are ignored)")
    ResponseEntity<CampaignView> create(Actor me, @RequestBody Campaign campaign) {
        CampaignView saved = campaigns.create(me, campaign);
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + saved.id())).body(saved);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a campaign's plan, phases and seats; send the version you read")
    CampaignView update(Actor me, @PathVariable long id, @RequestBody Campaign campaign) {
        return campaigns.update(me, id, campaign);
    }

    @GetMapping("/{id}/phases")
    @Operation(summary = "The campaign's phases in plan order")
    List<Campaign.Phase> phases(Actor me, @PathVariable long id) {
        return campaigns.get(me, id).phases();
    }

    @PutMapping("/{id}/phases")
    @Operation(summary = "Replace the campaign's phases")
    List<Campaign.Phase> replacePhases(Actor me, @PathVariable long id, @RequestBody List<Campaign.Phase> phases) {
        return campaigns.replacePhases(me, id, phases == null ? List.of()
                : phases.stream().filter(java.util.Objects::nonNull).toList()).phases();
    }

    @PostMapping("/{id}/clone")
    @Operation(summary = "Copy the campaign as a DRAFT starting on startsOn: phases and due dates shifted, units kept, no progress")
    ResponseEntity<CampaignView> cloneOf(Actor me, @PathVariable long id, @RequestBody CloneRequest request) {
        CampaignView copy = cloning.cloneOf(me, id, request == null ? null : request.startsOn(),
                request == null ? null : request.title());
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + copy.id())).body(copy);
    }

    @PostMapping("/{id}/activate")
    @Operation(summary = "Issue a DRAFT campaign (→ ACTIVE)")
    CampaignView activate(Actor me, @PathVariable long id) {
        return campaigns.take(me, id, CampaignAction.ACTIVATE);
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close an ACTIVE campaign (→ CLOSED, read-only)")
    CampaignView close(Actor me, @PathVariable long id) {
        return campaigns.take(me, id, CampaignAction.CLOSE);
    }

    @GetMapping("/{id}/tasks")
    @Operation(summary = "The campaign's tasks the caller may see, with computed status")
    List<TaskJson> tasks(Actor me, @PathVariable long id) {
        campaigns.get(me, id);
        return tasks.list(me, TaskFilter.ofCampaign(id)).stream().map(TaskJson::of).toList();
    }
}
