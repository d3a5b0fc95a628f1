package org.kenes.membership;

import org.kenes.shared.NotFoundException;

public class OrganisationNotFound extends NotFoundException {

    OrganisationNotFound(String code) {
        super("No organisation '" + code + "'");
    }
}
