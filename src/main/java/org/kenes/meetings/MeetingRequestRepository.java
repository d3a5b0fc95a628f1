package org.kenes.meetings;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRequestRepository extends JpaRepository<MeetingRequest, UUID> {

    Page<MeetingRequest> findByNetworkSlugOrderByCreatedAtDesc(String networkSlug, Pageable page);

    Optional<MeetingRequest> findByIdAndNetworkSlug(UUID id, String networkSlug);
}
