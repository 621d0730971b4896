package org.shuangda.publicity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.shuangda.publicity.ActivityForm;
import org.shuangda.publicity.PublicityActivities;
import org.shuangda.publicity.PublicityActivity;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Publicity activities (宣传活动) and their photos. */
@RestController
@Tag(name = "Publicity 宣传活动", description = "Publicity activities of member units: 展览, 讲座, 媒体报道, 网络宣传, 集中销毁, 咨询台")
class ActivityApi {

    private final PublicityActivities activities;

    ActivityApi(PublicityActivities activities) {
        this.activities = activities;
    }

    @GetMapping("/api/v1/publicity/activities")
    @Operation(summary = "Publicity activities within the caller's scope (CAMPAIGN_VIEW over the unit), newest first, at most 1000",
            description = "from/to (ISO dates) bound the activity's day; kind: EXHIBITION (展览), LECTURE (讲座), MEDIA "
                    + "(媒体报道), ONLINE (网络宣传), DESTRUCTION (集中销毁), CONSULTATION (咨询台); unitId: one unit's.")
    List<PublicityActivity> list(Actor me, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String kind,
            @RequestParam(required = false) Long unitId) {
        return activities.list(me, ActivityPages.date("from", from), ActivityPages.date("to", to),
                ActivityPages.kindOf(kind), unitId);
    }

    @GetMapping("/api/v1/publicity/activities/{id}")
    @Operation(summary = "One activity with its photos' names, types and sizes; 404 outside the scope")
    PublicityActivity get(Actor me, @PathVariable long id) {
        return activities.get(me, id);
    }

    @PostMapping("/api/v1/publicity/activities")
    @Operation(summary = "Record an activity; audited",
            description = "Kept by the unit's reporters and task officers (REPORT_SUBMIT or TASK_REPORT) and by the "
                    + "office whose CAMPAIGN_MANAGE covers the unit's region. Required: kind, title (≤200), heldOn (ISO, "
                    + "not after today). unitId defaults to the caller's unit; campaignId: a campaign whose region holds "
                    + "the unit's; materials (份), attendance (人次) and reach (人次) are counts ≥ 0; place one line "
                    + "(≤200), note a paragraph (≤2000). 422 names every field refused.")
    ResponseEntity<PublicityActivity> create(Actor me, @RequestBody ActivityForm body) {
        PublicityActivity a = activities.create(me, body);
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/publicity/activities/" + a.id()))
                .body(a);
    }

    @PutMapping("/api/v1/publicity/activities/{id}")
    @Operation(summary = "Change an activity; audited", description = "The whole activity with the version read (stale: 422).")
    PublicityActivity update(Actor me, @PathVariable long id, @RequestBody ActivityForm body) {
        return activities.update(me, id, body);
    }

    @DeleteMapping("/api/v1/publicity/activities/{id}")
    @Operation(summary = "Remove an activity recorded by mistake, with its photos; audited")
    ResponseEntity<Void> delete(Actor me, @PathVariable long id) {
        activities.delete(me, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(value = "/api/v1/publicity/activities/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Add a photo (multipart part \"photo\"); audited",
            description = "JPG or PNG, by its name and its first bytes, at most 5 MB, at most 9 per activity: 422 on "
                    + "photo with the reason otherwise, nothing stored.")
    ResponseEntity<PublicityActivity> addPhoto(Actor me, @PathVariable long id,
            @RequestPart(name = "photo", required = false) MultipartFile photo) throws IOException {
        if (photo == null || photo.isEmpty() && (photo.getOriginalFilename() == null
                || photo.getOriginalFilename().isBlank())) {
            throw new InvalidInput("photo", "publicity.photo.none");
        }
        PublicityActivity a = activities.addPhoto(me, id, photo.getOriginalFilename(), photo.getSize(),
                photo.getInputStream());
        return ResponseEntity.status(HttpStatus.CREATED).body(a);
    }

    @GetMapping("/api/v1/publicity/activities/{id}/photos/{photoId}")
    @Operation(summary = "A photo's bytes (image/jpeg or image/png); 404 outside the scope")
    ResponseEntity<byte[]> photo(Actor me, @PathVariable long id, @PathVariable long photoId) {
        PublicityActivities.Photo p = activities.photo(me, id, photoId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(p.contentType()))
                .cacheControl(CacheControl.noStore()).header("X-Content-Type-Options", "nosniff").body(p.content());
    }

    @DeleteMapping("/api/v1/publicity/activities/{id}/photos/{photoId}")
    @Operation(summary = "Remove a photo; audited")
    PublicityActivity deletePhoto(Actor me, @PathVariable long id, @PathVariable long photoId) {
        return activities.deletePhoto(me, id, photoId);
    }
}
