/**
 * Home exercise programs: versioned prescriptions on an episode, templates to start from, and the
 * sessions a patient completes (docs/clinical-rules.md section 5).
 */
package org.backboard.core.program;
