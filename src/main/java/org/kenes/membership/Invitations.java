package org.kenes.membership;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.kenes.identity.Accounts;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.Actors;
import org.kenes.shared.RuleViolation;
import org.kenes.shared.Viewer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat invites a focal point to Kenes by e-mail; the link creates the person's account. A link works
 * once, for seven days, and not after it was revoked or replaced by a newer invitation.
 */
@Service
@Transactional
public class Invitations {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final InvitationRepository invitations;
    private final PersonRepository people;
    private final Members members;
    private final Accounts accounts;
    private final NetworkConfigurations networks;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String sender;
    private final String baseUrl;

    Invitations(InvitationRepository invitations, PersonRepository people, Members members, Accounts accounts,
                NetworkConfigurations networks, ObjectProvider<JavaMailSender> mail, MessageSource messages,
                ApplicationEventPublisher events, Clock clock,
                @Value("${kenes.mail.from:kenes@localhost}") String sender,
                @Value("${kenes.base-url:http://localhost:8080}") String baseUrl) {
        this.invitations = invitations;
        this.people = people;
        this.members = members;
        this.accounts = accounts;
        this.networks = networks;
        this.mail = mail;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
        this.sender = sender;
        this.baseUrl = baseUrl;
    }

    /** Invites (or invites again) a current focal point of a member; an earlier pending link stops working. */
    public void invite(String networkSlug, UUID memberId, UUID personId, Locale locale, Viewer viewer) {
        MemberListAccess.requireSecretariat(viewer, networkSlug);
        Member member = members.find(networkSlug, memberId);
        Instant now = clock.instant();
        if (member.focalPoints().stream().noneMatch(f -> f.personId().equals(personId) && f.isCurrentOn(members.today(networkSlug)))) {
            throw new PersonNotFound(personId);
        }
        Person person = people.findById(personId).orElseThrow(() -> new PersonNotFound(personId));
        if (person.accountId() != null) {
            throw new RuleViolation("invitation.hasAccount", null, person.fullName());
        }
        invitations.findByPersonIdOrderByCreatedAtDesc(personId).forEach(earlier -> earlier.revoke(now));
        String token = token();
        Invitation invitation = invitations.save(new Invitation(networkSlug, personId, person.email(), hash(token), now,
                Actors.current()));
        send(invitation, person, token, locale);
        events.publishEvent(new InvitationChanged(networkSlug, invitation.id(), person.id(), "sent", Actors.current()));
    }

    public void revoke(String networkSlug, UUID invitationId, Viewer viewer) {
        MemberListAccess.requireSecretariat(viewer, networkSlug);
        Invitation invitation = invitations.findByIdAndNetworkSlug(invitationId, networkSlug)
                .orElseThrow(() -> new InvitationNotFound());
        invitation.revoke(clock.instant());
        events.publishEvent(new InvitationChanged(networkSlug, invitation.id(), invitation.personId(), "revoked", Actors.current()));
    }

    /** What the invitation page shows; refuses a link that was used, revoked or has expired, saying which. */
    @Transactional(readOnly = true)
    public Invited open(String token) {
        Invitation invitation = invitations.findByTokenHash(hash(token)).orElseThrow(InvitationNotFound::new);
        invitation.requireUsable(clock.instant());
        Person person = people.findById(invitation.personId()).orElseThrow();
        return new Invited(networks.of(invitation.networkSlug()).name(), person.fullName(), person.email());
    }

    /** Creates the account and links it to the person; the link is then used up. */
    public String accept(String token, Acceptance acceptance) {
        Invitation invitation = invitations.findByTokenHash(hash(token)).orElseThrow(InvitationNotFound::new);
        invitation.accept(clock.instant());
        if (!acceptance.password().equals(acceptance.repeatPassword())) {
            throw new RuleViolation("invitation.password.mismatch", "repeatPassword");
        }
        if (accounts.findByUsername(acceptance.username()).isPresent()) {
            throw new RuleViolation("invitation.username.taken", "username", acceptance.username());
        }
        Person person = people.findById(invitation.personId()).orElseThrow();
        var account = accounts.create(new Accounts.NewAccount(acceptance.username(), person.email(), person.fullName(),
                acceptance.password(), false, false));
        person.linkAccount(account.id());
        events.publishEvent(new InvitationChanged(invitation.networkSlug(), invitation.id(), person.id(), "accepted",
                account.username()));
        return account.username();
    }

    /** The latest invitation of each of these people, for the member page. */
    @Transactional(readOnly = true)
    public Map<UUID, Status> latestOf(List<UUID> personIds) {
        Instant now = clock.instant();
        return personIds.stream().distinct()
                .flatMap(id -> invitations.findByPersonIdOrderByCreatedAtDesc(id).stream().limit(1))
                .collect(Collectors.toMap(Invitation::personId, invitation -> new Status(invitation.id(),
                        invitation.acceptedAt() != null ? "accepted" : invitation.revokedAt() != null ? "revoked"
                                : invitation.isPending(now) ? "pending" : "expired", invitation.expiresAt()),
                        (a, b) -> a));
    }

    private void send(Invitation invitation, Person person, String token, Locale locale) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new RuleViolation("invitation.noMail", null);
        }
        var network = networks.of(invitation.networkSlug());
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(this.sender);
        message.setTo(person.email());
        message.setSubject(messages.getMessage("invitation.mail.subject", new Object[] {network.shortName().in(locale)}, locale));
        message.setText(messages.getMessage("invitation.mail.body", new Object[] {person.fullName(), network.name().in(locale),
                baseUrl + "/invitations/" + token, 7}, locale));
        sender.send(message);
    }

    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        return org.kenes.shared.Hashes.sha256Hex(token);
    }

    /** The invitation as its page shows it. */
    public record Invited(org.kenes.shared.LocalizedText network, String fullName, String email) {
    }

    public record Status(UUID invitationId, String state, Instant expiresAt) {
    }

    public static class InvitationNotFound extends org.kenes.shared.NotFoundException {
        InvitationNotFound() {
            super("No such invitation");
        }
    }

}
