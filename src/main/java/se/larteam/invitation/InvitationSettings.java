package se.larteam.invitation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param invitationValidFor how long an invitation link works
 * @param resetValidFor      how long a forgotten-password link works
 * @param resendAfter        "Skicka inbjudningar" skips people invited more recently than this
 * @param maxResetsPerHour   forgotten-password mails per account and hour, so the form cannot flood anyone
 */
@ConfigurationProperties("larteam.invitations")
record InvitationSettings(
        @DefaultValue("14d") Duration invitationValidFor,
        @DefaultValue("1h") Duration resetValidFor,
        @DefaultValue("24h") Duration resendAfter,
        @DefaultValue("3") int maxResetsPerHour) {
}
