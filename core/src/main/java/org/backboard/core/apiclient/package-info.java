/**
 * API clients: the systems (an EHR, a registry, an analytics team) a clinic lead lets read the
 * FHIR API, each with a scope (the whole clinic or one therapist's caseload), an expiry and a
 * secret shown once and stored hashed. The client as it stands now is checked on every call
 * ({@link org.backboard.core.apiclient.ApiClientCheck}); care records are read through
 * {@code core.care.CareAccess} like any other actor's.
 */
package org.backboard.core.apiclient;
