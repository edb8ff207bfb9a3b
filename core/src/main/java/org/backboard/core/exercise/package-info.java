/**
 * The exercise library: reference exercises with instructions, cautions and a default dosage
 * (docs/clinical-rules.md section 5.1).
 */
package org.backboard.core.exercise;
