package app.rolegate.pages;

/**
 * Where the pages lead after an action: a redirect (POST, then GET), so that a reload repeats no
 * change. The outcomes name views; Faces encodes their query parameters (a user id holds only letters,
 * digits and . _ @ -, UserFields).
 */
public final class Nav {
    private Nav() {
    }

    public static String register() {
        Feedback.keepForRedirect();
        return "/register.xhtml?faces-redirect=true";
    }

    public static String user(String userId, String tab) {
        Feedback.keepForRedirect();
        return "/user.xhtml?faces-redirect=true&uid=" + userId + "&tab=" + tab;
    }

    public static String opening() {
        Feedback.keepForRedirect();
        return "/opening.xhtml?faces-redirect=true";
    }
}
