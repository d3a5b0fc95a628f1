package org.kenes.identity;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** Pages and calls anyone may open: sign-in, public pages, reference data, API description, health. */
    private static final String[] OPEN = {
            "/", "/login", "/error", "/about/**", "/networks/*/public", "/networks/*/public/**",
            "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
            "/actuator/health", "/actuator/health/**", "/actuator/info",
            "/api/v1/networks", "/api/v1/networks/*/public", "/calendar/*"};

    @Bean
    SecurityFilterChain web(HttpSecurity http, AccessTokens tokens, ProblemResponses problems,
                            LoginThrottle throttle, AccountUserDetailsService logins) throws Exception {
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, OPEN).permitAll()
                        .requestMatchers(HttpMethod.HEAD, OPEN).permitAll()
                        .requestMatchers("/login", "/error", "/invitations/*").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .usernameParameter("username")
                        .passwordParameter("password")
                        .failureHandler((request, response, exception) -> response.sendRedirect(
                                request.getContextPath() + (exception instanceof LockedException
                                        || throttle.isLocked(logins.throttleKey(request.getParameter("username")))
                                        ? "/login?locked" : "/login?error")))
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenFilter::carriesBearerToken))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor((request, response, e) ->
                                problems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "problem.unauthenticated"), api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), AnyRequestMatcher.INSTANCE)
                        .defaultAccessDeniedHandlerFor((request, response, e) ->
                                problems.write(request, response, HttpServletResponse.SC_FORBIDDEN, "problem.forbidden"), api)
                        .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE))
                .addFilterBefore(new BearerTokenFilter(tokens, problems), UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, and old hashes keep working when the default moves on
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    ThrottleListener throttleListener(LoginThrottle throttle, AccountUserDetailsService logins) {
        return new ThrottleListener(throttle, logins);
    }

    /** Counts failures per account, so typing the e-mail instead of the username does not double the attempts. */
    static class ThrottleListener {
        private final LoginThrottle throttle;
        private final AccountUserDetailsService logins;

        ThrottleListener(LoginThrottle throttle, AccountUserDetailsService logins) {
            this.throttle = throttle;
            this.logins = logins;
        }

        @EventListener
        void on(AuthenticationFailureBadCredentialsEvent event) {
            throttle.failed(logins.throttleKey(String.valueOf(event.getAuthentication().getPrincipal())));
        }

        @EventListener
        void on(AuthenticationSuccessEvent event) {
            throttle.succeeded(event.getAuthentication().getName());
        }
    }
}
