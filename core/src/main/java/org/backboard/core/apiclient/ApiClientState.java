package org.backboard.core.apiclient;

/** Where a client stands at a moment: only an active client gets tokens and reads. */
public enum ApiClientState {
    ACTIVE, EXPIRED, REVOKED
}
