package org.kenes.meetings;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RepresentationRepository extends JpaRepository<Representation, UUID> {

    List<Representation> findByMeetingId(UUID meetingId);

    Optional<Representation> findByMeetingIdAndOrganisation(UUID meetingId, String organisation);

    List<Representation> findByMeetingIdIn(Collection<UUID> meetingIds);
}
