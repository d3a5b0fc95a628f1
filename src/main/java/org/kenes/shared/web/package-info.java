/** Web plumbing every page and API call shares: language, time, problem details, caching of static files. */
package org.kenes.shared.web;
