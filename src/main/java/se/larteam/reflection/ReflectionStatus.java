package se.larteam.reflection;

public enum ReflectionStatus {
    DRAFT,
    SHARED
}
