/**
 * Decisions of a network and its working groups (ToR: "Decisions relevant to the work of the Network will be made by
 * consensus based on consultations with all Network Members, and, on all issues relevant to or of concern to the
 * state, with the MOL"; "All decisions will be taken in full respect of the mandates of Network members"):
 * proposals, consultations in a meeting, in writing or by silence procedure, each member organisation's position,
 * the consensus rules, the government counterpart's consultation, and the numbered register of decisions whose
 * implementation the secretariat monitors.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "network", "membership", "meetings"})
package org.kenes.decisions;
