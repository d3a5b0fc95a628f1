package org.kenes.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import org.kenes.network.NetworkConfigurations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each morning, tells the owners of open action points what is due within three days and what is overdue. Closed
 * action points are never mentioned, so no one who already acted is reminded; the notification side makes sure an
 * overdue reminder goes out at most once a week.
 */
@Component
public class ActionPointReminders {

    static final int DAYS_AHEAD = 3;

    private final ActionPointRepository actions;
    private final NetworkConfigurations networks;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ActionPointReminders(ActionPointRepository actions, NetworkConfigurations networks, ApplicationEventPublisher events,
                         TransactionTemplate transaction, Clock clock) {
        this.actions = actions;
        this.networks = networks;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(cron = "${kenes.meetings.reminder-schedule:0 0 4 * * *}")
    public void remind() {
        for (var network : networks.all()) {
            LocalDate today = LocalDate.now(clock.withZone(networks.of(network.slug()).timeZone()));
            transaction.executeWithoutResult(status -> actions.tracker(network.slug(),
                            EnumSet.of(ActionPointStatus.OPEN, ActionPointStatus.IN_PROGRESS), true, "",
                            today.plusDays(DAYS_AHEAD + 1), org.springframework.data.domain.Pageable.unpaged())
                    .forEach(action -> {
                        ActionPointView view = action.view(today);
                        events.publishEvent(new ActionPointDue(network.slug(), view.id(), view.description(),
                                view.ownerOrganisation(), view.dueOn(), view.overdue(), today));
                    }));
        }
    }
}
