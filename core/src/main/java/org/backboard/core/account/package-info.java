/** Account administration for clinic leads: create, reset password, (de)activate, change role, set the email address. */
package org.backboard.core.account;
