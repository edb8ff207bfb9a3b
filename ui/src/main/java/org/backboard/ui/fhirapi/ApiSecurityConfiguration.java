package org.backboard.ui.fhirapi;

import java.time.Duration;
import org.backboard.core.apiclient.ApiTokenService;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The API's own security chains, ahead of the clinicians' (Vaadin) chain, which never sees these
 * addresses: the token endpoint (Spring's authorization server, client credentials only) and
 * {@code /fhir/**} (bearer tokens). Both stateless: no session, no CSRF (no cookie is ever
 * trusted), no redirect to a sign-in page; a refusal is an OperationOutcome.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    static final String FHIR = "/fhir/**";
    static final String METADATA = "/fhir/metadata";

    @Bean
    RegisteredClientRepository registeredClientRepository(ApiTokenService tokens,
                                                          @Value("${backboard.api.token-valid-for:5m}") Duration validFor) {
        return new ApiClientRegistrations(tokens, validFor);
    }

    @Bean
    OAuth2AuthorizationService authorizationService(ApiTokenService tokens, RegisteredClientRepository clients) {
        return new ApiTokenAuthorizations(tokens, clients);
    }

    @Bean
    OpaqueTokenIntrospector apiBearerTokens(ApiTokenService tokens) {
        return new ApiBearerTokens(tokens);
    }

    /** The token endpoint ({@code POST /oauth2/token}) and the authorization server's other endpoints. */
    @Bean
    @Order(1)
    SecurityFilterChain apiTokenChain(HttpSecurity http, OperationOutcomes outcomes) throws Exception {
        OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, configurer -> { })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorized(outcomes))
                        .accessDeniedHandler(forbidden(outcomes)));
        return http.build();
    }

    /** The FHIR API: the CapabilityStatement is public (FHIR requires it), everything else needs a bearer token. */
    @Bean
    @Order(2)
    SecurityFilterChain fhirApiChain(HttpSecurity http, OpaqueTokenIntrospector tokens, OperationOutcomes outcomes)
            throws Exception {
        http.securityMatcher(FHIR)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, METADATA).permitAll()
                        .anyRequest().hasAuthority(ApiBearerTokens.AUTHORITY))
                .oauth2ResourceServer(server -> server.opaqueToken(opaque -> opaque.introspector(tokens))
                        .bearerTokenResolver(bearerTokensBesideTheCapabilityStatement())
                        .authenticationEntryPoint(unauthorized(outcomes))
                        .accessDeniedHandler(forbidden(outcomes)))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorized(outcomes))
                        .accessDeniedHandler(forbidden(outcomes)));
        return http.build();
    }

    /**
     * The CapabilityStatement is public whatever the request carries: a client whose token expired or
     * was revoked still reads it, rather than a 401 for a token the endpoint does not need.
     */
    private static BearerTokenResolver bearerTokensBesideTheCapabilityStatement() {
        DefaultBearerTokenResolver bearer = new DefaultBearerTokenResolver();
        return request -> METADATA.equals(request.getRequestURI().substring(request.getContextPath().length()))
                ? null : bearer.resolve(request);
    }

    /** 401 with the bearer challenge RFC 6750 asks for, and an OperationOutcome as the body. */
    private static AuthenticationEntryPoint unauthorized(OperationOutcomes outcomes) {
        return (request, response, exception) -> {
            boolean tokenSent = request.getHeader("Authorization") != null;
            response.setHeader("WWW-Authenticate", tokenSent ? "Bearer error=\"invalid_token\"" : "Bearer");
            outcomes.write(response, HttpStatus.UNAUTHORIZED, IssueType.LOGIN,
                    tokenSent ? "The bearer token is unknown, expired or its client revoked"
                            : "A bearer token is required: POST /oauth2/token with the client's credentials");
        };
    }

    private static AccessDeniedHandler forbidden(OperationOutcomes outcomes) {
        return (request, response, exception) -> outcomes.write(response, HttpStatus.FORBIDDEN, IssueType.FORBIDDEN,
                "This client may not do this");
    }
}
