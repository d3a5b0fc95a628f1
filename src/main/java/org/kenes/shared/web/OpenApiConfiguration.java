package org.kenes.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Describes the JSON API, and that it takes a personal access token as a bearer token. */
@Configuration
class OpenApiConfiguration {

    @Bean
    OpenAPI kenesApi() {
        return new OpenAPI()
                .info(new Info().title("Kenes API").version("v1")
                        .description("The workspace of a UN Network on Migration. Every call sees what the calling "
                                + "person may see on the pages; errors are RFC 9457 problem details."))
                .components(new Components().addSecuritySchemes("token", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("A personal access token, created on the profile page or with POST /api/v1/me/tokens")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
