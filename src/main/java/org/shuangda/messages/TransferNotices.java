package org.shuangda.messages;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.shuangda.cases.transfer.TransferHandedOver;
import org.shuangda.identity.Officer;
import org.shuangda.identity.Officers;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.NotificationSender.Notification;
import org.shuangda.shared.Permission;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A transfer handed over to the police (已移送): the police unit addressed is told (its receivers,
 * {@code TRANSFER_RECEIVE}), and so are the prosecutors overseeing the case's county ({@code TRANSFER_OVERSEE},
 * 检察监督). After the hand-over's commit, retried at the next start if it failed.
 */
@Component
class TransferNotices {

    private static final Locale NOTICE_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final NotificationDispatcher dispatcher;
    private final UnitDirectory units;
    private final Officers officers;
    private final MessageSource messages;

    TransferNotices(NotificationDispatcher dispatcher, UnitDirectory units, Officers officers, MessageSource messages) {
        this.dispatcher = dispatcher;
        this.units = units;
        this.officers = officers;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(TransferHandedOver event) {
        String agency = units.find(event.agencyUnitId()).map(UnitRef::name).orElse("");
        String police = units.find(event.policeUnitId()).map(UnitRef::name).orElse("");
        String link = "/transfers/" + event.transferId();
        dispatcher.deliver(new Notification(event.policeUnitId(), police, "TRANSFER_HANDED_OVER",
                text("inbox.transfer.police.subject", agency), text("inbox.transfer.police.body", agency, police),
                link, Permission.TRANSFER_RECEIVE, null));
        Map<Long, String> prosecutors = new LinkedHashMap<>();
        for (Officer o : officers.holding(Permission.TRANSFER_OVERSEE, county(event.regionPath()))) {
            prosecutors.putIfAbsent(o.unit().id(), o.unit().name());
        }
        prosecutors.forEach((unitId, name) -> dispatcher.deliver(new Notification(unitId, name,
                "TRANSFER_OVERSIGHT", text("inbox.transfer.prosecutor.subject", agency),
                text("inbox.transfer.prosecutor.body", agency, police), link, Permission.TRANSFER_OVERSEE, null)));
    }

    /** The last code of a region path: {@code /140000/140400/140426/} → {@code 140426}. */
    static String county(String regionPath) {
        String[] parts = regionPath.replaceAll("^/+|/+$", "").split("/");
        return parts[parts.length - 1];
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, NOTICE_LOCALE);
    }
}
