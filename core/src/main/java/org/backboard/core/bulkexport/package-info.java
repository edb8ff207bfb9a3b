/**
 * FHIR Bulk Data export of care records: the jobs an API client kicks off, their states and rules,
 * and the runner that works through them in batches of patients.
 * <p>
 * A job is stored in PostgreSQL with the files it has written so far (gzip'ed NDJSON, one part per
 * batch and resource type) and the last patient it exported, so any node can take it up again
 * after a stop: a batch's parts, its audit rows and the job's progress commit together, and a
 * batch that did not commit is simply done again. Formats are adapters: core hands care records to
 * an {@link org.backboard.core.bulkexport.ExportEncoder} and never builds a file itself.
 */
package org.backboard.core.bulkexport;
