package org.kenes.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.kenes.shared.Viewer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Who is signed in and what they may see, for the page header. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

    private final CurrentViewer currentViewer;

    LayoutAdvice(CurrentViewer currentViewer) {
        this.currentViewer = currentViewer;
    }

    @ModelAttribute("principal")
    KenesPrincipal principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof KenesPrincipal principal ? principal : null;
    }

    @ModelAttribute("viewer")
    Viewer viewer(HttpServletRequest request) {
        return currentViewer.of(request);
    }
}
