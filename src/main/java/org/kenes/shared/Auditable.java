package org.kenes.shared;

/**
 * An event that leaves a trace in the audit trail. The audit module listens to this type only, so a module
 * makes a change auditable by publishing an event that implements it.
 */
public interface Auditable {

    /** The network the change belongs to, or null for platform-wide records. */
    String networkSlug();

    /** The username of who made the change, or "system" for start-up work. */
    String actor();

    /** The kind of record, for example "network" or "access-token". */
    String recordType();

    String recordId();

    /** What happened, in the past tense: "created", "updated", "revoked". */
    String action();

    /** What changed, readable by a person. */
    String details();
}
