package org.kenes.membership;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRepository extends JpaRepository<Person, UUID> {

    Optional<Person> findByOrganisationIdAndEmail(UUID organisationId, String email);

    List<Person> findByAccountId(UUID accountId);
}
