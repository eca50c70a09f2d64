package se.larteam.roster;

/** What an import did: people in the file, accounts that were new, and how many went into a team. */
public record RosterResult(int people, int newAccounts, int placedInTeams) {
}
