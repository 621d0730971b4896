package org.shuangda.publicity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.campaigns.CampaignStatus;
import org.shuangda.campaigns.CampaignSummary;
import org.shuangda.campaigns.Campaigns;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.publicity.ActivityForm;
import org.shuangda.publicity.PublicityActivities;
import org.shuangda.publicity.PublicityActivity;
import org.shuangda.publicity.PublicityKind;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.Permission;
import org.shuangda.shared.web.FormErrors;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The publicity activities' pages (宣传活动): the list with its totals and filters, the form (photos may come with
 * it), the activity with its photos, and adding or removing a photo.
 */
@Controller
@RequestMapping("/publicity")
class ActivityPages {

    private final PublicityActivities activities;
    private final Campaigns campaigns;
    private final UnitDirectory units;
    private final FormErrors formErrors;

    ActivityPages(PublicityActivities activities, Campaigns campaigns, UnitDirectory units, FormErrors formErrors) {
        this.activities = activities;
        this.campaigns = campaigns;
        this.units = units;
        this.formErrors = formErrors;
    }

    @GetMapping
    String list(Actor me, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String kind, Model model) {
        List<PublicityActivity> rows = activities.list(me, date("from", from), date("to", to), kindOf(kind), null);
        model.addAttribute("activities", rows);
        model.addAttribute("totalMaterials", rows.stream().mapToLong(PublicityActivity::materials).sum());
        model.addAttribute("totalAttendance", rows.stream().mapToLong(PublicityActivity::attendance).sum());
        model.addAttribute("totalReach", rows.stream().mapToLong(PublicityActivity::reach).sum());
        model.addAttribute("from", from == null ? "" : from);
        model.addAttribute("to", to == null ? "" : to);
        model.addAttribute("kind", kindOf(kind));
        model.addAttribute("kinds", PublicityKind.values());
        model.addAttribute("mayRecord", activities.mayRecord(me));
        return "publicity/list";
    }

    @GetMapping("/new")
    String newForm(Actor me, Model model) {
        if (!activities.mayRecord(me)) {
            throw new AccessDeniedProblem("may not record publicity activities");
        }
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        return form(me, model, null, new ActivityForm(me.unitId(), null, today, null, null, null, null, null, null,
                null, null), Map.of());
    }

    @PostMapping
    String create(Actor me, @ModelAttribute ActivityForm form,
            @RequestParam(name = "photos", required = false) List<MultipartFile> photos, Model model,
            RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        try {
            PublicityActivity a = activities.create(me, form, uploads(photos));
            redirect.addFlashAttribute("saved", a.title());
            return "redirect:/publicity/" + a.id();
        } catch (InvalidInput e) {
            response.setStatus(422);
            return form(me, model, null, form, formErrors.of(e));
        }
    }

    @GetMapping("/{id}")
    String show(Actor me, @PathVariable long id, Model model) {
        model.addAttribute("activity", activities.get(me, id));
        model.addAttribute("mayEdit", activities.mayEdit(me, id));
        model.addAttribute("errors", Map.of());
        model.addAttribute("photoMax", PublicityActivities.PHOTOS_MAX);
        return "publicity/detail";
    }

    @GetMapping("/{id}/edit")
    String edit(Actor me, @PathVariable long id, Model model) {
        PublicityActivity a = activities.get(me, id);
        if (!activities.mayEdit(me, id)) {
            throw new AccessDeniedProblem("publicity activity " + id + " is another unit's");
        }
        return form(me, model, a, new ActivityForm(a.unitId(), a.campaignId(), a.heldOn().toString(), a.kind().name(),
                a.title(), a.place(), a.materials(), a.attendance(), a.reach(), a.note(), a.version()), Map.of());
    }

