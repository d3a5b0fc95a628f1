package org.kenes.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kenes.shared.NetworkRole;
import org.kenes.shared.Viewer;
import org.kenes.shared.ViewerSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the viewer from the person's current appointments, with one query. */
@Component
class Viewers implements ViewerSource {

    private final AppointmentRepository appointments;
    private final Clock clock;

    Viewers(AppointmentRepository appointments, Clock clock) {
        this.appointments = appointments;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Viewer viewerOf(UUID accountId, String username, boolean platformAdmin) {
        Map<String, Set<NetworkRole>> roles = new HashMap<>();
        for (Appointment appointment : appointments.currentOf(accountId, LocalDate.now(clock))) {
            roles.computeIfAbsent(appointment.networkSlug(), slug -> EnumSet.noneOf(NetworkRole.class))
                    .add(appointment.role());
        }
        roles.replaceAll((slug, set) -> Set.copyOf(set));
        return new Viewer(accountId, username, platformAdmin, roles);
    }
}
