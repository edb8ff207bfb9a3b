/** Outcome measures and clinically important change (CLINICAL.md section 4). */
package org.backboard.core.outcome;
