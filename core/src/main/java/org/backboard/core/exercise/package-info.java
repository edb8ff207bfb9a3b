/** The exercise library: reference exercises with instructions, cautions and a default dosage (CLINICAL.md section 5). */
package org.backboard.core.exercise;
