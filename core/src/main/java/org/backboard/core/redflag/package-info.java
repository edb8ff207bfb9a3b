/** Red flags: the warning-sign catalogue, tiers, and acknowledgement (docs/clinical-rules.md section 2). */
package org.backboard.core.redflag;
