package org.shuangda.leadership;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.shuangda.leadership.CommendationRound.Kind;
import org.shuangda.leadership.CommendationRound.Nomination;
import org.shuangda.leadership.CommendationRound.NominationStatus;
import org.shuangda.leadership.CommendationRound.Status;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Commendation rounds and nominations. */
@Repository
class CommendationStore {

    record Placed(CommendationRound round, String regionPath) {
    }

    /** An approved commendation as a unit's record shows it. */
    public record Honour(long roundId, String roundTitle, Kind kind, String nomineeName, String personTitle,
            LocalDate issuedOn, String noticeNumber) {
    }

    private static final String SELECT = """
            select c.*, r.path as region_path from commendation_round c join pub_region r on r.code = c.region_code
            """;

    private final JdbcClient jdbc;

    CommendationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Placed> find(long id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(this::placed).optional();
    }

    List<Placed> inScope(SqlPredicate reach) {
        return jdbc.sql(SELECT + " where " + reach.sql() + " order by c.created_at desc, c.id desc limit 300")
                .params(reach.params()).query(this::placed).list();
    }

    List<Placed> published() {
        return jdbc.sql(SELECT + " where c.public and c.status = 'ISSUED' order by c.issued_on desc, c.id desc limit 100")
                .query(this::placed).list();
    }

    /** An issued public round on the portal, with its region's name. */
    record PublicRound(long id, String title, String noticeNumber, LocalDate issuedOn, String regionName,
            String nomineeName) {
    }

    /** Issued public rounds issued within {@code from..to} in the region at {@code regionPath}, by title or nominee. */
    List<PublicRound> publicRounds(String like, LocalDate from, LocalDate to, String regionPath, int offset, int limit) {
        return jdbc.sql("select c.id, c.title, c.notice_number, c.issued_on, r.name as region_name, null as nominee"
                        + PUBLIC_ROUNDS + " order by c.issued_on desc, c.id desc limit :limit offset :offset")
                .param("like", like).param("from", from).param("to", to)
                .param("region", regionPath == null ? null : regionPath + "%").param("limit", limit)
                .param("offset", offset).query(CommendationStore::publicRound).list();
    }

    long countPublicRounds(String like, LocalDate from, LocalDate to, String regionPath) {
        return jdbc.sql("select count(*)" + PUBLIC_ROUNDS).param("like", like).param("from", from).param("to", to)
                .param("region", regionPath == null ? null : regionPath + "%").query(Long.class).single();
    }

    /** The public rounds in which the market entity was commended (an approved 先进集体). */
    List<PublicRound> publicHonoursOfEntity(long entityId, int limit) {
        return jdbc.sql("""
                select c.id, c.title, c.notice_number, c.issued_on, r.name as region_name, n.nominee_name as nominee
                  from commendation_nomination n join commendation_round c on c.id = n.round_id
                  join pub_region r on r.code = c.region_code
                 where n.nominee_entity_id = :entity and n.status = 'APPROVED' and c.public and c.status = 'ISSUED'
                 order by c.issued_on desc, c.id desc limit :limit""")
                .param("entity", entityId).param("limit", limit).query(CommendationStore::publicRound).list();
    }

    private static final String PUBLIC_ROUNDS = """
             from commendation_round c join pub_region r on r.code = c.region_code
            where c.public and c.status = 'ISSUED'
              and (cast(:from as date) is null or c.issued_on >= :from)
              and (cast(:to as date) is null or c.issued_on <= :to)
              and (cast(:region as text) is null or r.path like :region)
              and (cast(:like as text) is null or c.title like :like escape '\\' or exists (
                   select 1 from commendation_nomination n where n.round_id = c.id and n.status = 'APPROVED'
                      and n.kind = 'COLLECTIVE' and n.nominee_name like :like escape '\\'))
            """;

    private static PublicRound publicRound(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new PublicRound(rs.getLong("id"), rs.getString("title"), rs.getString("notice_number"),
                rs.getObject("issued_on", LocalDate.class), rs.getString("region_name"), rs.getString("nominee"));
    }

    long insert(CommendationRound r, String by) {
        return jdbc.sql("""
                insert into commendation_round (campaign_id, region_code, title, collective_quota, individual_quota,
                       nominations_due, public, status, created_by)
                values (:c, :region, :title, :cq, :iq, :due, :pub, 'OPEN', :by) returning id""")
                .param("c", r.campaignId()).param("region", r.regionCode()).param("title", r.title())
                .param("cq", r.collectiveQuota()).param("iq", r.individualQuota()).param("due", r.nominationsDue())
                .param("pub", r.isPublic()).param("by", by).query(Long.class).single();
    }

    boolean updateState(CommendationRound r, Status to, String number, LocalDate issuedOn, String by) {
        return jdbc.sql("""
                update commendation_round set status = :to, notice_number = :n, issued_on = :on, issued_by = :by,
                       version = version + 1 where id = :id and version = :v""")
                .param("to", to.name()).param("n", number).param("on", issuedOn).param("by", by).param("id", r.id())
                .param("v", r.version()).update() == 1;
    }

