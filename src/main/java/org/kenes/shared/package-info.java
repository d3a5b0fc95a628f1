/**
 * The kernel every module may use: information levels, the {@link org.kenes.shared.Viewer} who is looking,
 * localized text, the {@link org.kenes.shared.Auditable} event type, demo mode, and the web plumbing shared by
 * all pages and the API. It depends on no business module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.kenes.shared;
