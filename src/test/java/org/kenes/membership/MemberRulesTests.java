package org.kenes.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kenes.shared.RuleViolation;

/** The rules of the member list, without Spring. */
class MemberRulesTests {

    private static final LocalDate JOINED = LocalDate.of(2020, 3, 1);

    private static Member unhcr() {
        return new Member("kazakhstan", null, UUID.randomUUID(), MemberRole.MEMBER, JOINED);
    }

    @Test
    void eachMemberKeepsItsPrincipalFocalPoint() {
        // given a member with a principal and an alternate focal point
        Member member = unhcr();
        UUID principal = UUID.randomUUID();
        member.appoint(principal, FocalPointKind.PRINCIPAL, JOINED);
        member.appoint(UUID.randomUUID(), FocalPointKind.ALTERNATE, JOINED);
        UUID principalTerm = member.focalPoints().getFirst().id();

        // when someone tries to end the principal's term without a successor
        // then it is refused, and the reason says what to do instead
        assertThatThrownBy(() -> member.endFocalPoint(principalTerm, LocalDate.of(2026, 1, 1)))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("membership.focalPoint.lastPrincipal");
    }

    @Test
    void aNewPrincipalFocalPointReplacesTheCurrentOneWhoStaysInTheHistory() {
        // given a member whose principal focal point is Bakhyt
        Member member = unhcr();
        UUID bakhyt = UUID.randomUUID();
        UUID maria = UUID.randomUUID();
        member.appoint(bakhyt, FocalPointKind.PRINCIPAL, JOINED);

        // when Maria is appointed principal on 1 June 2026
        UUID replaced = member.appoint(maria, FocalPointKind.PRINCIPAL, LocalDate.of(2026, 6, 1));

        // then Bakhyt is replaced: principal until that day, kept in the history; Maria is principal from it
        assertThat(replaced).isEqualTo(bakhyt);
        assertThat(member.focalPoints()).hasSize(2);
        assertThat(member.focalPoints().stream().filter(f -> f.isCurrentOn(LocalDate.of(2026, 5, 31))))
                .singleElement().extracting(FocalPoint::personId).isEqualTo(bakhyt);
        assertThat(member.focalPoints().stream().filter(f -> f.isCurrentOn(LocalDate.of(2026, 6, 1))))
                .singleElement().extracting(FocalPoint::personId).isEqualTo(maria);
    }

    @Test
    void anAlternateCanGoButThePrincipalCannotBecomeAnAlternateWithoutASuccessor() {
        // given a member with principal P and alternate A
        Member member = unhcr();
        UUID p = UUID.randomUUID();
        UUID a = UUID.randomUUID();
        member.appoint(p, FocalPointKind.PRINCIPAL, JOINED);
        member.appoint(a, FocalPointKind.ALTERNATE, JOINED);
        UUID alternateTerm = member.focalPoints().get(1).id();

        // when the alternate's term ends, then it ends
        assertThat(member.endFocalPoint(alternateTerm, LocalDate.of(2026, 2, 1))).isEqualTo(a);

        // when the principal is named alternate instead, then it is refused
        assertThatThrownBy(() -> member.appoint(p, FocalPointKind.ALTERNATE, LocalDate.of(2026, 2, 1)))
                .hasMessage("membership.focalPoint.lastPrincipal");
    }

    @Test
    void aMemberThatLeftKeepsItsHistoryButNoLongerChanges() {
        // given a member that left on 1 September 2026
        Member member = unhcr();
        member.appoint(UUID.randomUUID(), FocalPointKind.PRINCIPAL, JOINED);
        member.leave(LocalDate.of(2026, 9, 1));

        // then it was a member the day before, not that day, and its focal point's term ended with it
        assertThat(member.isCurrentOn(LocalDate.of(2026, 8, 31))).isTrue();
        assertThat(member.isCurrentOn(LocalDate.of(2026, 9, 1))).isFalse();
        assertThat(member.focalPoints()).noneMatch(f -> f.isCurrentOn(LocalDate.of(2026, 9, 1)));

        // and nothing more can be changed
        assertThatThrownBy(() -> member.changeRole(MemberRole.OBSERVER, LocalDate.of(2026, 10, 1)))
                .hasMessage("membership.member.left");
    }

    @Test
    void externalPartnersAndObserversTakePartWithoutBeingMembers() {
        // given the roles the ToRs name, then only the coordinator and secretariat and the member agencies are members
        assertThat(MemberRole.COORDINATOR_SECRETARIAT.isMember()).isTrue();
        assertThat(MemberRole.MEMBER.isMember()).isTrue();
        assertThat(MemberRole.EXTERNAL_PARTNER.isMember()).isFalse();
        assertThat(MemberRole.OBSERVER.isMember()).isFalse();
    }
}
