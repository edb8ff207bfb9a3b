/** Patients and the clinic roster. */
package org.backboard.core.patient;
