package org.kenes.network;

import org.kenes.shared.NotFoundException;

public class NetworkNotFound extends NotFoundException {

    NetworkNotFound(String slug) {
        super("No network '" + slug + "'");
    }
}
