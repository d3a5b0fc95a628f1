/**
 * Accounts, sign-in and sign-out, personal access tokens for the API, sign-in throttling and the first
 * administrator. Every module may use it; it uses only {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.kenes.identity;
