package org.kenes.membership;

import java.util.UUID;
import org.kenes.shared.NotFoundException;

public class PersonNotFound extends NotFoundException {

    PersonNotFound(UUID id) {
        super("No person " + id + " among this member's focal points");
    }
}
