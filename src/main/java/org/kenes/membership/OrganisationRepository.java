package org.kenes.membership;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<Organisation, UUID> {

    Optional<Organisation> findByCodeAndCountryIsNull(String code);

    Optional<Organisation> findByCodeAndCountry(String code, String country);
}
