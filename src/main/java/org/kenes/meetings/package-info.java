/**
 * Meetings of a network and of its working groups (ToR rule 4): "The UN Migration Network will meet on a quarterly
 * basis, or upon request by its members, whenever possible in conjunction with the UN Country Team meetings", at
 * least one Annual Network Meeting, agendas "drafted by the secretariat, cleared by a co-chair and circulated";
 * the quarterly planner and the calendar files.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "network", "membership"})
package org.kenes.meetings;
