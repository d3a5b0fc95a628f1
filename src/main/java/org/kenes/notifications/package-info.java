/**
 * E-mail for everything that asks for action, through an outbox: a message is written in the transaction of its
 * cause and sent by a job that retries while the mail server is down, so none is lost and none is sent twice. It
 * listens to other modules' events only; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "network", "membership", "meetings"})
package org.kenes.notifications;