    @PostMapping("/{id}")
    String update(Actor me, @PathVariable long id, @ModelAttribute ActivityForm form, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            PublicityActivity a = activities.update(me, id, form);
            redirect.addFlashAttribute("saved", a.title());
            return "redirect:/publicity/" + a.id();
        } catch (InvalidInput e) {
            response.setStatus(422);
            return form(me, model, activities.get(me, id), form, formErrors.of(e));
        }
    }

    @PostMapping("/{id}/delete")
    String delete(Actor me, @PathVariable long id, RedirectAttributes redirect) {
        activities.delete(me, id);
        redirect.addFlashAttribute("deleted", true);
        return "redirect:/publicity";
    }

    @PostMapping("/{id}/photos")
    String addPhoto(Actor me, @PathVariable long id, @RequestParam(name = "photos", required = false)
            List<MultipartFile> photos, Model model, RedirectAttributes redirect, HttpServletResponse response)
            throws IOException {
        try {
            List<MultipartFile> chosen = chosen(photos);
            if (chosen.isEmpty()) {
                throw new InvalidInput("photo", "publicity.photo.none");
            }
            activities.addPhotos(me, id, uploads(photos));
            redirect.addFlashAttribute("photoAdded", true);
            return "redirect:/publicity/" + id;
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("activity", activities.get(me, id));
            model.addAttribute("mayEdit", activities.mayEdit(me, id));
            model.addAttribute("errors", formErrors.of(e));
            model.addAttribute("photoMax", PublicityActivities.PHOTOS_MAX);
            return "publicity/detail";
        }
    }

    @PostMapping("/{id}/photos/{photoId}/delete")
    String deletePhoto(Actor me, @PathVariable long id, @PathVariable long photoId, RedirectAttributes redirect) {
        activities.deletePhoto(me, id, photoId);
        return "redirect:/publicity/" + id;
    }

    /** A photo, shown in the page (inline; the activity's readers only). */
    @GetMapping("/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(Actor me, @PathVariable long id, @PathVariable long photoId) {
        PublicityActivities.Photo p = activities.photo(me, id, photoId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(p.contentType()))
                .cacheControl(CacheControl.noStore()).header("X-Content-Type-Options", "nosniff").body(p.content());
    }

    private static List<PublicityActivities.PhotoUpload> uploads(List<MultipartFile> photos) throws IOException {
        List<PublicityActivities.PhotoUpload> out = new ArrayList<>();
        for (MultipartFile photo : chosen(photos)) {
            out.add(new PublicityActivities.PhotoUpload(photo.getOriginalFilename(), photo.getSize(),
                    photo.getInputStream()));
        }
        return out;
    }

    private static List<MultipartFile> chosen(List<MultipartFile> photos) {
        return photos == null ? List.of() : photos.stream()
                .filter(p -> p != null && p.getOriginalFilename() != null && !p.getOriginalFilename().isBlank())
                .toList();
    }

    private String form(Actor me, Model model, PublicityActivity activity, ActivityForm typed,
            Map<String, String> errors) {
        model.addAttribute("activity", activity);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", PublicityKind.values());
        model.addAttribute("units", unitChoices(me, typed.unitId()));
        List<CampaignSummary> running = new ArrayList<>(campaigns.list(me, CampaignStatus.ACTIVE));
        model.addAttribute("campaigns", running);
        model.addAttribute("photoMax", PublicityActivities.PHOTOS_MAX);
        model.addAttribute("photoMaxMb", PublicityActivities.PHOTO_MAX_BYTES / 1024 / 1024);
        return "publicity/form";
    }

    /** The caller's unit, and for the office the units of its region. */
    private List<UnitRef> unitChoices(Actor me, Long chosen) {
        Map<Long, UnitRef> out = new LinkedHashMap<>();
        units.find(me.unitId()).ifPresent(u -> out.put(u.id(), u));
        if (me.can(Permission.CAMPAIGN_MANAGE)) {
            for (UnitRef u : units.inRegion(me.unitRegionCode())) {
                if (u.active()) {
                    out.putIfAbsent(u.id(), u);
                }
            }
        }
        if (chosen != null) {
            units.find(chosen).ifPresent(u -> out.putIfAbsent(u.id(), u));
        }
        return List.copyOf(out.values());
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "publicity.error.date", value.strip());
        }
    }

    static PublicityKind kindOf(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return PublicityKind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("kind", "publicity.error.kind", kind.strip());
        }
    }
}
