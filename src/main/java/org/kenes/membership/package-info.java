/**
 * Organisations and the people who act for them in a network (ToR rule 2): the coordinator and secretariat, the
 * co-chairs, the member agencies' focal points, external partners and observers. It builds the
 * {@link org.kenes.shared.Viewer} that every other module filters by.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "network"})
package org.kenes.membership;
