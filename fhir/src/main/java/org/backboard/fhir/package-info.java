/**
 * Backboard's records as HL7 FHIR R4 resources (HAPI's R4 model): one mapper per resource, each
 * beside its rules in docs/fhir-mapping.md, and the bundle of one patient's whole record. Depends
 * on core's domain types only; no framework, no I/O. The read API, its security and its audit
 * build on these mappers.
 */
package org.backboard.fhir;
