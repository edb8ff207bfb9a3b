package org.backboard.ui;

import java.time.Clock;
import java.time.Duration;
import org.backboard.core.account.AccountAdministration;
import org.backboard.core.apiclient.ApiClientService;
import org.backboard.core.apiclient.ApiClients;
import org.backboard.core.apiclient.ApiTokenService;
import org.backboard.core.apiclient.ApiTokens;
import org.backboard.core.audit.AuditService;
import org.backboard.core.audit.AuditTrail;
import org.backboard.core.care.AppInvitationService;
import org.backboard.core.care.CareAccess;
import org.backboard.core.care.CareLinks;
import org.backboard.core.care.ApiPatientSearch;
import org.backboard.core.care.CareRecordOwners;
import org.backboard.core.care.CareRecordService;
import org.backboard.core.care.CheckInService;
import org.backboard.core.care.EpisodeService;
import org.backboard.core.care.FlagAlertService;
import org.backboard.core.care.HomeService;
import org.backboard.core.care.LibraryService;
import org.backboard.core.care.OutcomeService;
import org.backboard.core.care.ProgramService;
import org.backboard.core.care.ReminderService;
import org.backboard.core.care.TherapistFlagMail;
import org.backboard.core.care.RedFlagService;
import org.backboard.core.care.WorklistService;
import org.backboard.core.clinic.ClinicFigures;
import org.backboard.core.clinic.ClinicOutcomesService;
import org.backboard.core.clinician.ClinicianDirectory;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.clinician.FirstLeadSetup;
import org.backboard.core.clinician.PasswordHasher;
import org.backboard.core.episode.EpisodeSeeding;
import org.backboard.core.episode.Episodes;
import org.backboard.core.exercise.Exercises;
import org.backboard.core.mail.MailAvailability;
import org.backboard.core.mail.Outbox;
import org.backboard.core.outcome.OutcomeMeasures;
import org.backboard.core.patient.PatientSeeding;
import org.backboard.core.patient.PatientService;
import org.backboard.core.patient.Patients;
import org.backboard.core.patientimport.PatientImportService;
import org.backboard.core.patientapp.AppLinks;
import org.backboard.core.patientapp.InvitationRedemption;
import org.backboard.core.patientapp.Invitations;
import org.backboard.core.patientapp.PatientAccounts;
import org.backboard.core.patientapp.Reminders;
import org.backboard.core.program.ExerciseSessions;
import org.backboard.core.program.ProgramTemplates;
import org.backboard.core.program.Programs;
import org.backboard.core.redflag.FlagAlerts;
import org.backboard.core.redflag.RaisedFlags;
import org.backboard.core.roster.Roster;
import org.backboard.core.roster.RosterService;
import org.backboard.core.signin.SignInAttempts;
import org.backboard.core.signin.SignInGuard;
import org.backboard.core.signin.SignInPolicy;
import org.backboard.core.symptom.CheckIns;
import org.backboard.core.worklist.ItemAcknowledgements;
import org.backboard.core.worklist.WorklistSources;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Registers the core use cases as beans. Their transactions come from the standard
 * {@code jakarta.transaction.Transactional} on the core methods, which Spring honours.
 */
@Configuration(proxyBeanMethods = false)
class ApplicationServices {

    @Bean
    PatientService patientService(Patients patients, Clinicians clinicians, AuditTrail audit, Clock clock) {
        return new PatientService(patients, clinicians, audit, clock);
    }

    @Bean
    RosterService rosterService(Roster roster, Clinicians clinicians, AuditTrail audit, Clock clock) {
        return new RosterService(roster, clinicians, audit, clock);
    }

    @Bean
    PatientImportService patientImportService(PatientSeeding patients, EpisodeSeeding episodes, Clinicians clinicians,
                                              AuditTrail audit, Clock clock) {
        return new PatientImportService(patients, episodes, clinicians, audit, clock);
    }

    /** The one access guard every care use case goes through. */
    @Bean
    CareAccess careAccess(Patients patients, Episodes episodes, Clinicians clinicians, PatientAccounts accounts,
                          ApiClients apiClients, AuditTrail audit, Clock clock) {
        return new CareAccess(patients, episodes, clinicians, accounts, apiClients, audit, clock);
    }

    /** Below the use cases, like sign-in: the token endpoint's clients and the bearer check. */
    @Bean
    ApiTokenService apiTokenService(ApiClients clients, ApiTokens tokens, Clock clock) {
        return new ApiTokenService(clients, tokens, clock);
    }

    @Bean
    ApiClientService apiClientService(ApiClients clients, Clinicians clinicians, PasswordHasher hasher,
                                      AuditTrail audit, Clock clock) {
        return new ApiClientService(clients, clinicians, hasher, audit, clock);
    }

    @Bean
    AppInvitationService appInvitationService(CareAccess care, Episodes episodes, Invitations invitations,
                                              PatientAccounts accounts, AppLinks links, Outbox outbox,
                                              MailAvailability mail, Clock clock,
                                              @Value("${backboard.invitation.valid-for:7d}") Duration validFor) {
        return new AppInvitationService(care, episodes, invitations, accounts, links, outbox, mail, validFor, clock);
    }

