package org.kenes.decisions;

import java.time.Instant;
import org.kenes.network.NetworkConfigurations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Numbers adopted decisions per network and year ("KZ-2026-007"). The counter row is updated in the transaction
 * that adopts, so two adoptions at once wait for each other and never share a number.
 */
@Component
class DecisionRegister {

    private final JdbcClient jdbc;
    private final DecisionRepository decisions;
    private final NetworkConfigurations networks;

    DecisionRegister(JdbcClient jdbc, DecisionRepository decisions, NetworkConfigurations networks) {
        this.jdbc = jdbc;
        this.decisions = decisions;
        this.networks = networks;
    }

    Decision register(Proposal proposal, Instant adoptedAt) {
        var network = networks.of(proposal.networkSlug());
        int year = adoptedAt.atZone(network.timeZone()).getYear();
        int sequence = next(proposal.networkSlug(), year);
        String number = "%s-%d-%03d".formatted(network.country(), year, sequence);
        return decisions.save(new Decision(proposal.networkSlug(), number, year, sequence, proposal.id(), adoptedAt));
    }

    private int next(String network, int year) {
        jdbc.sql("insert into decision_counter (network_slug, register_year, last_number) values (?, ?, 0) on conflict do nothing")
                .params(network, year).update();
        jdbc.sql("update decision_counter set last_number = last_number + 1 where network_slug = ? and register_year = ?")
                .params(network, year).update();
        return jdbc.sql("select last_number from decision_counter where network_slug = ? and register_year = ?")
                .params(network, year).query(Integer.class).single();
    }
}
