/** Red flags: the warning-sign catalogue, tiers, and acknowledgement (CLINICAL.md section 2). */
package org.backboard.core.redflag;