    long insertNomination(long roundId, long unitId, Kind kind, Long nomineeUnit, Long nomineeEntity, Long nomineeUser,
            String name, String title, String deeds, String by) {
        return jdbc.sql("""
                insert into commendation_nomination (round_id, nominating_unit_id, kind, nominee_unit_id,
                       nominee_entity_id, nominee_user_id, nominee_name, person_title, deeds, created_by)
                values (:r, :u, :k, :nu, :ne, :nuser, :name, :title, :deeds, :by) returning id""")
                .param("r", roundId).param("u", unitId).param("k", kind.name()).param("nu", nomineeUnit)
                .param("ne", nomineeEntity).param("nuser", nomineeUser).param("name", name).param("title", title)
                .param("deeds", deeds).param("by", by).query(Long.class).single();
    }

    /** A person with an account, as identity publishes him (pub_user): name and unit, if enabled. */
    record Person(long id, String name, long unitId) {
    }

    java.util.Optional<Person> person(long userId) {
        return jdbc.sql("select id, coalesce(display_name, username), unit_id from pub_user where id = :id and enabled"
                        + " and unit_id is not null").param("id", userId)
                .query((rs, i) -> new Person(rs.getLong(1), rs.getString(2), rs.getLong(3))).optional();
    }

    /** The enabled people of a unit, by name (the 先进个人 picker). */
    List<Person> peopleOf(long unitId) {
        return jdbc.sql("select id, coalesce(display_name, username), unit_id from pub_user where unit_id = :u and enabled"
                        + " order by 2").param("u", unitId)
                .query((rs, i) -> new Person(rs.getLong(1), rs.getString(2), rs.getLong(3))).list();
    }

    /** A person's approved commendations in issued rounds, newest first (his record). */
    List<Honour> honoursOfPerson(long userId) {
        return jdbc.sql("""
                select c.id, c.title, n.kind, n.nominee_name, n.person_title, c.issued_on, c.notice_number
                  from commendation_nomination n join commendation_round c on c.id = n.round_id
                 where n.nominee_user_id = :u and n.status = 'APPROVED' and c.status = 'ISSUED'
                 order by c.issued_on desc, n.id""").param("u", userId)
                .query((rs, i) -> new Honour(rs.getLong(1), rs.getString(2), Kind.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7))).list();
    }

    void decide(long nominationId, NominationStatus status, String reason, String by, OffsetDateTime at) {
        jdbc.sql("""
                update commendation_nomination set status = :s, decision_reason = :reason, decided_by = :by,
                       decided_at = :at where id = :id""").param("s", status.name()).param("reason", reason)
                .param("by", by).param("at", at).param("id", nominationId).update();
    }

    boolean numberTaken(String regionCode, String number) {
        return jdbc.sql("select exists (select 1 from commendation_round where region_code = :r and notice_number = :n)")
                .param("r", regionCode).param("n", number).query(Boolean.class).single();
    }

    /** The approved commendations of a unit (as a collective, or its people) in issued rounds, newest first. */
    List<Honour> honoursOf(long unitId) {
        return jdbc.sql("""
                select c.id, c.title, n.kind, n.nominee_name, n.person_title, c.issued_on, c.notice_number
                  from commendation_nomination n join commendation_round c on c.id = n.round_id
                 where n.nominee_unit_id = :u and n.status = 'APPROVED' and c.status = 'ISSUED'
                 order by c.issued_on desc, n.id""").param("u", unitId)
                .query((rs, i) -> new Honour(rs.getLong(1), rs.getString(2), Kind.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7))).list();
    }

    private Placed placed(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        List<Nomination> nominations = jdbc.sql("""
                select n.*, u.name as nominating_name from commendation_nomination n
                  join pub_unit u on u.id = n.nominating_unit_id where n.round_id = :id order by n.kind, n.id""")
                .param("id", id).query((r, i) -> new Nomination(r.getLong("id"), r.getLong("nominating_unit_id"),
                        r.getString("nominating_name"), Kind.valueOf(r.getString("kind")),
                        r.getObject("nominee_unit_id", Long.class), r.getObject("nominee_entity_id", Long.class),
                        r.getString("nominee_name"), r.getString("person_title"), r.getString("deeds"),
                        NominationStatus.valueOf(r.getString("status")), r.getString("decision_reason"))).list();
        return new Placed(new CommendationRound(id, rs.getLong("campaign_id"), null, rs.getString("region_code"),
                rs.getString("title"), rs.getInt("collective_quota"), rs.getInt("individual_quota"),
                rs.getObject("nominations_due", LocalDate.class), rs.getBoolean("public"),
                Status.valueOf(rs.getString("status")), rs.getString("notice_number"),
                rs.getObject("issued_on", LocalDate.class), nominations, rs.getInt("version")),
                rs.getString("region_path"));
    }
}
