package org.shuangda.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.shuangda.entities.PublicEntities;
import org.shuangda.entities.PublicEntity;
import org.shuangda.organization.Region;
import org.shuangda.organization.Regions;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.PublicListings;
import org.shuangda.shared.web.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * What the portal shows, gathered from every {@link PublicListings} bean: the sections in their order, each
 * section's latest records, a search (one section or all), and the entity lookup with what each section shows about
 * the entity today. A section that fails is logged and left out, so one broken module never takes the site down
 * (an unreachable database still answers 503).
 */
@Service
public class Portal {

    private static final Logger log = LoggerFactory.getLogger(Portal.class);

    /** Records per section on the home page and in an all-sections search. */
    public static final int PREVIEW = 5;
    public static final int PAGE_SIZE = 20;
    /** Records per section on an entity's page. */
    public static final int ABOUT = 50;

    private final List<PublicListings> sections;
    private final PublicEntities entities;
    private final Regions regions;
    private final Clock clock;

    Portal(List<PublicListings> sections, PublicEntities entities, Regions regions, Clock clock) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(PublicListings::order)
                .thenComparing(PublicListings::section)).toList();
        this.entities = entities;
        this.regions = regions;
        this.clock = clock;
    }

    /** A section as the navigation names it. */
    public record Section(String key, String titleCode, String path) {
    }

    /** One section's records in a result: the page, how many matched. */
    public record Block(Section section, List<PublicListings.Item> items, long total) {
    }

    /** The filters of a search, as typed. */
    public record Filters(String text, String section, LocalDate from, LocalDate to, String regionCode, int page) {
    }

    /** An entity and what is published about it today, section by section (sections with nothing left out). */
    public record EntityPage(PublicEntity entity, List<Block> blocks) {

        public long total() {
            return blocks.stream().mapToLong(Block::total).sum();
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")));
    }

    public List<Section> sections() {
        return sections.stream().map(Portal::section).toList();
    }

    /** The home page: each section's latest records. */
    public List<Block> latest() {
        PublicListings.Query query = new PublicListings.Query(null, null, null, null, today(), 0, PREVIEW);
        List<Block> blocks = new ArrayList<>();
        for (PublicListings s : sections) {
            search(s, query).ifPresent(blocks::add);
        }
        return blocks;
    }

    /**
     * A search: one section's page when {@link Filters#section()} names one (unknown: 422), else the first
     * {@link #PREVIEW} of every section with its count. Dates the wrong way round or a region that does not exist
     * answer 422 on the field.
     */
    public List<Block> search(Filters f) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        PublicListings only = null;
        if (f.section() != null && !f.section().isBlank()) {
            only = sections.stream().filter(s -> s.section().equals(f.section().strip())).findFirst().orElse(null);
            if (only == null) {
                problems.add("section", "portal.error.section", f.section().strip());
            }
        }
        if (f.from() != null && f.to() != null && f.to().isBefore(f.from())) {
            problems.add("to", "portal.error.dates", f.from(), f.to());
        }
        String regionPath = null;
        if (f.regionCode() != null && !f.regionCode().isBlank()) {
            Optional<Region> region = f.regionCode().strip().matches("\\d{6}")
                    ? regions.find(f.regionCode().strip()) : Optional.empty();
            if (region.isEmpty()) {
                problems.add("regionCode", "portal.error.region", f.regionCode().strip());
            } else {
                regionPath = region.get().path();
            }
        }
        problems.throwIfAny();
        List<Block> blocks = new ArrayList<>();
        if (only != null) {
            search(only, new PublicListings.Query(f.text(), f.from(), f.to(), regionPath, today(), f.page(), PAGE_SIZE))
                    .ifPresent(blocks::add);
            return blocks;
        }
        PublicListings.Query query = new PublicListings.Query(f.text(), f.from(), f.to(), regionPath, today(), 0, PREVIEW);
        for (PublicListings s : sections) {
            search(s, query).filter(b -> b.total() > 0).ifPresent(blocks::add);
        }
        return blocks;
    }

    /** Entities by name (two characters or more) or whole USCC; a person is never found by a name. */
    public List<PublicEntity> lookup(String q) {
        return entities.lookup(q, PublicEntities.MAX);
    }

    /** One entity and what is published about it today; 404 for an unknown id. */
    public EntityPage entity(long id) {
        PublicEntity e = entities.find(id).orElseThrow(() -> new NotFoundProblem("entity", id));
        PublicListings.Subject subject = new PublicListings.Subject(e.id(), e.name(), e.uscc());
        LocalDate today = today();
        List<Block> blocks = new ArrayList<>();
        for (PublicListings s : sections) {
            try {
                // every record here concerns this entity: it is named as the lookup shows it (a bare personal name
                // of an 个体工商户 masked), whatever name the section has on file
                List<PublicListings.Item> items = s.about(subject, today, ABOUT).stream()
                        .map(i -> new PublicListings.Item(i.section(), i.title(), e.name(), i.uscc() == null ? null
                                : e.uscc(), i.date(), i.shownUntil(), i.authority(), i.summary(), i.link(), i.badge()))
                        .toList();
                if (!items.isEmpty()) {
                    blocks.add(new Block(section(s), items, items.size()));
                }
            } catch (RuntimeException ex) {
                if (DatabaseUnavailable.is(ex)) {
                    throw ex;
                }
                log.warn("Public section {} failed for entity {}: {}", s.section(), id, ex.toString());
            }
        }
        return new EntityPage(e, blocks);
    }

    private static Optional<Block> search(PublicListings s, PublicListings.Query query) {
        try {
            PublicListings.Page page = s.search(query);
            return Optional.of(new Block(section(s), page.items(), page.total()));
        } catch (RuntimeException ex) {
            if (DatabaseUnavailable.is(ex)) {
                throw ex; // 503 with Retry-After, not an empty page
            }
            log.warn("Public section {} failed: {}", s.section(), ex.toString());
            return Optional.empty();
        }
    }

    private static Section section(PublicListings s) {
        return new Section(s.section(), s.titleCode(), s.path());
    }
}
