package org.backboard.ui.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.patientapp.PatientAccounts;
import org.backboard.core.signin.SignInGuard;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests, Clinicians clinicians,
                                            PatientAccounts patientAccounts, SignInGuard guard, Clock clock)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/webjars/**").permitAll());
        // Vaadin's own CSRF set-up also exempts the sign-in POST, which lets another site sign a browser
        // in to the attacker's account (login CSRF). Only Vaadin's internal requests are exempt here:
        // they carry Vaadin's own token. The sign-in page gets Spring's token in a <meta> tag, which
        // vaadin-login-form posts back; a page whose session (and token) ended asks to sign in again.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                .withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                    @Override
                    public <F extends CsrfFilter> F postProcess(F filter) {
                        filter.setAccessDeniedHandler(new ExpiredSignInPage());
                        return filter;
                    }
                }));
        // Spring Security's defaults stay (nosniff, frame DENY, no-cache, HSTS over TLS), except that the
        // static files are left to the caching their servers give them: with "Pragma: no-cache" beside
        // Vaadin's max-age, Chromium fetched Vaadin's whole client again on every page load.
        // Written eagerly: Vaadin renders its pages past the lazy "on commit" hook, which would drop them.
        http.headers(headers -> headers
                .cacheControl(HeadersConfigurer.CacheControlConfig::disable)
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(StaticFiles.MATCHER),
                        new CacheControlHeadersWriter()))
                .referrerPolicy(policy -> policy.policy(ReferrerPolicy.SAME_ORIGIN))
                .contentSecurityPolicy(csp -> csp.policyDirectives(BrowserPolicies.CONTENT_SECURITY_POLICY))
                .permissionsPolicyHeader(policy -> policy.policy(BrowserPolicies.PERMISSIONS_POLICY))
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <F extends HeaderWriterFilter> F postProcess(F filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        // A page whose session ended (idle sign-out) learns it from its next heartbeat: "403 Forbidden" is
        // what Vaadin's client treats as an expired session and reloads, landing on the login view.
        // A redirect would be followed silently and leave the stale page on screen.
        http.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                new HttpStatusEntryPoint(HttpStatus.FORBIDDEN), SecurityConfiguration::isHeartbeatOrUiUpdate)
                // the patient app has its own sign-in page
                .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(PatientSignIn.LOGIN_PATH),
                        PathPatternRequestMatcher.withDefaults().matcher(PatientSignIn.HOME_PATH + "/**")));
        http.addFilterBefore(new PatientSignIn(guard, patientAccounts, passwordEncoder(), clock).filter(),
                UsernamePasswordAuthenticationFilter.class);
        // before access is decided: a session whose account a lead changed is ended first
        http.addFilterBefore(new ChangedAccountSignOut(clinicians, patientAccounts), AuthorizationFilter.class);
        // Vaadin denies unknown addresses outright (a bare 403); signed-in clinicians get the
        // app's not-found page instead, anonymous visitors the login page
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated)).build();
    }

    private static boolean isHeartbeatOrUiUpdate(HttpServletRequest request) {
        String type = request.getParameter("v-r");
        return "heartbeat".equals(type) || "uidl".equals(type);
    }

    /** Publishes sign-in successes and failures, which SignInAuditor turns into throttling and audit. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        return new DefaultAuthenticationEventPublisher(events);
    }

    /** Publishes the end of HTTP sessions, so that sign-outs by timeout are audited like logouts. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
