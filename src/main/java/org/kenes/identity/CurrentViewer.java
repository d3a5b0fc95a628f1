package org.kenes.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.kenes.shared.Viewer;
import org.kenes.shared.ViewerSource;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Gives each controller method the {@link Viewer} of the request, built once per request. */
@Component
public class CurrentViewer implements HandlerMethodArgumentResolver {

    private static final String ATTRIBUTE = CurrentViewer.class.getName();

    private final ViewerSource source;
    private final Accounts accounts;

    CurrentViewer(ViewerSource source, Accounts accounts) {
        this.source = source;
        this.accounts = accounts;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(Viewer.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        return of(webRequest.getNativeRequest(HttpServletRequest.class));
    }

    public Viewer of(HttpServletRequest request) {
        Object cached = request == null ? null : request.getAttribute(ATTRIBUTE);
        if (cached instanceof Viewer viewer) {
            return viewer;
        }
        Viewer viewer = current();
        if (request != null) {
            request.setAttribute(ATTRIBUTE, viewer);
        }
        return viewer;
    }

    private Viewer current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof KenesPrincipal principal) {
            // read afresh: a disabled account or a withdrawn administrator right takes effect at once
            return accounts.find(principal.accountId()).filter(AccountSummary::enabled)
                    .map(account -> source.viewerOf(account.id(), account.username(), account.platformAdmin()))
                    .orElse(Viewer.ANONYMOUS);
        }
        return Viewer.ANONYMOUS;
    }
}
