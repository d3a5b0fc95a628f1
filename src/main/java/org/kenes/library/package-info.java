/**
 * The network's library (ToR: members "share regular updates on key, emerging migration issues, research and
 * activities ... data, documents, studies and practical information"; "All information exchanged within the Network
 * meetings is meant for internal use only, unless explicitly stated and agreed otherwise"): documents with their
 * files, updates and links, at an information level, and the store their files are kept in. Files are checked by
 * their content, not their name, and their text is extracted for search.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "network", "membership"})
package org.kenes.library;
