package reel.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import reel.config.Access;
import reel.page.Viewer;

/** The {@link Viewer} of a request: the container's signed-in user and roles, with the folder rules of {@link Access}. */
final class Viewers {

    private Viewers() {
    }

    static Viewer of(HttpServletRequest request, Access access) {
        return new Viewer(Optional.ofNullable(request.getRemoteUser()),
                place -> access.folders().mayEnter(place.segments(), request::isUserInRole));
    }
}
