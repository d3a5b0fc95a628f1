package org.kenes.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Values every page uses: the current path for the language switcher, and UTC for times shown as recorded. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAttributes {

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        Object forwarded = request.getAttribute("jakarta.servlet.error.request_uri");
        String path = forwarded instanceof String uri ? uri : request.getRequestURI();
        // a path such as //elsewhere.example would make the language links leave the site
        return "/" + path.substring(request.getContextPath().length()).replaceFirst("^[/\\\\]+", "");
    }

    @ModelAttribute("utc")
    java.time.ZoneId utc() {
        return java.time.ZoneOffset.UTC;
    }
}
