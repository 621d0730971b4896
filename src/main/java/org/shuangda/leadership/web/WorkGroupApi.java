package org.shuangda.leadership.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.shuangda.leadership.WorkGroup;
import org.shuangda.leadership.WorkGroups;
import org.shuangda.shared.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Work groups of leading groups (issue 15). */
@RestController
@RequestMapping("/api/v1/work-groups")
@Tag(name = "Work groups 工作组")
class WorkGroupApi {

    private final WorkGroups workGroups;

    WorkGroupApi(WorkGroups workGroups) {
        this.workGroups = workGroups;
    }

    @GetMapping
    @Operation(summary = "Work groups of the leading groups of the regions the caller sees")
    List<WorkGroup> list(Actor me) {
        return workGroups.list(me);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One work group with its members (404 outside scope)")
    WorkGroup get(Actor me, @PathVariable long id) {
        return workGroups.get(me, id);
    }

    @PostMapping
    @Operation(summary = "Create a work group under a leading group the caller's office runs")
    ResponseEntity<WorkGroup> create(Actor me, @RequestBody WorkGroup group) {
        WorkGroup saved = workGroups.save(me, new WorkGroup(null, group.leadingGroupId(), null, null, group.name(),
                group.duties(), group.leadUnitId(), null, group.members(), 0));
        return ResponseEntity.created(URI.create("/api/v1/work-groups/" + saved.id())).body(saved);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a work group with its members (version as read)")
    WorkGroup update(Actor me, @PathVariable long id, @RequestBody WorkGroup group) {
        return workGroups.save(me, new WorkGroup(id, group.leadingGroupId(), null, null, group.name(), group.duties(),
                group.leadUnitId(), null, group.members(), group.version()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a work group no decision was given to")
    ResponseEntity<Void> delete(Actor me, @PathVariable long id) {
        workGroups.delete(me, id);
        return ResponseEntity.noContent().build();
    }
}
