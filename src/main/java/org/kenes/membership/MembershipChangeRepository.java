package org.kenes.membership;

import java.util.UUID;
import org.springframework.data.repository.Repository;

interface MembershipChangeRepository extends Repository<MembershipChange, UUID> {

    MembershipChange save(MembershipChange change);
}
