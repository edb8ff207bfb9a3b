/**
 * The FHIR R4 read API under {@code /fhir} and its OAuth 2 token endpoint: Spring MVC controllers
 * that call core's access-checked, audited services and answer with the fhir module's resources
 * (HAPI's JSON parser), a security chain of their own (stateless bearer tokens, no session, no
 * CSRF, every refusal an OperationOutcome) and the adapters that back Spring's authorization
 * server with core's API clients.
 */
package org.backboard.ui.fhirapi;
