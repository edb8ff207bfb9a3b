/** Symptom check-ins: pain, stiffness, the symptom checklist and red-flag answers. */
package org.backboard.core.symptom;
