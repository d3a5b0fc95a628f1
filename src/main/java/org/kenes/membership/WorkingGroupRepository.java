package org.kenes.membership;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface WorkingGroupRepository extends JpaRepository<WorkingGroup, UUID> {

    List<WorkingGroup> findByNetworkSlugOrderByStartsOnDesc(String networkSlug);

    List<WorkingGroup> findByNetworkSlugAndIdInOrderByStartsOnDesc(String networkSlug, Collection<UUID> ids);

    Optional<WorkingGroup> findByIdAndNetworkSlug(UUID id, String networkSlug);

    boolean existsByNetworkSlugAndNameEn(String networkSlug, String nameEn);
}
