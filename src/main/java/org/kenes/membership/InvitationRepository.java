package org.kenes.membership;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface InvitationRepository extends JpaRepository<Invitation, UUID> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    List<Invitation> findByPersonIdOrderByCreatedAtDesc(UUID personId);

    Optional<Invitation> findByIdAndNetworkSlug(UUID id, String networkSlug);
}
