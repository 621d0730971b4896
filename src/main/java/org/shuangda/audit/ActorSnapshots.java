package org.shuangda.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.web.ClientAddress;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who did it, frozen at the time of the entry: the user, their unit and the unit's tree and region paths
 * (the page filters a scoped admin's view on these snapshots, so moving a unit later changes nothing).
 */
@Component
class ActorSnapshots {

    /** The actor columns of an entry; all null for the system (demo data, scheduled jobs). */
    record ActorSnapshot(Long userId, String username, String name, Long unitId, String unitName,
            String unitPath, String regionPath) {

        static final ActorSnapshot SYSTEM = new ActorSnapshot(null, null, null, null, null, null, null);
    }

    private static final Object MEMO_KEY = new Object();

    private final UnitDirectory units;
    private final ObjectProvider<UserDetailsService> accounts;
    private final ClientAddress clients;

    ActorSnapshots(UnitDirectory units, ObjectProvider<UserDetailsService> accounts, ClientAddress clients) {
        this.clients = clients;
        this.units = units;
        this.accounts = accounts;
    }

    /**
     * A change that names its actor ({@code actorName}: a login attempt) is recorded under that username
     * even if the browser's session is someone else's, with no user id — whoever typed the password is not
     * known to be the account holder — but with the account's unit, so the admin responsible for that unit
     * sees attempts on its accounts. An unknown username gets no unit: only scope ALL sees it.
     * Otherwise the change's actor ({@link Actor#system} for jobs, listeners and the demo).
     */
    ActorSnapshot of(AuditableChange change) {
        if (change.actorName() != null) {
            String username = CanonicalJson.clean(change.actorName());
            Optional<UnitRef> unit = accountUnit(change.actorName());
            return new ActorSnapshot(null, username, username, unit.map(UnitRef::id).orElse(null),
                    unit.map(UnitRef::name).orElse(null), unit.map(UnitRef::path).orElse(null),
                    unit.map(UnitRef::regionPath).orElse(null));
        }
        if (change.actor() == null) {
            throw new IllegalArgumentException("an audited change names its actor: " + change.objectType());
        }
        return change.actor().isSystem() ? system(change.actor()) : snapshot(change.actor());
    }

    /** The system acting: no user and no unit (only scope ALL sees it), named by its reason. */
    private static ActorSnapshot system(Actor actor) {
        return new ActorSnapshot(null, null, CanonicalJson.clean(actor.displayName()), null, null, null, null);
    }

    /** No unit found (the demo loader's system actor has unit 0): no paths, so only scope ALL sees it. */
    private ActorSnapshot snapshot(Actor actor) {
        Optional<UnitRef> unit = units.find(actor.unitId());
        return new ActorSnapshot(actor.userId(), CanonicalJson.clean(actor.username()),
                CanonicalJson.clean(actor.displayName()), actor.unitId(), CanonicalJson.clean(actor.unitName()),
                unit.map(UnitRef::path).orElse(null), unit.map(UnitRef::regionPath).orElse(null));
    }

    /**
     * Memoised per transaction: a batch of entries naming the same actor (the intake's audit batch writes up
     * to 500 entries of one API client in one transaction) loaded that account with its roles and its unit once per entry.
     */
    private Optional<UnitRef> accountUnit(String username) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return loadAccountUnit(username).flatMap(units::find);
        }
        @SuppressWarnings("unchecked")
        Map<String, Optional<UnitRef>> memo = (Map<String, Optional<UnitRef>>) TransactionSynchronizationManager
                .getResource(MEMO_KEY);
        if (memo == null) {
            Map<String, Optional<UnitRef>> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(MEMO_KEY, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(MEMO_KEY);
                }
            });
            memo = fresh;
        }
        return memo.computeIfAbsent(username, name -> loadAccountUnit(name).flatMap(units::find));
    }

    private Optional<Long> loadAccountUnit(String username) {
        UserDetailsService service = accounts.getIfUnique();
        if (service == null || username.isBlank()) {
            return Optional.empty();
        }
        try {
            return service.loadUserByUsername(username) instanceof Actor account
                    ? Optional.of(account.unitId()) : Optional.empty();
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * The client address of the current request, as {@link ClientAddress} resolves it (forwarded headers count
     * only from a configured proxy, since anyone can send them); null outside a request.
     */
    String clientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return CanonicalJson.clean(clients.of(request));
        }
        return null;
    }
}
