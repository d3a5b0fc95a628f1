/**
 * One Voice joint statements (ToR: the co-chairs "Deliver co-ordinated and/or One Voice joint statements in the name
 * of the Network on specific issues"; the network speaks "with one voice as appropriate"): a statement is drafted in
 * versions, with a title and text in each language of the network; it is endorsed by the members through a
 * consultation of the decisions module, signed off by both co-chair positions of the ToR, then delivered on a date at
 * an occasion. It is internal to the body until delivered; a delivered statement whose endorsement agreed to it is
 * published on the network's public page and feed.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "network", "membership", "meetings", "decisions"})
package org.kenes.statements;
