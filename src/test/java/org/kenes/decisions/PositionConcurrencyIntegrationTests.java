package org.kenes.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.kenes.shared.Viewer;
import org.kenes.support.KenesIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** One organisation, one current position, however many are given at once (run on PostgreSQL as on H2). */
@KenesIntegrationTest
class PositionConcurrencyIntegrationTests {

    @Autowired Consultations consultations;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;
    @Autowired org.kenes.shared.ViewerSource viewers;

    private Viewer viewer(String username) {
        var principal = (org.kenes.identity.KenesPrincipal) users.loadUserByUsername(username);
        return viewers.viewerOf(principal.accountId(), username, principal.platformAdmin());
    }

    @Test
    void aHundredConcurrentPositionsFromOneOrganisationLeaveExactlyOneCurrentPosition() throws Exception {
        // given an open written consultation
        UUID id = consultations.open("kazakhstan", new NewProposal("Concurrency of positions", "The members agree.", null, false,
                Procedure.WRITTEN_CONSULTATION, LocalDate.now(ZoneId.of("Asia/Almaty")).plusDays(3), LocalTime.NOON, null, null),
                viewer("kazakhstan-cochair"));
        Viewer undp = viewer("kazakhstan-member");

        // when UNDP's focal point submits 100 positions at once
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> submissions = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            PositionKind kind = i % 2 == 0 ? PositionKind.SUPPORT : PositionKind.NO_OBJECTION;
            submissions.add(pool.submit(() -> {
                start.await();
                consultations.givePosition("kazakhstan", id, "UNDP", kind, null, undp);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> submission : submissions) {
            submission.get();
        }
        pool.shutdown();

        // then all 100 are kept in the record, and exactly one is current
        assertThat(jdbc.sql("select count(*) from decision_position where proposal_id = ? and organisation = 'UNDP'").param(id)
                .query(Integer.class).single()).isEqualTo(100);
        assertThat(jdbc.sql("select count(*) from decision_current_position where proposal_id = ? and organisation = 'UNDP'").param(id)
                .query(Integer.class).single()).isEqualTo(1);
        // and the current one is the last given
        String last = jdbc.sql("select kind from decision_position where proposal_id = ? order by given_at desc, id desc limit 1")
                .param(id).query(String.class).single();
        ProposalView proposal = consultations.proposal("kazakhstan", id, undp);
        assertThat(proposal.members()).filteredOn(m -> m.organisation().equals("UNDP"))
                .singleElement().satisfies(m -> assertThat(m.current().kind().name()).isEqualTo(last));
    }
}
