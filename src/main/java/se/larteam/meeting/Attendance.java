package se.larteam.meeting;

/** Närvaro: present, absent, or absent with notice (anmält förhinder). */
public enum Attendance {
    PRESENT,
    ABSENT,
    EXCUSED
}
