package app.rolegate.membership.application;

import app.rolegate.membership.MembershipTerms;
import app.rolegate.user.NewUser;

/**
 * Create a user in a company with a first membership there, or authorise the person the identity code names
 * (D11). {@code template}, when given, names a user template of the company (SPEC 5.3): its profiles are the
 * membership's where the terms name none, its language the account's where none is given, and its N and M the
 * account's activation policy.
 */
public record CreateUser(NewUser user, MembershipTerms terms, String template) {
    public static final int TEMPLATE_MAX = app.rolegate.template.TemplateData.NAME_MAX;

    public CreateUser {
        terms = terms == null ? MembershipTerms.defaults() : terms;
        template = app.rolegate.platform.Text.trimmed("template", template, TEMPLATE_MAX);
    }

    public CreateUser(NewUser user, MembershipTerms terms) {
        this(user, terms, null);
    }
}
