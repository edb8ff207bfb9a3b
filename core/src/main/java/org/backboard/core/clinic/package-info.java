/**
 * Clinic outcomes for leads: caseload by stage, clinically important pain improvement at weeks
 * 4, 8 and 12, mean pain reduction at 12 weeks against a reported external figure, and the
 * adherence distribution. The database returns counts of value pairs; the rules that classify
 * them (pain change, adherence) are applied here, so they live in one place.
 */
package org.backboard.core.clinic;
