/**
 * The patient's own side: app accounts, the one-time invitations that create them, and the
 * patient as the actor of their own use cases. Clinicians invite and revoke through
 * {@code core.care.AppInvitationService}; patients act through {@code core.care.HomeService}.
 */
package org.backboard.core.patientapp;
