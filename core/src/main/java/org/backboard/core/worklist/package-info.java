/**
 * The worklist (docs/clinical-rules.md section 6): what needs a clinician's attention today, computed from
 * each open episode's facts, ordered by severity then age, and acknowledged with an audit record.
 */
package org.backboard.core.worklist;
