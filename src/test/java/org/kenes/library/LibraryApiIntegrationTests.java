package org.kenes.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kenes.support.People.signedInAs;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kenes.support.KenesIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The library API: sharing with a file, reading, downloading, and refusals that name the field. */
@KenesIntegrationTest
class LibraryApiIntegrationTests {

    private static final String API = "/api/v1/networks/kazakhstan/library";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    private MockHttpServletResponse share(String person, String filename, byte[] content) throws Exception {
        String item = """
                {"form": "DOCUMENT", "kind": "DATA", "title": "Returns by region %s", "organisation": "UNDP", "itemDate": "%s"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 6), LocalDate.now());
        return mvc.perform(multipart(API)
                        .file(new MockMultipartFile("item", "", MediaType.APPLICATION_JSON_VALUE, item.getBytes(StandardCharsets.UTF_8)))
                        .file(new MockMultipartFile("file", filename, "text/csv", content))
                        .with(csrf()).with(signedInAs(users, person)).accept(MediaType.APPLICATION_JSON))
                .andReturn().getResponse();
    }

    @Test
    void aMemberSharesADocumentThatMembersReadAndPartnersDoNot() throws Exception {
        String marker = "MARKER-" + UUID.randomUUID();
        MockHttpServletResponse shared = share("kazakhstan-member", "returns.csv", ("region,returns," + marker + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(shared.getStatus()).isEqualTo(201);
        String id = JsonPath.read(shared.getContentAsString(), "$.id");
        String file = JsonPath.read(shared.getContentAsString(), "$.files[0].id");
        assertThat((String) JsonPath.read(shared.getContentAsString(), "$.level")).isEqualTo("INTERNAL");
        assertThat(shared.getContentAsString()).doesNotContain("storage");

        for (String person : new String[] {"kazakhstan-cochair", "kazakhstan-partner", "turkmenistan-secretariat"}) {
            boolean member = person.equals("kazakhstan-cochair");
            MockHttpServletResponse item = mvc.perform(get(API + "/" + id).with(signedInAs(users, person))).andReturn().getResponse();
            assertThat(item.getStatus()).as(person).isEqualTo(member ? 200 : 404);
            MockHttpServletResponse download = mvc.perform(get(API + "/" + id + "/files/" + file).with(signedInAs(users, person)))
                    .andReturn().getResponse();
            assertThat(download.getContentAsString(StandardCharsets.UTF_8).contains(marker)).as(person).isEqualTo(member);
            String list = mvc.perform(get(API).param("size", "100").with(signedInAs(users, person))).andReturn().getResponse().getContentAsString();
            assertThat(list.contains(marker) || list.contains(id)).as(person).isEqualTo(member);
        }
        // and without a session the download is refused
        assertThat(mvc.perform(get(API + "/" + id + "/files/" + file)).andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void aRefusedFileAnswersWithTheFieldAndTheReason() throws Exception {
        MockHttpServletResponse refused = share("kazakhstan-member", "returns.pdf", "region,returns\n".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("\"file\"").contains("CSV");
    }

    @Test
    void searchAnswersWithFacetsAndSharingIsOfferedAndAgreedThroughTheApi() throws Exception {
        String marker = "apimarker" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        MockHttpServletResponse shared = share("kazakhstan-member", "returns.csv",
                ("region,returns\nAlmaty,1200,мигрантов " + marker + "\n").getBytes(StandardCharsets.UTF_8));
        String id = JsonPath.read(shared.getContentAsString(), "$.id");

        String found = mvc.perform(get("/api/v1/networks/kazakhstan/search").param("q", "мигранты " + marker)
                .with(signedInAs(users, "kazakhstan-cochair"))).andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(found, "$.total")).isEqualTo(1);
        assertThat((String) JsonPath.read(found, "$.items[0].id")).isEqualTo(id);
        assertThat((Integer) JsonPath.read(found, "$.kinds.DATA")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(found, "$.organisations.UNDP")).isEqualTo(1);

        // only the secretariat offers; a co-chair agrees; the other network's members then find it
        String offer = "{\"network\": \"turkmenistan\"}";
        assertThat(mvc.perform(post(API + "/" + id + "/shares").contentType(MediaType.APPLICATION_JSON).content(offer)
                .with(csrf()).with(signedInAs(users, "kazakhstan-member"))).andReturn().getResponse().getStatus()).isEqualTo(403);
        String offered = mvc.perform(post(API + "/" + id + "/shares").contentType(MediaType.APPLICATION_JSON).content(offer)
                .with(csrf()).with(signedInAs(users, "kazakhstan-secretariat"))).andReturn().getResponse().getContentAsString();
        assertThat((Boolean) JsonPath.read(offered, "$[0].agreed")).isFalse();
        MockHttpServletResponse again = mvc.perform(post(API + "/" + id + "/shares").contentType(MediaType.APPLICATION_JSON).content(offer)
                .with(csrf()).with(signedInAs(users, "kazakhstan-secretariat"))).andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(422);
        assertThat(again.getContentAsString()).contains("network");
        assertThat(mvc.perform(get("/api/v1/networks/turkmenistan/search").param("q", marker)
                .with(signedInAs(users, "turkmenistan-member"))).andReturn().getResponse().getContentAsString()).doesNotContain(id);

        String agreed = mvc.perform(post(API + "/" + id + "/shares/turkmenistan/agreement").with(csrf())
                .with(signedInAs(users, "kazakhstan-cochair"))).andReturn().getResponse().getContentAsString();
        assertThat((Boolean) JsonPath.read(agreed, "$[0].agreed")).isTrue();
        assertThat(mvc.perform(get("/api/v1/networks/turkmenistan/search").param("q", marker)
                .with(signedInAs(users, "turkmenistan-member"))).andReturn().getResponse().getContentAsString()).contains(id);
        assertThat(mvc.perform(get("/api/v1/networks/turkmenistan/library/" + id)
                .with(signedInAs(users, "turkmenistan-partner"))).andReturn().getResponse().getStatus()).isEqualTo(404);
    }
}
