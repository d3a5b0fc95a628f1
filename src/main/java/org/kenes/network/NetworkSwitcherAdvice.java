package org.kenes.network;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The networks of this installation, for the switcher in every page header. Their names are public. */
@ControllerAdvice(annotations = Controller.class)
class NetworkSwitcherAdvice {

    private final NetworkConfigurations configurations;

    NetworkSwitcherAdvice(NetworkConfigurations configurations) {
        this.configurations = configurations;
    }

    @ModelAttribute("allNetworks")
    List<NetworkSummary> networks() {
        return configurations.all();
    }
}
