package org.kenes.membership;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.kenes.network.NetworkConfigurations;
import org.kenes.support.KenesIntegrationTest;
import org.kenes.support.TestMailServer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

@KenesIntegrationTest
class MemberListSharingIntegrationTests {

    @Autowired Members members;
    @Autowired MemberListQueries queries;
    @Autowired MemberListExports exports;
    @Autowired NetworkConfigurations networks;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectProvider<JavaMailSender> mail;
    @Autowired MessageSource messages;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transaction;

    /** The application as started at a given instant: a restart is a new instance with the same database. */
    private MemberListSharing startedAt(String instant) {
        Clock clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
        return new MemberListSharing(members, queries, exports, networks, jdbc, mail, messages, events, transaction, clock,
                "secretariat@kenes.example", "https://kenes.example");
    }

    private int sharesFor(String period) {
        return jdbc.sql("select count(*) from membership_list_share where network_slug = 'kazakhstan' and scheduled_period = ?")
                .param(period).query(Integer.class).single();
    }

    @Test
    void theAutomaticShareRunsOncePerPeriodAcrossRestarts() throws Exception {
        // given the network shares its list each quarter
        int mailsBefore = TestMailServer.get().getReceivedMessages().length;

        // when the hourly job runs in January 2031, again after a restart in February, and again in March
        startedAt("2031-01-10T03:07:00Z").shareOnCadence();
        int mailsAfterFirst = TestMailServer.get().getReceivedMessages().length;
        startedAt("2031-02-20T10:07:00Z").shareOnCadence();
        startedAt("2031-03-31T18:07:00Z").shareOnCadence();

        // then the first quarter of 2031 was shared exactly once, and only the first run sent e-mail
        assertThat(sharesFor("2031-Q1")).isEqualTo(1);
        assertThat(mailsAfterFirst).isGreaterThan(mailsBefore);
        assertThat(TestMailServer.get().getReceivedMessages()).hasSize(mailsAfterFirst);

        // when the second quarter begins (in Almaty's time zone: 1 April 00:30 there is still 31 March in UTC)
        startedAt("2031-03-31T19:30:00Z").shareOnCadence();

        // then it is shared once more
        assertThat(sharesFor("2031-Q2")).isEqualTo(1);
    }

    @Test
    void everyFocalPointReceivesTheListWithThePdfInTheirLanguage() throws Exception {
        // given a share by hand at a known time
        startedAt("2030-05-05T05:00:00Z").shareOnCadence();

        // then UNDP's focal point (who works in Russian) has an e-mail with the Russian PDF attached
        MimeMessage message = Arrays.stream(TestMailServer.get().getReceivedMessages())
                .filter(m -> address(m).equals("n.abenov@undp.example"))
                .reduce((first, second) -> second).orElseThrow();
        assertThat(message.getSubject()).startsWith("Список членов");
        MimeMultipart parts = (MimeMultipart) message.getContent();
        byte[] pdf = parts.getBodyPart(1).getInputStream().readAllBytes();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Нурлан Абенов").contains("Сеть ООН");
        }
        // and the list, being internal, never went to the Ministry's focal point (an external partner) or to the observer
        assertThat(Arrays.stream(TestMailServer.get().getReceivedMessages()).map(MemberListSharingIntegrationTests::address))
                .doesNotContain("s.zhaksybekova@mol.example", "t.iskakov@ilo.example");
    }

    private static String address(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
