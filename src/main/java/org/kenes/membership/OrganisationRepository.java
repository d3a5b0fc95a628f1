package org.kenes.membership;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, UUID> {

    Optional<Organisation> findByCodeAndCountryIsNull(String code);

    Optional<Organisation> findByCodeAndCountry(String code, String country);

    /** A national body of the country, or else an international organisation with that acronym. */
    @Query("""
            select o from Organisation o where lower(o.code) = lower(:code) and (o.country = :country or o.country is null)
            order by case when o.country is null then 1 else 0 end""")
    java.util.List<Organisation> findForNetwork(String code, String country);
}
