/** Outcome measures and clinically important change (docs/clinical-rules.md section 4). */
package org.backboard.core.outcome;
