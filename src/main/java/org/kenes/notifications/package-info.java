/**
 * E-mail for everything that asks for action, through an outbox: listeners of other modules' events (kept in
 * the event publication registry and republished after a restart) write messages there, and a job sends them,
 * retrying while the mail server is down, so none is lost and none is sent twice. It
 * listens to other modules' events only; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "network", "membership", "meetings", "decisions", "statements", "library"})
package org.kenes.notifications;
