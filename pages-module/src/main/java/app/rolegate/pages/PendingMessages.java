package app.rolegate.pages;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * Shows the messages an action kept before it redirected ({@link Feedback#keepForRedirect}) on the page
 * the redirect leads to: "what happened" survives the POST-then-GET. Registered in faces-config.xml.
 */
public class PendingMessages implements PhaseListener {
    private static final long serialVersionUID = 1L;

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext fc = event.getFacesContext();
        if (fc.getExternalContext().getSession(false) == null) {
            return;
        }
        CDI.current().select(PageSession.class).get().takePending().forEach(m -> fc.addMessage(null, m));
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after rendering
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }
}
