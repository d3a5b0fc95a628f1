package org.kenes.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kenes.support.People.signedInAs;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.kenes.shared.RuleViolation;
import org.kenes.shared.Viewer;
import org.kenes.support.KenesIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.kenes.identity.CurrentViewer;

@KenesIntegrationTest
class MemberListIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired Members members;
    @Autowired org.kenes.shared.ViewerSource viewers;

    private Viewer viewer(String username) {
        var principal = (org.kenes.identity.KenesPrincipal) users.loadUserByUsername(username);
        return viewers.viewerOf(principal.accountId(), username, principal.platformAdmin());
    }

    private static NewMember member(String acronym, String principalName, String principalEmail) {
        return new NewMember(acronym, acronym + " in English", acronym + " по-русски", org.kenes.membership.OrganisationKind.NGO, "",
                MemberRole.MEMBER, LocalDate.of(2026, 1, 15),
                new Contact(principalName, "Director", principalEmail, "+7 701 000 0000", "ru,en"), Contact.empty());
    }

    @Test
    void theListAsOfAPastDayShowsWhoWasFocalPointThen() {
        // given the demo network, whose UNHCR principal focal point was replaced five months into the year
        Viewer secretariat = viewer("kazakhstan-secretariat");
        LocalDate today = members.today("kazakhstan");
        LocalDate before = today.minusYears(1).withDayOfMonth(1).plusMonths(2);

        // when the list is read today and as of a day before the replacement
        MemberListEntry now = unhcr(members.list("kazakhstan", today, secretariat));
        MemberListEntry then = unhcr(members.list("kazakhstan", before, secretariat));

        // then each day shows its own principal
        assertThat(now.principals()).extracting(MemberListEntry.FocalPointEntry::fullName).containsExactly("Maria Lindqvist");
        assertThat(then.principals()).extracting(MemberListEntry.FocalPointEntry::fullName).containsExactly("Bakhyt Omarov");
    }

    private static MemberListEntry unhcr(List<MemberListEntry> list) {
        return list.stream().filter(m -> m.acronym().equals("UNHCR")).findFirst().orElseThrow();
    }

    @Test
    void aDuplicateAcronymInOneNetworkIsRefusedOnTheAcronymField() throws Exception {
        // given UNHCR is a member of Kazakhstan, when the secretariat adds UNHCR again
        mvc.perform(post("/networks/kazakhstan/members").with(signedInAs(users, "kazakhstan-secretariat")).with(csrf())
                        .param("acronym", "UNHCR").param("role", "MEMBER").param("joinedOn", "2026-01-01")
                        .param("principal.fullName", "Someone").param("principal.email", "someone@unhcr.example"))
                // then the form comes back with the reason next to the acronym, and the input kept
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("newMember", "acronym", "membership.acronym.duplicate"))
                .andExpect(model().attribute("newMember", org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers.containsString("acronym=UNHCR"))));
    }

    @Test
    void anInvalidEmailIsRefusedOnItsField() throws Exception {
        mvc.perform(post("/networks/kazakhstan/members").with(signedInAs(users, "kazakhstan-secretariat")).with(csrf())
                        .param("acronym", "NEWNGO").param("nameEn", "New NGO").param("kind", "NGO").param("role", "MEMBER")
                        .param("joinedOn", "2026-01-01")
                        .param("principal.fullName", "Someone").param("principal.email", "not-an-address"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("newMember", "principal.email"));
    }

    @Test
    void theSecretariatAddsAMemberWithTwoFocalPointsAndTheHistoryRecordsIt() {
        // given the Turkmenistan secretariat
        Viewer secretariat = viewer("turkmenistan-secretariat");

        // when it adds a new NGO with a principal and an alternate focal point
        NewMember request = new NewMember("ТКЦ", "Turkmen Migration Centre", "Туркменский миграционный центр",
                OrganisationKind.NGO, "https://tmc.example", MemberRole.MEMBER, members.today("turkmenistan"),
                new Contact("Огулджахан Аманова", "Director", "o.amanova@tmc.example", "+993 12 000000", "tk,ru"),
                new Contact("Merdan Ataýew", "Officer", "m.atayew@tmc.example", "", "tk,en"));
        UUID id = members.add("turkmenistan", request, secretariat);

        // then it is on today's list with both, and the history says who joined
        MemberListEntry entry = members.list("turkmenistan", null, secretariat).stream()
                .filter(m -> m.memberId().equals(id)).findFirst().orElseThrow();
        assertThat(entry.principals()).extracting(MemberListEntry.FocalPointEntry::fullName).containsExactly("Огулджахан Аманова");
        assertThat(entry.alternates()).extracting(MemberListEntry.FocalPointEntry::fullName).containsExactly("Merdan Ataýew");
        assertThat(members.history("turkmenistan", 0, 10, secretariat))
                .anySatisfy(line -> assertThat(line.acronym()).isEqualTo("ТКЦ"));
    }

    @Test
    void aPrincipalFocalPointUpdatesHerOwnOrganisationButNoOther() {
        // given UNDP's principal focal point in Kazakhstan
        Viewer undp = viewer("kazakhstan-member");
        Viewer secretariat = viewer("kazakhstan-secretariat");
        List<MemberListEntry> list = members.list("kazakhstan", null, secretariat);
        UUID undpId = list.stream().filter(m -> m.acronym().equals("UNDP")).findFirst().orElseThrow().memberId();
        UUID unicefId = list.stream().filter(m -> m.acronym().equals("UNICEF")).findFirst().orElseThrow().memberId();

        // when she names an alternate for UNDP, then it works
        members.appointFocalPoint("kazakhstan", undpId, new Contact("Алия Серикова", "Analyst", "a.serikova@undp.example", "", "ru"),
                FocalPointKind.ALTERNATE, null, undp);

        // when she tries the same for UNICEF, then she is refused
        assertThatThrownBy(() -> members.appointFocalPoint("kazakhstan", unicefId,
                new Contact("X", "", "x@unicef.example", "", ""), FocalPointKind.ALTERNATE, null, undp))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void removingTheLastPrincipalFocalPointIsRefusedWithAClearMessage() throws Exception {
        // given IOM's principal focal point in Turkmenistan
        Viewer secretariat = viewer("turkmenistan-secretariat");
        MemberListEntry iom = members.list("turkmenistan", null, secretariat).stream()
                .filter(m -> m.acronym().equals("IOM")).findFirst().orElseThrow();
        UUID principal = iom.principals().getFirst().focalPointId();

        // when the secretariat ends her term, then it is refused with the reason
        assertThatThrownBy(() -> members.endFocalPoint("turkmenistan", iom.memberId(), principal, secretariat))
                .isInstanceOf(RuleViolation.class).hasMessage("membership.focalPoint.lastPrincipal");
        // and the page says so in the person's language
        mvc.perform(post("/networks/turkmenistan/members/" + iom.memberId() + "/focal-points/" + principal + "/end")
                        .with(signedInAs(users, "turkmenistan-secretariat")).with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("refusal", "membership.focalPoint.lastPrincipal"));
    }

    @Test
    void theExportsCarryTheSameListAndReadBack() throws Exception {
        // given the Kazakhstan member list, when exported in Russian
        byte[] xlsx = mvc.perform(get("/networks/kazakhstan/members.xlsx").param("lang", "ru")
                .with(signedInAs(users, "kazakhstan-cochair"))).andReturn().getResponse().getContentAsByteArray();
        byte[] pdf = mvc.perform(get("/networks/kazakhstan/members.pdf").param("lang", "ru")
                .with(signedInAs(users, "kazakhstan-cochair"))).andReturn().getResponse().getContentAsByteArray();
        String csv = mvc.perform(get("/networks/kazakhstan/members.csv").with(signedInAs(users, "kazakhstan-cochair")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        // then the spreadsheet holds the focal points with their Cyrillic names
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.getFirst().getCellText(0)).contains("Сеть ООН по вопросам миграции в Казахстане").contains("Для внутреннего пользования");
            assertThat(rows).anySatisfy(row -> assertThat(row.getCellText(4)).isEqualTo("Нурлан Абенов"));
        }
        // and the PDF is dated, marked internal, and its Cyrillic text is intact
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Нурлан Абенов").contains("Динара Жумабаева").contains("по состоянию на")
                    .containsIgnoringCase("Для внутреннего пользования");
        }
        assertThat(csv).contains("UNDP").contains("Нурлан Абенов");
    }

    @Test
    void aNewCoChairEndsThePreviousHoldersTerm() throws Exception {
        // given the IOM co-chair position of Turkmenistan, held by the demo head of office
        Viewer secretariat = viewer("turkmenistan-secretariat");
        LocalDate today = members.today("turkmenistan");

        // when the secretariat records a new head of office from today
        mvc.perform(post("/networks/turkmenistan/members/co-chairs/iom-head").with(signedInAs(users, "turkmenistan-secretariat"))
                        .with(csrf()).param("holder.fullName", "Лейла Назарова").param("holder.position", "Head of Office, IOM Turkmenistan")
                        .param("holder.email", "l.nazarova@iom.example").param("from", today.toString()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/networks/turkmenistan/members"));

        // then she is co-chair today, and her predecessor was until yesterday
        assertThat(members.coChairs("turkmenistan", today, secretariat)).extracting(CoChair::fullName)
                .contains("Лейла Назарова").doesNotContain("Jakub Horak");
        assertThat(members.coChairs("turkmenistan", today.minusDays(1), secretariat)).extracting(CoChair::fullName)
                .contains("Jakub Horak");

        // and a missing e-mail is refused on its field
        mvc.perform(post("/networks/turkmenistan/members/co-chairs/iom-head").with(signedInAs(users, "turkmenistan-secretariat"))
                        .with(csrf()).param("holder.fullName", "X").param("from", today.toString()))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("handover", "holder.email"));
    }
}
