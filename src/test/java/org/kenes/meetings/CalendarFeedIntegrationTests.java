package org.kenes.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kenes.shared.Viewer;
import org.kenes.support.KenesIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@KenesIntegrationTest
class CalendarFeedIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired CalendarFeeds feeds;
    @Autowired Meetings meetings;
    @Autowired org.kenes.shared.ViewerSource viewers;

    private Viewer viewer(String username) {
        var principal = (org.kenes.identity.KenesPrincipal) users.loadUserByUsername(username);
        return viewers.viewerOf(principal.accountId(), username, principal.platformAdmin());
    }

    private Set<String> uids(String token) throws Exception {
        String ics = mvc.perform(get("/calendar/" + token + ".ics")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Biweekly.parse(ics).first().getEvents().stream().map(VEvent::getUid).map(u -> u.getValue()).collect(Collectors.toSet());
    }

    private Set<String> visibleTo(String network, String person) {
        return meetings.visible(network, viewer(person), PageRequest.of(0, 500)).stream().map(m -> m.id() + "@kenes").collect(Collectors.toSet());
    }

    @Test
    void theFeedHoldsEveryMeetingThePersonMaySeeAndNothingElse() throws Exception {
        // given a Kazakhstan focal point and the Ministry's focal point, each with a calendar link
        String member = feeds.reset(viewer("kazakhstan-member"));
        String partner = feeds.reset(viewer("kazakhstan-partner"));

        // when their calendar programs fetch the feeds, without any session
        Set<String> memberFeed = uids(member);
        Set<String> partnerFeed = uids(partner);

        // then the member's holds Kazakhstan's meetings and no Turkmen one; the partner's only what partners may see
        assertThat(memberFeed).isEqualTo(visibleTo("kazakhstan", "kazakhstan-member"));
        assertThat(memberFeed).doesNotContainAnyElementsOf(visibleTo("turkmenistan", "turkmenistan-member"));
        assertThat(partnerFeed).isEqualTo(visibleTo("kazakhstan", "kazakhstan-partner")).isNotEmpty();
        assertThat(partnerFeed.size()).isLessThan(memberFeed.size());
    }

    @Test
    void aResetLinkStopsWorking() throws Exception {
        String old = feeds.reset(viewer("turkmenistan-cochair"));
        String current = feeds.reset(viewer("turkmenistan-cochair"));
        mvc.perform(get("/calendar/" + old + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/calendar/" + current + ".ics")).andExpect(status().isOk());
        mvc.perform(get("/calendar/made-up.ics")).andExpect(status().isNotFound());
    }
}
