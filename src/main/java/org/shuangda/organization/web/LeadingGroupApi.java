package org.shuangda.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.shuangda.organization.LeadingGroup;
import org.shuangda.organization.LeadingGroups;
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

@RestController
@RequestMapping("/api/v1/leading-groups")
@Tag(name = "Leading groups", description = "双打 leading groups (领导小组) with their office and members")
class LeadingGroupApi {

    private final LeadingGroups groups;

    LeadingGroupApi(LeadingGroups groups) {
        this.groups = groups;
    }

    @GetMapping
    @Operation(summary = "Leading groups of the regions in the caller's reach")
    List<LeadingGroup> list(Actor me) {
        return groups.list(me);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One leading group with its members")
    LeadingGroup one(Actor me, @PathVariable long id) {
        return groups.get(me, id);
    }

    @PostMapping
    @Operation(summary = "Create a leading group (id and version in the body are ignored)")
    ResponseEntity<LeadingGroup> create(Actor me, @RequestBody LeadingGroup group) {
        LeadingGroup saved = groups.save(me, withId(group, null));
        return ResponseEntity.created(URI.create("/api/v1/leading-groups/" + saved.id())).body(saved);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a leading group and its members; send the version you read")
    LeadingGroup update(Actor me, @PathVariable long id, @RequestBody LeadingGroup group) {
        return groups.save(me, withId(group, id));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a leading group")
    ResponseEntity<Void> delete(Actor me, @PathVariable long id) {
        groups.delete(me, id);
        return ResponseEntity.noContent().build();
    }

    private static LeadingGroup withId(LeadingGroup g, Long id) {
        return new LeadingGroup(id, g.name(), g.regionCode(), null, g.officeUnitId(), null, g.officeContact(),
                g.officePhone(), g.duties(), g.establishedOn(), g.members(), g.version());
    }
}
