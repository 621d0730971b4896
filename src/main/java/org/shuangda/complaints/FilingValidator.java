package org.shuangda.complaints;

import java.util.ArrayList;
import java.util.List;
import org.shuangda.entities.ResidentIdNumber;
import org.shuangda.entities.Uscc;
import org.shuangda.organization.Regions;
import org.shuangda.shared.InvalidInput;
import org.springframework.stereotype.Component;

/** Checks a filing request field by field and reports every problem at once (422). */
@Component
class FilingValidator {

    static final int MAX_CONTENT = 5000;
    static final int MAX_NAME = 200;

    private final Regions regions;
    private final FilingFiles files;

    private final java.time.Clock clock;

    FilingValidator(Regions regions, FilingFiles files, java.time.Clock clock) {
        this.regions = regions;
        this.files = files;
        this.clock = clock;
    }

    ValidFiling validate(FilingRequest r) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        Track track = parse(() -> Track.parse(r.track(), "track"), problems);
        Channel channel = parse(() -> Channel.parse(r.channel()), problems);
        Category category = r.category() == null || r.category().isBlank() ? Category.OTHER
                : parse(() -> Category.parse(r.category()), problems);
        FilerKind kind = r.filerKind() == null || r.filerKind().isBlank() ? FilerKind.CONSUMER
                : parse(() -> Codes.parse(FilerKind.class, r.filerKind(), "filerKind"), problems);
        String content = strip(r.content());
        if (content == null) {
            problems.add("content", "error.required");
        } else if (content.length() > MAX_CONTENT) {
            problems.add("content", "filing.error.tooLong", MAX_CONTENT);
        }
        String region = strip(r.regionCode());
        if (region == null) {
            problems.add("regionCode", "error.required");
        } else if (!currentRegion(region)) {
            problems.add("regionCode", "filing.error.region", region);
        }
        String target = strip(r.targetName());
        if (target == null && track != Track.ENQUIRY) {
            problems.add("targetName", "error.required");
        } else if (target != null && target.length() > MAX_NAME) {
            problems.add("targetName", "filing.error.tooLong", MAX_NAME);
        }
        String uscc = Uscc.normalize(strip(r.targetUscc()));
        if (uscc != null && !Uscc.isValid(uscc)) {
            problems.add("targetUscc", "filing.error.uscc", uscc);
        }
        boolean anonymous = Boolean.TRUE.equals(r.anonymous());
        if (anonymous && track != null && track != Track.REPORT) {
            problems.add("anonymous", "filing.error.anonymousOnlyReport");
        }
        String name = anonymous ? null : strip(r.filerName());
        String phone = anonymous ? null : strip(r.filerPhone());
        String idNumber = anonymous ? null : strip(r.filerIdNumber());
        String address = anonymous ? null : strip(r.filerAddress());
        if (!anonymous) {
            if (name == null) {
                problems.add("filerName", "error.required");
            } else if (name.length() > 50) {
                problems.add("filerName", "filing.error.tooLong", 50);
            }
            if (phone == null) {
                problems.add("filerPhone", "error.required");
            } else if (!phone.matches("[0-9+\\- ]{7,20}")) {
                problems.add("filerPhone", "filing.error.phone");
            }
            if (idNumber != null && !ResidentIdNumber.isValid(idNumber, java.time.LocalDate.now(clock))) {
                problems.add("filerIdNumber", "filing.error.idNumber");
            }
            if (address != null && address.length() > MAX_NAME) {
                problems.add("filerAddress", "filing.error.tooLong", MAX_NAME);
            }
        }
        List<FilingFiles.Checked> checked = new ArrayList<>();
        try {
            checked = files.check(r.attachments());
        } catch (InvalidInput e) {
            e.problems().forEach(p -> problems.add(p.field(), p.reason(), p.args()));
        }
        problems.throwIfAny();
        return new ValidFiling(track, channel, category, content, region, target == null ? "" : target, uscc, kind,
                anonymous, name, phone, idNumber == null ? null : idNumber.toUpperCase(java.util.Locale.ROOT), address,
                checked);
    }

    private final java.util.concurrent.ConcurrentHashMap<String, Long> currentRegions = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether the code is a current region; positive answers are kept for 10 minutes (codes retire yearly). */
    private boolean currentRegion(String code) {
        Long checked = currentRegions.get(code);
        if (checked != null && System.nanoTime() - checked < 600_000_000_000L) {
            return true;
        }
        boolean current = regions.find(code).filter(x -> x.validTo() == null).isPresent();
        if (current) {
            currentRegions.put(code, System.nanoTime());
        }
        return current;
    }

    private static <T> T parse(java.util.function.Supplier<T> parser, InvalidInput.Collector problems) {
        try {
            return parser.get();
        } catch (InvalidInput e) {
            e.problems().forEach(p -> problems.add(p.field(), p.reason(), p.args()));
            return null;
        }
    }

    static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
