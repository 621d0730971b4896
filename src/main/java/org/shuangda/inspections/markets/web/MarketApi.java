package org.shuangda.inspections.markets.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.shuangda.inspections.markets.KeyMarket;
import org.shuangda.inspections.markets.KeyMarkets;
import org.shuangda.inspections.markets.MarketForm;
import org.shuangda.shared.Actor;
import org.shuangda.shared.web.PickerOption;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The key-market directory (重点市场名录库), and the market picker of the inspection-record form. */
@RestController
@Tag(name = "Inspections 检查", description = "Random inspections, key markets and inspection records")
class MarketApi {

    private final KeyMarkets markets;

    MarketApi(KeyMarkets markets) {
        this.markets = markets;
    }

    @GetMapping("/api/v1/markets")
    @Operation(summary = "Key markets within the caller's scope (INSPECTION_VIEW), at most 1000",
            description = "By place and name. kind: WHOLESALE (批发市场), BAZAAR (集贸市场), SHOPPING_CENTRE, "
                    + "ONLINE_PLATFORM. The food-safety director is masked. Sellers only on GET /{id}.")
    List<KeyMarket> list(Actor me, @Parameter(description = "part of the name or address")
            @RequestParam(required = false) String q, @RequestParam(required = false) String kind) {
        return markets.list(me, q, MarketPages.kindOf(kind));
    }

    @GetMapping("/api/v1/markets/{id}")
    @Operation(summary = "One key market with its sellers (INSPECTION_VIEW); 404 outside the scope")
    KeyMarket get(Actor me, @PathVariable long id) {
        return markets.get(me, id);
    }

    @PostMapping("/api/v1/markets")
    @Operation(summary = "Add a key market (INSPECTION_SETTINGS); audited",
            description = "Required: name (≤200), kind, operatorEntityId (an entity the caller sees), address (≤200), "
                    + "regionCode, stalls, sellers, frequency (WEEKLY, MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY). "
                    + "unitId (the supervising unit) defaults to the caller's; directorName and directorPhone are "
                    + "stored encrypted and only ever shown masked; sellerIds with sellerStalls in parallel. "
                    + "422 names each wrong field.")
    ResponseEntity<KeyMarket> create(Actor me, @RequestBody MarketForm body) {
        KeyMarket m = markets.create(me, body);
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/markets/" + m.id())).body(m);
    }

    @PutMapping("/api/v1/markets/{id}")
    @Operation(summary = "Change a key market (INSPECTION_SETTINGS); audited",
            description = "The whole market with the version read (stale: 422). A blank director keeps the stored one.")
    KeyMarket update(Actor me, @PathVariable long id, @RequestBody MarketForm body) {
        return markets.update(me, id, body);
    }

    @GetMapping("/api/v1/pickers/markets")
    @Operation(summary = "Key markets whose name or address contains q, for a picker (at most 20)", tags = "Pickers")
    List<PickerOption> pick(Actor me, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer limit) {
        return markets.list(me, q, null).stream().filter(KeyMarket::active).limit(PickerOption.limit(limit))
                .map(m -> new PickerOption(Long.toString(m.id()), m.name(), m.address())).toList();
    }
}
