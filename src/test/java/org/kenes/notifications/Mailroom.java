package org.kenes.notifications;

import org.springframework.context.ApplicationContext;

/** Lets tests of other modules send what the outbox holds, as the scheduled job would. */
public final class Mailroom {

    private Mailroom() {
    }

    public static int deliver(ApplicationContext context) {
        return context.getBean(OutboxSender.class).sendDue();
    }
}
