/** The clinic roster: who is on a caseload, at which stage of the 12-week clock, with which open red flags. */
package org.backboard.core.roster;