    @Bean
    InvitationRedemption invitationRedemption(Invitations invitations, PatientAccounts accounts, Patients patients,
                                              Episodes episodes, PasswordHasher hasher, SignInGuard guard,
                                              AuditTrail audit, Clock clock) {
        return new InvitationRedemption(invitations, accounts, patients, episodes, hasher, guard, audit, clock);
    }

    @Bean
    ReminderService reminderService(CareAccess care, Reminders reminders, Outbox outbox, AppLinks links,
                                    AuditTrail audit, Clock clock) {
        return new ReminderService(care, reminders, outbox, links, audit, clock);
    }

    @Bean
    HomeService homeService(CareAccess care, ProgramService programs, ExerciseSessions sessions, CheckIns checkIns,
                            RaisedFlags flags, OutcomeMeasures outcomes, Clinicians clinicians, Outbox outbox,
                            MailAvailability mail, CareLinks links, Clock clock) {
        return new HomeService(care, programs, sessions, checkIns, flags, outcomes,
                new TherapistFlagMail(clinicians, outbox, mail, links, clock), clock);
    }

    @Bean
    EpisodeService episodeService(Episodes episodes, CheckIns checkIns, RaisedFlags flags, CareAccess care,
                                  Clock clock) {
        return new EpisodeService(episodes, checkIns, flags, care, clock);
    }

    @Bean
    CheckInService checkInService(CheckIns checkIns, RaisedFlags flags, CareAccess care, Clock clock) {
        return new CheckInService(checkIns, flags, care, clock);
    }

    @Bean
    RedFlagService redFlagService(RaisedFlags flags, CareAccess care, Clock clock) {
        return new RedFlagService(flags, care, clock);
    }

    @Bean
    FlagAlertService flagAlertService(FlagAlerts alerts, Patients patients) {
        return new FlagAlertService(alerts, patients);
    }

    @Bean
    CareRecordService careRecordService(Episodes episodes, CheckIns checkIns, RaisedFlags flags,
                                        ProgramService programs, OutcomeMeasures outcomes, CareAccess care,
                                        CareRecordOwners owners, Clock clock) {
        return new CareRecordService(episodes, checkIns, flags, programs, outcomes, care, owners, clock);
    }

    @Bean
    ApiPatientSearch apiPatientSearch(Patients patients, CareAccess care, AuditTrail audit, Clock clock) {
        return new ApiPatientSearch(patients, care, audit, clock);
    }

    @Bean
    OutcomeService outcomeService(OutcomeMeasures outcomes, CareAccess care, Clock clock) {
        return new OutcomeService(outcomes, care, clock);
    }

    @Bean
    WorklistService worklistService(WorklistSources sources, Programs programs, ExerciseSessions sessions,
                                    OutcomeMeasures outcomes, ItemAcknowledgements acknowledgements, CareAccess care,
                                    AuditTrail audit, Clock clock) {
        return new WorklistService(sources, programs, sessions, outcomes, acknowledgements, care, audit, clock);
    }

    @Bean
    ClinicOutcomesService clinicOutcomesService(ClinicFigures figures, Clinicians clinicians, AuditTrail audit,
                                                Clock clock) {
        return new ClinicOutcomesService(figures, clinicians, audit, clock);
    }

    @Bean
    ProgramService programService(Programs programs, ExerciseSessions sessions, Exercises exercises,
                                  CareAccess care, Clock clock) {
        return new ProgramService(programs, sessions, exercises, care, clock);
    }

    @Bean
    LibraryService libraryService(Exercises exercises, ProgramTemplates templates, Clinicians clinicians,
                                  AuditTrail audit, Clock clock) {
        return new LibraryService(exercises, templates, clinicians, audit, clock);
    }

    @Bean
    AuditService auditService(AuditTrail audit, Clinicians clinicians, Clock clock) {
        return new AuditService(audit, clinicians, clock);
    }

    @Bean
    ClinicianDirectory clinicianDirectory(Clinicians clinicians) {
        return new ClinicianDirectory(clinicians);
    }

    @Bean
    AccountAdministration accountAdministration(Clinicians clinicians, PasswordHasher hasher, SignInGuard signIn,
                                                AuditTrail audit, Clock clock) {
        return new AccountAdministration(clinicians, hasher, signIn, audit, clock);
    }

    @Bean
    SignInGuard signInGuard(SignInAttempts attempts, AuditTrail audit, Clock clock,
                            @Value("${backboard.sign-in.max-failures:5}") int maxFailures,
                            @Value("${backboard.sign-in.lock-duration:15m}") Duration lockDuration) {
        return new SignInGuard(attempts, audit, new SignInPolicy(maxFailures, lockDuration, lockDuration), clock);
    }

    @Bean
    PasswordHasher passwordHasher(PasswordEncoder encoder) {
        return encoder::encode;
    }

    @Bean
    FirstLeadSetup firstLeadSetup(Clinicians clinicians, PasswordHasher hasher) {
        return new FirstLeadSetup(clinicians, hasher);
    }
}
