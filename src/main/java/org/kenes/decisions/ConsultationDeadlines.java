package org.kenes.decisions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Time passing for consultations: rounds whose deadline has come are closed, and members without a position are
 * reminded 48 hours before. Each proposal is handled under its row lock and checked again, so a round closes once
 * and a reminder goes once, on one node or several, after a restart too.
 */
@Component
class ConsultationDeadlines {

    private static final Logger log = LoggerFactory.getLogger(ConsultationDeadlines.class);

    private final Consultations consultations;

    ConsultationDeadlines(Consultations consultations) {
        this.consultations = consultations;
    }

    @Scheduled(cron = "${kenes.decisions.deadline-schedule:*/20 * * * * *}")
    void run() {
        for (var id : consultations.due()) {
            try {
                consultations.closeIfDue(id);
            } catch (RuntimeException e) {
                log.warn("Consultation {} not closed, will try again: {}", id, e.getMessage());
            }
        }
        for (var id : consultations.toRemind()) {
            try {
                consultations.remindIfDue(id);
            } catch (RuntimeException e) {
                log.warn("Reminder for consultation {} not sent, will try again: {}", id, e.getMessage());
            }
        }
    }
}
