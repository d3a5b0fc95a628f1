/**
 * The append-only audit trail (ToR rule 13, "an audit trail of every change"): who changed which record, when, and
 * what changed. It listens to {@link org.kenes.shared.Auditable} events only; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity"})
package org.kenes.audit;
