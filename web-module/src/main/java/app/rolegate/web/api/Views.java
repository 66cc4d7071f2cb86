package app.rolegate.web.api;

import app.rolegate.administration.MemberDirectory;
import app.rolegate.administration.MemberView;
import app.rolegate.company.Company;
import app.rolegate.grant.Grant;
import app.rolegate.membership.Membership;
import app.rolegate.user.UserAccount;
import app.rolegate.web.json.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** JSON views of the domain. Passwords and hashes never leave the server. */
final class Views {
    private Views() {
    }

    static JsonObjectBuilder company(Company c) {
        JsonObjectBuilder b = Jsons.object().add("id", c.id()).add("name", c.name());
        opt(b, "businessId", c.businessId());
        b.add("accountingFirm", c.isAccountingFirm());
        opt(b, "accountingFirmId", c.accountingFirmId());
        b.add("payrollEnabled", c.payrollEnabled()).add("crmEnabled", c.crmEnabled());
        opt(b, "mainUserId", c.mainUserId());
        opt(b, "openedUnder", c.openedUnderId());
        return b.add("permissionToleranceDays", c.permissionToleranceDays()).add("version", c.version());
    }

    static JsonObjectBuilder user(UserAccount u) {
        JsonObjectBuilder b = Jsons.object().add("id", u.id()).add("userId", u.userId());
        opt(b, "firstName", u.firstName());
        opt(b, "lastName", u.lastName());
        opt(b, "email", u.email());
        opt(b, "phone", u.phone());
        opt(b, "uiLanguage", u.uiLanguage());
        opt(b, "aliasUserId", u.aliasUserId());
        opt(b, "signature", u.signature());
        opt(b, "cardId", u.cardId());
        b.add("showInstructionVideos", u.showInstructionVideos());
        opt(b, "country", u.country());
        opt(b, "personalIdentityCode", u.personalIdentityCode());
        b.add("active", u.isActive()).add("idpStatus", u.idpStatus()).add("primaryCompanyId", u.primaryCompanyId());
        opt(b, "createdBy", u.createdBy());
        return b.add("platformSupport", u.isPlatformSupport()).add("version", u.version());
    }

    /** The short form of a user in lists. */
    static JsonObjectBuilder userSummary(UserAccount u) {
        JsonObjectBuilder b = Jsons.object().add("id", u.id()).add("userId", u.userId());
        opt(b, "firstName", u.firstName());
        opt(b, "lastName", u.lastName());
        opt(b, "email", u.email());
        return b.add("active", u.isActive()).add("idpStatus", u.idpStatus()).add("primaryCompanyId", u.primaryCompanyId());
    }

    static JsonObjectBuilder membership(Membership m, boolean withOverrides) {
        JsonObjectBuilder b = Jsons.object().add("companyId", m.companyId());
        opt(b, "validFrom", m.validity().validFrom());
        opt(b, "validTo", m.validity().validTo());
        b.add("accountingProfile", m.accountingProfile().name());
        opt(b, "payrollProfile", m.payrollProfile());
        opt(b, "crmProfile", m.crmProfile());
        if (withOverrides) {
            JsonObjectBuilder o = Jsons.object();
            m.overrides().forEach((k, v) -> o.add(k, v.name()));
            b.add("overrides", o);
        }
        return b.add("version", m.version());
    }

    static JsonArrayBuilder grants(List<Grant> grants) {
        JsonArrayBuilder a = Jsons.array();
        for (Grant g : grants) {
            a.add(grant(g));
        }
        return a;
    }

    static JsonObjectBuilder grant(Grant g) {
        JsonObjectBuilder b = Jsons.object().add("role", g.role()).add("scope", g.scope().name());
        opt(b, "costCentre", g.costCentre());
        opt(b, "validFrom", g.validity().validFrom());
        opt(b, "validTo", g.validity().validTo());
        opt(b, "grantedBy", g.grantedBy());
        b.add("grantedAt", g.grantedAt().toString()).add("origin", g.origin().name());
        opt(b, "copiedFrom", g.copiedFrom());
        return b;
    }

    static JsonObject member(MemberView v) {
        return membership(v.membership(), true).add("user", userSummary(v.user()))
                .add("companyName", v.company().name())
                .add("primaryCompany", v.user().primaryCompanyId() == v.company().id())
                .add("roles", grants(v.grants())).build();
    }

    static JsonObject page(MemberDirectory.Page p, int page, int size) {
        JsonArrayBuilder items = Jsons.array();
        for (MemberDirectory.Row r : p.rows()) {
            items.add(membership(r.membership(), false).add("user", userSummary(r.user()))
                    .add("primaryCompany", r.user().primaryCompanyId() == r.membership().companyId())
                    .add("roles", grants(r.grants())));
        }
        return Jsons.object().add("items", items).add("page", page).add("size", size)
                .add("total", p.total()).build();
    }

    static void opt(JsonObjectBuilder b, String name, Object value) {
        if (value == null) {
            b.addNull(name);
        } else if (value instanceof Number n) {
            b.add(name, n.longValue());
        } else if (value instanceof Boolean bool) {
            b.add(name, bool);
        } else {
            b.add(name, value.toString());
        }
    }
}
