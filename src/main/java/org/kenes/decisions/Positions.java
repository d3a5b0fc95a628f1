package org.kenes.decisions;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The positions given on proposals. Every position is kept; the current one per organisation and round is a row
 * whose key admits exactly one, however many positions are given at the same moment.
 */
@Component
class Positions {

    private final JdbcClient jdbc;

    Positions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void give(UUID proposal, int round, String organisation, PositionKind kind, String note, String givenBy, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into decision_position (id, proposal_id, round, organisation, kind, note, given_by, given_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, proposal, round, organisation, kind.name(), note, givenBy, Timestamp.from(at)).update();
        // "on conflict do nothing" then update: a failed insert would abort the transaction on PostgreSQL
        jdbc.sql("""
                        insert into decision_current_position (proposal_id, round, organisation, position_id)
                        values (?, ?, ?, ?) on conflict do nothing""")
                .params(proposal, round, organisation, id).update();
        jdbc.sql("update decision_current_position set position_id = ? where proposal_id = ? and round = ? and organisation = ?")
                .params(id, proposal, round, organisation).update();
    }

    /** The current position of each organisation in a round. */
    Map<String, Position> current(UUID proposal, int round) {
        Map<String, Position> current = new LinkedHashMap<>();
        jdbc.sql("""
                        select p.organisation, p.kind, p.note, p.given_by, p.given_at
                          from decision_current_position c join decision_position p on p.id = c.position_id
                         where c.proposal_id = ? and c.round = ? order by p.organisation""")
                .params(proposal, round)
                .query(rs -> {
                    current.put(rs.getString(1), new Position(rs.getString(1), PositionKind.valueOf(rs.getString(2)),
                            rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant()));
                });
        return current;
    }

    /** The current positions of each proposal's current round, for many proposals in one query (exports). */
    Map<UUID, List<Position>> currentOf(java.util.Collection<UUID> proposals) {
        Map<UUID, List<Position>> byProposal = new LinkedHashMap<>();
        if (proposals.isEmpty()) {
            return byProposal;
        }
        jdbc.sql("""
                        select c.proposal_id, p.organisation, p.kind, p.note, p.given_by, p.given_at
                          from decision_current_position c
                          join decision_position p on p.id = c.position_id
                          join decision_proposal d on d.id = c.proposal_id and d.round = c.round
                         where c.proposal_id in (:ids) order by p.organisation""")
                .param("ids", proposals)
                .query(rs -> {
                    byProposal.computeIfAbsent(rs.getObject(1, UUID.class), id -> new java.util.ArrayList<>())
                            .add(new Position(rs.getString(2), PositionKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                                    rs.getTimestamp(6).toInstant()));
                });
        return byProposal;
    }

    /** Every position given in a round, oldest first: the changes are part of the record. */
    List<Position> history(UUID proposal, int round) {
        return jdbc.sql("""
                        select organisation, kind, note, given_by, given_at from decision_position
                         where proposal_id = ? and round = ? order by given_at, id""")
                .params(proposal, round)
                .query((rs, row) -> new Position(rs.getString(1), PositionKind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
    }
}
