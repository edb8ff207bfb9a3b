/** Account administration for clinic leads: create, reset password, (de)activate, change role. */
package org.backboard.core.account;
