package org.kenes.membership;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CoChairTermRepository extends JpaRepository<CoChairTerm, UUID> {

    List<CoChairTerm> findByNetworkSlugAndPositionCode(String networkSlug, String positionCode);
}
