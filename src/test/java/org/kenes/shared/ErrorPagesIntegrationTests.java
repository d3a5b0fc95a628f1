package org.kenes.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.kenes.support.KenesIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Error pages over real HTTP, where the servlet container forwards to them. */
@KenesIntegrationTest
class ErrorPagesIntegrationTests {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anUnknownNetworkShowsANotFoundPageInThePersonsLanguage() throws Exception {
        // given an address of a network that does not exist, when opened in Russian
        HttpResponse<String> russian = get("/networks/atlantis/public?lang=ru", "text/html");
        HttpResponse<String> english = get("/networks/atlantis/public?lang=en", "text/html");

        // then the page says so, in Russian, and in English for the English visitor
        assertThat(russian.statusCode()).isEqualTo(404);
        assertThat(russian.body()).contains("Страница не найдена");
        assertThat(english.body()).contains("Page not found");
    }

    @Test
    void theApiAnswersWithProblemDetails() throws Exception {
        // given an API call for a network that does not exist
        HttpResponse<String> response = get("/api/v1/networks/atlantis/public", "application/json");

        // then it is an RFC 9457 problem
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(response.body()).contains("\"status\":404");
    }

    @Test
    void healthShowsTheDatabase() throws Exception {
        HttpResponse<String> response = get("/actuator/health", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"db\":{\"status\":\"UP\"");
    }

    @Test
    void theApiIsDescribedWithOpenApi() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/api/v1/networks/{slug}").contains("/api/v1/me/tokens");
    }
}
