/** Episodes of care and the 12-week chronicity clock (docs/clinical-rules.md sections 1 and 7). */
package org.backboard.core.episode;
