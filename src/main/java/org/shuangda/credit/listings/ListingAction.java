package org.shuangda.credit.listings;

import java.util.Arrays;
import java.util.List;
import org.shuangda.shared.Actor;
import org.shuangda.shared.LifecycleAction;
import org.shuangda.shared.Permission;

/**
 * The steps of a listing, declared once: the states each is possible from, the list it belongs to and the
 * permission it needs. {@link Listing}'s guarded methods consult {@link #possibleIn} and {@link #appliesTo}; the
 * buttons and the API's {@code actions} come from {@link #available}. Labels: {@code listing.action.NAME}.
 */
public enum ListingAction implements LifecycleAction<ListingState> {
    /** 作出列入经营异常名录决定. */
    LIST(ListKind.ABNORMAL),
    /** 不予列入 (the ground fell away). */
    DROP(ListKind.ABNORMAL),
    /** 上一级同意列入严重违法失信名单. */
    AGREE(ListKind.SERIOUS),
    /** 上一级不同意列入. */
    DISAGREE(ListKind.SERIOUS),
    /** 企业提出异议 (within 30 days of publication). */
    OBJECT(ListKind.ABNORMAL),
    ACCEPT_OBJECTION(ListKind.ABNORMAL),
    REFUSE_OBJECTION(ListKind.ABNORMAL),
    /** 异议成立: the listing is corrected. */
    UPHOLD_OBJECTION(ListKind.ABNORMAL),
    /** 异议不成立. */
    DISMISS_OBJECTION(ListKind.ABNORMAL),
    /** 更正 (the wrong listing is removed from view). */
    CORRECT(ListKind.ABNORMAL),
    /** 申请移出 (abnormal: once the duty is done; serious: early, after one year). */
    APPLY_REMOVAL(ListKind.ABNORMAL, ListKind.SERIOUS),
    ACCEPT_REMOVAL(ListKind.ABNORMAL, ListKind.SERIOUS),
    REFUSE_REMOVAL(ListKind.ABNORMAL, ListKind.SERIOUS),
    /** 决定移出. */
    REMOVE(ListKind.ABNORMAL, ListKind.SERIOUS),
    /** 撤销以欺骗等不正当手段取得的移出决定 (Order 44 art.20): listed again, the period restarts. */
    REVERSE_REMOVAL(ListKind.SERIOUS),
    /** 列入满三年自动移出 (Order 44 art.21): the daily job's step, no button. */
    EXPIRE(ListKind.SERIOUS);

    private final List<ListKind> lists;

    ListingAction(ListKind... lists) {
        this.lists = List.of(lists);
    }

    @Override
    public Permission permission() {
        return Permission.CREDIT_MANAGE;
    }

    /** Whether the step belongs to {@code list}'s procedure. */
    public boolean appliesTo(ListKind list) {
        return lists.contains(list);
    }

    /** A step people take (the expiry is the daily job's). */
    public boolean manual() {
        return this != EXPIRE;
    }

    /** The upper level's step: only its units see the buttons (others are refused with 422). */
    public boolean agrees() {
        return this == AGREE || this == DISAGREE;
    }

    /** A step that says no: it needs a reason, its button is drawn as a warning. */
    public boolean refuses() {
        return this == DROP || this == DISAGREE || this == REFUSE_OBJECTION || this == DISMISS_OBJECTION
                || this == REFUSE_REMOVAL || this == REVERSE_REMOVAL;
    }

    @Override
    public boolean possibleIn(ListingState state) {
        return switch (this) {
            case LIST, DROP -> state == ListingState.PENDING;
            case AGREE, DISAGREE -> state == ListingState.AWAITING_AGREEMENT;
            case OBJECT, APPLY_REMOVAL -> state == ListingState.LISTED;
            case ACCEPT_OBJECTION, REFUSE_OBJECTION -> state == ListingState.OBJECTION_FILED;
            case UPHOLD_OBJECTION, DISMISS_OBJECTION -> state == ListingState.OBJECTION_VERIFYING;
            case CORRECT -> state == ListingState.CORRECTING;
            case ACCEPT_REMOVAL -> state == ListingState.REMOVAL_APPLIED;
            case REFUSE_REMOVAL -> state == ListingState.REMOVAL_APPLIED || state == ListingState.REMOVAL_ACCEPTED;
            case REMOVE -> state == ListingState.REMOVAL_ACCEPTED;
            case REVERSE_REMOVAL -> state == ListingState.REMOVED;
            case EXPIRE -> state == ListingState.LISTED || state == ListingState.REMOVAL_APPLIED
                    || state == ListingState.REMOVAL_ACCEPTED;
        };
    }

    /** The steps {@code actor} may take on {@code listing} now (its list, its state, the aggregate's own rules). */
    public static List<ListingAction> available(Actor actor, Listing listing) {
        return Arrays.stream(values()).filter(a -> a.manual() && a.allowedFor(actor, listing.state())
                && listing.allows(a) && (!a.agrees() || actor.unitRegionPath().equals(listing.agreementRegionPath())))
                .toList();
    }
}
