package org.kenes.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, UUID> {

    Optional<Account> findByUsername(String username);

    Optional<Account> findByEmail(String email);

    boolean existsByPlatformAdminTrueAndDemoFalse();

    boolean existsByUsername(String username);

    List<Account> findByDemoTrueOrderByUsername();
}
