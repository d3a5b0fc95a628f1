package org.kenes.notifications;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kenes.identity.Accounts;
import org.kenes.meetings.MeetingRequestChanged;
import org.kenes.meetings.MeetingRequestView;
import org.kenes.meetings.MeetingRequests;
import org.kenes.membership.MemberListEntry;
import org.kenes.membership.MemberRole;
import org.kenes.membership.Members;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.Viewer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Meetings "upon request by its members": the co-chairs are asked to answer a request (at once: it needs them to
 * act), the secretariat is told of it, and the requester and the secretariat learn the answer (notices, which a
 * person may take in the daily digest).
 */
@Component
class MeetingRequestNotices {

    private final MeetingRequests requests;
    private final Members members;
    private final Accounts accounts;
    private final NetworkConfigurations networks;
    private final MessageSource messages;
    private final Outbox outbox;
    private final String baseUrl;

    MeetingRequestNotices(MeetingRequests requests, Members members, Accounts accounts, NetworkConfigurations networks,
                          MessageSource messages, Outbox outbox, @Value("${kenes.base-url:http://localhost:8080}") String baseUrl) {
        this.requests = requests;
        this.members = members;
        this.accounts = accounts;
        this.networks = networks;
        this.messages = messages;
        this.outbox = outbox;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(MeetingRequestChanged event) {
        String network = event.networkSlug();
        MeetingRequestView request = requests.forNotice(network, event.requestId());
        Viewer secretariat = Viewer.actingForSecretariatOf(network);
        LocalDate today = LocalDate.now(networks.of(network).timeZone());
        List<MemberListEntry> list = members.list(network, today, secretariat);
        String step = event.step().name().toLowerCase(Locale.ROOT);
        String key = "request:" + request.id() + ":" + step + ":";

        Map<String, Locale> told = new LinkedHashMap<>();
        list.stream().filter(m -> m.role() == MemberRole.COORDINATOR_SECRETARIAT)
                .forEach(m -> m.focalPoints().forEach(f -> told.putIfAbsent(f.email(), f.preferredLocale())));
        if (event.step() == MeetingRequestChanged.Step.REQUESTED) {
            members.coChairs(network, today, secretariat).forEach(c -> {
                told.remove(c.email());
                outbox.put(key + c.email(), network, c.email(), subject(step, request, Locale.ENGLISH),
                        body(step, request, network, Locale.ENGLISH), null);
            });
        } else {
            accounts.findByUsername(request.requestedBy()).ifPresent(account -> {
                List<String> addresses = members.addressesOf(account.id());
                for (String address : addresses.isEmpty() ? List.of(account.email()) : addresses) {
                    told.putIfAbsent(address, localeOf(address, list));
                }
            });
        }
        told.forEach((email, locale) -> outbox.notice(key + email, network, email, locale, subject(step, request, locale),
                body(step, request, network, locale)));
    }

    private static Locale localeOf(String email, List<MemberListEntry> list) {
        return list.stream().flatMap(m -> m.focalPoints().stream()).filter(f -> email.equalsIgnoreCase(f.email()))
                .map(MemberListEntry.FocalPointEntry::preferredLocale).findFirst().orElse(Locale.ENGLISH);
    }

    private String subject(String step, MeetingRequestView request, Locale locale) {
        return messages.getMessage("mail.request." + step + ".subject", new Object[] {request.organisation(), shortly(request.purpose())},
                locale);
    }

    private String body(String step, MeetingRequestView request, String network, Locale locale) {
        String link = request.meetingId() == null
                ? baseUrl + "/networks/" + network + "/meeting-requests"
                : baseUrl + "/networks/" + network + "/meetings/" + request.meetingId();
        return messages.getMessage("mail.request." + step + ".body", new Object[] {request.organisation(),
                networks.of(network).name().in(locale), request.purpose(), request.proposedDates(), link,
                request.decidedBy() == null ? "" : request.decidedBy(),
                request.decisionReason() == null ? "" : request.decisionReason()}, locale);
    }

    private static String shortly(String text) {
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
