package org.kenes.network;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConfigurationChangeRepository extends JpaRepository<ConfigurationChange, UUID> {

    List<ConfigurationChange> findByNetworkSlugOrderByAppliedAtDesc(String networkSlug);
}
