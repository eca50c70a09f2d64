package se.larteam.meeting;

import java.util.List;

import se.larteam.program.ProgramId;

/**
 * A meeting as one person may see it now. When {@code contentVisible} is false (an organiser, minutes not yet
 * approved, the program has not opened notes), the agenda, notes, decisions, actions and follow-ups are empty:
 * the service never hands them out, so no view can show them by mistake.
 */
public record MeetingDetails(MeetingSummary summary, ProgramId program, String teamName,
        List<AttendanceRow> attendance, boolean contentVisible, List<AgendaItem> agenda, String notes,
        String decisions, List<Action> actions, List<FollowUp> followUps, boolean mayEdit, boolean mayApprove) {
}
