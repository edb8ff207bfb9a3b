package org.backboard.core.clinician;

import org.backboard.core.shared.NotPermittedException;

/**
 * A signed-in session carries the role it had at sign-in. Services check the actor against the
 * stored account on every call, so a deactivated clinician loses access and a demoted lead loses
 * the lead's rights at once, not when their session ends.
 */
public final class ActorCheck {

    private ActorCheck() {
    }

    /** The actor with the role stored now; refused if the account is gone or deactivated. */
    public static Actor current(Clinicians clinicians, Actor claimed) {
        Role role = clinicians.activeRole(claimed.id())
                .orElseThrow(() -> new NotPermittedException("this account is no longer active"));
        return new Actor(claimed.id(), role);
    }
}
