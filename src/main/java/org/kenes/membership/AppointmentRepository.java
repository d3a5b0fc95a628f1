package org.kenes.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.kenes.shared.NetworkRole;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppointmentRepository extends JpaRepository<Appointment, UUID> {

    @Query("""
            select a from Appointment a
            where a.accountId = :accountId and a.startsOn <= :today and (a.endsOn is null or a.endsOn > :today)""")
    List<Appointment> currentOf(UUID accountId, LocalDate today);

    boolean existsByNetworkSlugAndAccountIdAndRole(String networkSlug, UUID accountId, NetworkRole role);
}
