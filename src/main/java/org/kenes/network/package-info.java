/**
 * A network's Terms of Reference as configuration (ToR rule 1): mission, numbered objectives, guiding frameworks,
 * government counterparts, co-chair positions, secretariat, member agencies, meeting cadence, decision rule and
 * default information level, loaded from {@code networks/*.yaml}; and the reference data every network shares
 * (GCM objectives, SDG goals, targets and indicators, countries, UN entities).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity"})
package org.kenes.network;
