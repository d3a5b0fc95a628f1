package org.kenes.membership;

import java.util.UUID;
import org.kenes.shared.NotFoundException;

public class MemberNotFound extends NotFoundException {

    MemberNotFound(UUID id) {
        super("No member " + id + " in this network");
    }
}
