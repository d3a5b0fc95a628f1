package org.kenes.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kenes.support.People.signedInAs;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.kenes.decisions.Consultations;
import org.kenes.decisions.PositionKind;
import org.kenes.decisions.Procedure;
import org.kenes.decisions.ProposalView;
import org.kenes.shared.InformationLevel;
import org.kenes.shared.Viewer;
import org.kenes.support.KenesIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The statement as a PDF, read back: every language, the co-chairs' names and positions, the delivery. */
@KenesIntegrationTest
class StatementPrintIntegrationTests {

    private static final String KZ = "kazakhstan";
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @Autowired MockMvc mvc;
    @Autowired Statements statements;
    @Autowired Consultations consultations;
    @Autowired Clock clock;
    @Autowired UserDetailsService users;
    @Autowired org.kenes.shared.ViewerSource viewers;

    private Viewer viewer(String username) {
        var principal = (org.kenes.identity.KenesPrincipal) users.loadUserByUsername(username);
        return viewers.viewerOf(principal.accountId(), username, principal.platformAdmin());
    }

    private MockHttpServletResponse download(String path, String person, String language) throws Exception {
        var request = get(path).param("lang", language);
        if (person != null) {
            request.with(signedInAs(users, person));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** The PDF's text, each run of white space read as one space. */
    private static String text(MockHttpServletResponse pdf) throws Exception {
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
        try (var document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aDeliveredStatementPrintsInEveryLanguageWithBothCoChairsAndItsDelivery() throws Exception {
        // given a statement in English and Russian, endorsed, signed off by both co-chairs and delivered today, public
        String mark = UUID.randomUUID().toString().substring(0, 6);
        UUID id = statements.create(KZ, new StatementDraft(null, List.of(
                new LanguageText("en", "Joint statement on social protection " + mark, "Migrant workers and their families need social protection."),
                new LanguageText("ru", "Совместное заявление о социальной защите " + mark, "Трудящимся-мигрантам и их семьям нужна социальная защита.")),
                null), viewer("kazakhstan-secretariat"));
        UUID proposal = statements.submitForEndorsement(KZ, id, new EndorsementRequest(Procedure.IN_MEETING, null, null, false),
                viewer("kazakhstan-cochair"));
        for (ProposalView.MemberLine member : consultations.forNotice(KZ, proposal).members()) {
            consultations.givePosition(KZ, proposal, member.organisation(), PositionKind.SUPPORT, null, viewer("kazakhstan-secretariat"));
        }
        consultations.closeInMeeting(KZ, proposal, viewer("kazakhstan-secretariat"));
        for (int i = 0; i < 100 && statements.forNotice(KZ, id).status() != StatementStatus.ENDORSED; i++) {
            Thread.sleep(100);
        }
        // while not delivered, the PDF says it is internal and unfinished
        assertThat(text(download("/networks/kazakhstan/statements/" + id + ".pdf", "kazakhstan-member", "ru")))
                .contains("ДЛЯ ВНУТРЕННЕГО ПОЛЬЗОВАНИЯ", "ОДОБРЕНО, ОЖИДАЕТ ВИЗИРОВАНИЯ");
        statements.changeLevel(KZ, id, InformationLevel.PUBLIC, viewer("kazakhstan-cochair"));
        statements.signOff(KZ, id, null, viewer("kazakhstan-cochair"));
        statements.forNotice(KZ, id).coChairs().stream().filter(c -> !c.signed())
                .forEach(c -> statements.signOff(KZ, id, c.positionCode(), viewer("kazakhstan-secretariat")));
        LocalDate today = LocalDate.now(clock.withZone(ALMATY));
        statements.deliver(KZ, id, new Delivery(today, "Round table on social protection, Astana"), viewer("kazakhstan-cochair"));
        StatementView delivered = statements.publishedStatement(KZ, id);

        // when an anonymous visitor downloads its PDF from the public page, in Russian
        String pdf = text(download("/networks/kazakhstan/public/statements/" + id + ".pdf", null, "ru"));

        // then it holds both languages, the co-chairs' names with their ToR positions, the date and the occasion
        assertThat(pdf).contains("Совместное заявление о социальной защите " + mark, "Трудящимся-мигрантам и их семьям нужна социальная защита.",
                "Joint statement on social protection " + mark, "Migrant workers and their families need social protection.",
                "РУССКИЙ", "ENGLISH", "Координатор-резидент ООН", "UN Resident Coordinator",
                today.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")), "Round table on social protection, Astana");
        for (StatementView.CoChairLine coChair : delivered.coChairs()) {
            assertThat(pdf).contains(coChair.signOff().fullName(), coChair.title().ru(), coChair.title().en());
        }
        assertThat(pdf).doesNotContain("ДЛЯ ВНУТРЕННЕГО ПОЛЬЗОВАНИЯ");
    }
}
