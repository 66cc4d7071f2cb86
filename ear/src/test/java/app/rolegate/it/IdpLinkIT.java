package app.rolegate.it;

import static app.rolegate.it.Api.V1;
import static app.rolegate.it.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.it.Scenario.CompanyRef;
import app.rolegate.it.Scenario.Person;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SPEC 5.4: the identity-provider link. Verify at once in a verified domain, pending with a mailed
 * link otherwise; the link verifies once and only once, not after it expired or the link was removed;
 * reset password; verify accounts over the register's filter. Who may (D2, D1, D10, 2.1), and bad input
 * changing nothing.
 */
class IdpLinkIT {
    /** Its main user (USER_ADMIN) creates the users here, so is their creator (D10). */
    private static CompanyRef company;
    /** One of the company's verified e-mail domains. */
    private static String domain;
    /** A second USER_ADMIN: administers, but created nobody. */
    private static Person otherAdmin;
    /** A member without roles. */
    private static Person plain;
    /** Another company, whose main user is a stranger here. */
    private static CompanyRef stranger;

    @BeforeAll
    static void setUp() {
        company = Scenario.company();
        domain = verifiedDomain(company.id());
        otherAdmin = Scenario.memberWithRole(company, "USER_ADMIN");
        plain = Scenario.member(company.firstUserToken(), company.id());
        stranger = Scenario.company();
    }

    /**
     * A fresh verified domain of the company, added as it is in production: by platform support, through the
     * company's settings (SPEC 5.4; administrators may only remove domains).
     */
    static String verifiedDomain(long companyId) {
        String d = Scenario.unique("verified").replace('.', '-').toLowerCase(Locale.ROOT) + ".test";
        String settings = V1 + "/companies/" + companyId + "/settings";
        jakarta.json.JsonArrayBuilder domains = jakarta.json.Json.createArrayBuilder();
        Api.get(settings, Scenario.support()).expect(200).json().getJsonArray("verifiedDomains").forEach(domains::add);
        Api.put(settings, Scenario.support(), object("verifiedDomains", domains.add(d).build())).expect(200);
        return d;
    }

    /** A new user of the company with this saved e-mail (null: none); its userId. */
    private static String userWithEmail(String email) {
        String userId = Scenario.unique("idp");
        Api.post(V1 + "/companies/" + company.id() + "/users", company.firstUserToken(),
                object("userId", userId, "firstName", "Idp", "lastName", userId, "email", email)).expect(201);
        return userId;
    }

    private static String idp(String uid) {
        return V1 + "/users/" + uid + "/idp";
    }

    private static JsonObject account(String uid) {
        return Scenario.account(uid);
    }

    /** The newest mail of this kind to this address in the company's outbox, as platform support reads it. */
    static Optional<JsonObject> mailTo(long companyId, String kind, String address) {
        return Api.get(V1 + "/companies/" + companyId + "/outbox?size=500", Scenario.support()).expect(200).json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(m -> kind.equals(m.getString("kind")) && address.equalsIgnoreCase(m.getString("to")))
                .findFirst();
    }

    static int outboxSize(long companyId) {
        return Api.get(V1 + "/companies/" + companyId + "/outbox?size=1", Scenario.support()).expect(200).json()
                .getInt("total");
    }

    /** Verifies by the saved e-mail, pending; the token of the mailed link. */
    private static String pending(String uid, String address) {
        JsonObject r = Api.post(idp(uid) + "/verify", company.firstUserToken(), "{}").expect(200).json();
        assertEquals("PENDING", r.getString("idpStatus"));
        assertTrue(r.getBoolean("mailed"));
        return mailTo(company.id(), "IDP_VERIFICATION", address).orElseThrow().getString("token");
    }

    private static Api.Response follow(String token) {
        return Api.post(V1 + "/idp/verifications/" + token, null, null);
    }

    private static boolean audited(String uid, String action, String outcome, String rule) {
        return Scenario.audit(company.firstUserToken(), company.id(), "target=" + uid).getValuesAs(JsonObject.class)
                .stream().anyMatch(e -> action.equals(e.getString("action")) && outcome.equals(e.getString("outcome"))
                        && rule.equals(e.getString("rule", null)));
    }

    // ---- verify account ----

    @Test
    void verify_inAVerifiedDomain_linksAtOnce_withoutMail() {
        String address = Scenario.unique("anna") + "@" + domain.toUpperCase(Locale.ROOT);
        String uid = userWithEmail(address);
        JsonObject r = Api.post(idp(uid) + "/verify", company.firstUserToken(), null).expect(200).json();
        assertEquals("VERIFIED", r.getString("idpStatus"));
        assertEquals(address, r.getString("email"));
        assertFalse(r.getBoolean("mailed"));
        JsonObject a = account(uid);
        assertEquals("VERIFIED", a.getString("idpStatus"));
        assertEquals(address, a.getString("idpEmail"));
        assertTrue(mailTo(company.id(), "IDP_VERIFICATION", address).isEmpty(), "no mail for a verified domain");
        assertTrue(audited(uid, "idp.verify", "ALLOWED", "D2"));
        // The register's filter sees the state.
        JsonObject list = Api.get(V1 + "/companies/" + company.id() + "/members?idpStatus=VERIFIED&q=" + uid,
                company.firstUserToken()).expect(200).json();
        assertEquals(1, list.getInt("total"));
        // Verifying again changes nothing.
        JsonObject again = Api.post(idp(uid) + "/verify", company.firstUserToken(), "{}").expect(200).json();
        assertEquals("VERIFIED", again.getString("idpStatus"));
        assertEquals(a.getJsonNumber("version"), account(uid).getJsonNumber("version"));
    }

    @Test
    void verify_elsewhere_isPendingWithAMailedLink_thatVerifiesOnceAndOnlyOnce() {
        String address = Scenario.unique("bert") + "@example.test";
        String uid = userWithEmail(address);
        String token = pending(uid, address);
        JsonObject mail = mailTo(company.id(), "IDP_VERIFICATION", address).orElseThrow();
        assertTrue(mail.getString("body").contains(Api.BASE_URL + V1 + "/idp/verifications/" + token), mail.toString());
        assertEquals("PENDING", account(uid).getString("idpStatus"));
        assertEquals(address, account(uid).getString("idpEmail"));
        // Opening the link (GET) shows a page and uses nothing up.
        Api.Response page = Api.send("GET", V1 + "/idp/verifications/" + token, null, null, Map.of("Accept", "text/html"));
        page.expect(200);
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        assertEquals("PENDING", account(uid).getString("idpStatus"));

        JsonObject followed = follow(token).expect(200).json();
        assertEquals("VERIFIED", followed.getString("idpStatus"));
        assertEquals(address, followed.getString("email"));
        assertEquals("VERIFIED", account(uid).getString("idpStatus"));
        assertTrue(Scenario.audit(company.firstUserToken(), company.id(), "target=" + uid).getValuesAs(JsonObject.class)
                .stream().anyMatch(e -> "idp.verification.follow".equals(e.getString("action"))
                        && "ALLOWED".equals(e.getString("outcome"))));

        long version = account(uid).getJsonNumber("version").longValue();
        Api.Response second = follow(token);
        JsonObject p = second.expectProblem(404, "not-found");
        assertTrue(p.getString("detail").contains("not valid"), p.toString());
        assertEquals(version, account(uid).getJsonNumber("version").longValue(), "the second time changes nothing");
        assertTrue(Scenario.audit(company.firstUserToken(), company.id(), "target=" + uid).getValuesAs(JsonObject.class)
                .stream().anyMatch(e -> "idp.verification.follow".equals(e.getString("action"))
                        && "DENIED".equals(e.getString("outcome"))), "the refused second use is audited");
    }

    @Test
    void aFollowedLinkFromThePage_answersAPage() {
        String address = Scenario.unique("page") + "@example.test";
        String uid = userWithEmail(address);
        String token = pending(uid, address);
        Api.Response r = Api.send("POST", V1 + "/idp/verifications/" + token, null, null,
                Map.of("Accept", "text/html,application/xhtml+xml,*/*;q=0.8",
                        "Content-Type", "application/x-www-form-urlencoded"));
        r.expect(200);
        assertTrue(r.contentType().startsWith("text/html"), r.contentType());
        assertTrue(r.body().contains(address));
        assertEquals("VERIFIED", account(uid).getString("idpStatus"));
    }

    @Test
    void anExpiredLink_verifiesNothing() {
        String address = Scenario.unique("cecil") + "@example.test";
        String uid = userWithEmail(address);
        String token = pending(uid, address);
        assertEquals(1, Sql.update("UPDATE idp_verification SET expires_at = created_at WHERE token_hash = "
                + Sql.literal(Sql.tokenHash(token))));
        follow(token).expectProblem(404, "not-found");
        assertEquals("PENDING", account(uid).getString("idpStatus"));
    }

    @Test
    void anUnknownOrMalformedToken_isTheSame404() {
        JsonObject unknown = follow("A".repeat(43)).expectProblem(404, "not-found");
        JsonObject malformed = follow("not-a-token").expectProblem(404, "not-found");
        assertEquals(unknown.getString("detail"), malformed.getString("detail"));
    }

    @Test
    void aNewVerification_replacesThePendingLink() {
        String address = Scenario.unique("dora") + "@example.test";
        String uid = userWithEmail(address);
        String first = pending(uid, address);
        String second = pending(uid, address);
        follow(first).expectProblem(404, "not-found");
        follow(second).expect(200);
    }

    @Test
    void removingTheLink_stopsAPendingToken() {
        String address = Scenario.unique("emil") + "@example.test";
        String uid = userWithEmail(address);
        String token = pending(uid, address);
        JsonObject r = Api.delete(idp(uid), company.firstUserToken()).expect(200).json();
        assertEquals("NONE", r.getString("idpStatus"));
        assertEquals("NONE", account(uid).getString("idpStatus"));
        assertTrue(account(uid).isNull("idpEmail"));
        follow(token).expectProblem(404, "not-found");
        assertEquals("NONE", account(uid).getString("idpStatus"));
        assertTrue(audited(uid, "idp.remove", "ALLOWED", "D2"));
    }

    @Test
    void removingAVerifiedLink_thenLinkingAnotherAddress() {
        String address = Scenario.unique("fay") + "@" + domain;
        String uid = userWithEmail(address);
        Api.post(idp(uid) + "/verify", company.firstUserToken(), "{}").expect(200);
        String other = Scenario.unique("fay2") + "@" + domain;
        // Linked already: another address needs the link removed first (the seed's "Ta bort koppling").
        Api.post(idp(uid) + "/verify", company.firstUserToken(), object("email", other)).expectProblem(409, "conflict");
        Api.delete(idp(uid), company.firstUserToken()).expect(200);
        JsonObject r = Api.post(idp(uid) + "/verify", company.firstUserToken(), object("email", other)).expect(200).json();
        assertEquals("VERIFIED", r.getString("idpStatus"));
        assertEquals(other, account(uid).getString("idpEmail"));
    }

    @Test
    void anAddressVerifiedForAnotherAccount_isNeverLinkedAgain() {
        String address = Scenario.unique("gus") + "@" + domain;
        String first = userWithEmail(address);
        Api.post(idp(first) + "/verify", company.firstUserToken(), "{}").expect(200);
        String second = userWithEmail(address.toUpperCase(Locale.ROOT));
        Api.post(idp(second) + "/verify", company.firstUserToken(), "{}").expectProblem(409, "conflict");
        assertEquals("NONE", account(second).getString("idpStatus"));
    }

    // ---- reset password ----

    @Test
    void resetPassword_mailsTheVerifiedAddress_andNeedsAVerifiedLink() {
        String address = Scenario.unique("hugo") + "@" + domain;
        String uid = userWithEmail(address);
        Api.post(idp(uid) + "/reset-password", company.firstUserToken(), null).expectProblem(409, "conflict");
        Api.post(idp(uid) + "/verify", company.firstUserToken(), null).expect(200);
        JsonObject r = Api.post(idp(uid) + "/reset-password", company.firstUserToken(), null).expect(200).json();
        assertTrue(r.getBoolean("mailed"));
        JsonObject mail = mailTo(company.id(), "IDP_PASSWORD_RESET", address).orElseThrow();
        assertEquals(address, mail.getString("to"));
        assertTrue(mail.getString("body").contains(address));
        assertFalse(mail.containsKey("token"), "a reset mail has no token");
        assertEquals("VERIFIED", account(uid).getString("idpStatus"), "the link stays");
        assertTrue(audited(uid, "idp.reset-password", "ALLOWED", "D2"));
    }

    // ---- verify accounts ----

    @Test
    void verifyAccounts_countsForAMixedFilter() {
        String tag = Scenario.unique("bulk").replace(".", "");
        String inDomain1 = userWithEmail(tag + "a@" + domain);
        String inDomain2 = userWithEmail(tag + "b@" + domain);
        String elsewhere = userWithEmail(tag + "c@example.test");
        String noEmail = userWithEmail(null);
        Api.patch(V1 + "/users/" + noEmail, company.firstUserToken(), object("lastName", tag + "d")).expect(200);
        String verified = userWithEmail(tag + "e@" + domain);
        Api.post(idp(verified) + "/verify", company.firstUserToken(), null).expect(200);
        long versionBefore = account(verified).getJsonNumber("version").longValue();

        String bulk = V1 + "/companies/" + company.id() + "/members/idp-verify?q=" + tag;
        JsonObject r = Api.post(bulk, company.firstUserToken(), null).expect(200).json();
        assertEquals(2, r.getInt("verified"), r.toString());
        assertEquals(1, r.getInt("mailed"), r.toString());
        assertEquals(2, r.getInt("skipped"), r.toString());
        assertEquals("VERIFIED", account(inDomain1).getString("idpStatus"));
        assertEquals("VERIFIED", account(inDomain2).getString("idpStatus"));
        assertEquals("PENDING", account(elsewhere).getString("idpStatus"));
        assertEquals("NONE", account(noEmail).getString("idpStatus"));
        assertEquals(versionBefore, account(verified).getJsonNumber("version").longValue());
        assertTrue(mailTo(company.id(), "IDP_VERIFICATION", tag + "c@example.test").isPresent());

        // Only the pending one matches this filter: mailed once more; the old link no longer works.
        String oldToken = mailTo(company.id(), "IDP_VERIFICATION", tag + "c@example.test").orElseThrow().getString("token");
        JsonObject again = Api.post(bulk + "&idpStatus=PENDING", company.firstUserToken(), null).expect(200).json();
        assertEquals(List.of(0, 1, 0), List.of(again.getInt("verified"), again.getInt("mailed"), again.getInt("skipped")));
        follow(oldToken).expectProblem(404, "not-found");
        assertTrue(audited(elsewhere, "idp.verify", "ALLOWED", "D2"));
    }

    @Test
    void D1_verifyAccounts_skipsTheCallersOwnAccount() {
        String own = company.firstUserId();
        JsonObject r = Api.post(V1 + "/companies/" + company.id() + "/members/idp-verify?q=" + own,
                company.firstUserToken(), null).expect(200).json();
        assertEquals(List.of(0, 0, 1), List.of(r.getInt("verified"), r.getInt("mailed"), r.getInt("skipped")));
        assertEquals("NONE", account(own).getString("idpStatus"));
    }

    // ---- who may ----

    @Test
    void D1_nobodyOnTheirOwnAccount() {
        String own = company.firstUserId();
        String spelled = own.toUpperCase(Locale.ROOT);
        Api.post(idp(own) + "/verify", company.firstUserToken(), null).expectDenied("D1");
        Api.post(idp(spelled) + "/verify", company.firstUserToken(), null).expectDenied("D1");
        Api.post(idp(own) + "/reset-password", company.firstUserToken(), null).expectDenied("D1");
        Api.delete(idp(own), company.firstUserToken()).expectDenied("D1");
        assertEquals("NONE", account(own).getString("idpStatus"));
        assertTrue(audited(own, "idp.verify", "DENIED", "D1"));
    }

    @Test
    void D2_aMemberWhoAdministersNothing_isRefused() {
        String address = Scenario.unique("ida") + "@" + domain;
        String uid = userWithEmail(address);
        Api.post(idp(uid) + "/verify", plain.token(), null).expectDenied("D2");
        Api.post(idp(uid) + "/reset-password", plain.token(), null).expectDenied("D2");
        Api.delete(idp(uid), plain.token()).expectDenied("D2");
        Api.post(V1 + "/companies/" + company.id() + "/members/idp-verify", plain.token(), null).expectDenied("D2");
        assertEquals("NONE", account(uid).getString("idpStatus"));
        assertTrue(audited(uid, "idp.verify", "DENIED", "D2"));
    }

    @Test
    void D2_platformSupport_administersNoCompany() {
        String uid = userWithEmail(Scenario.unique("jon") + "@" + domain);
        Api.post(idp(uid) + "/verify", Scenario.support(), null).expectDenied("D2");
        Api.post(V1 + "/companies/" + company.id() + "/members/idp-verify", Scenario.support(), null).expectDenied("D2");
        assertEquals("NONE", account(uid).getString("idpStatus"));
    }

    @Test
    void D2_anotherAdministrator_verifiesTheSavedAddress() {
        String address = Scenario.unique("kim") + "@" + domain;
        String uid = userWithEmail(address);
        JsonObject r = Api.post(idp(uid) + "/verify", otherAdmin.token(), null).expect(200).json();
        assertEquals("VERIFIED", r.getString("idpStatus"));
    }

    @Test
    void D10_anotherAddress_onlyByWhoMayChangeTheUsersEmail() {
        String saved = Scenario.unique("lea") + "@example.test";
        String uid = userWithEmail(saved);
        String mine = Scenario.unique("intruder") + "@example.test";
        // A USER_ADMIN who did not create the account may not link it to an address of their choice.
        Api.post(idp(uid) + "/verify", otherAdmin.token(), object("email", mine)).expectDenied("D10");
        assertEquals("NONE", account(uid).getString("idpStatus"));
        assertTrue(mailTo(company.id(), "IDP_VERIFICATION", mine).isEmpty());
        // The saved address, spelled in another case, is the saved address.
        Api.post(idp(uid) + "/verify", otherAdmin.token(), object("email", saved.toUpperCase(Locale.ROOT))).expect(200);
        // The creator may give another address (D10 lets them change the e-mail too).
        Api.delete(idp(uid), company.firstUserToken()).expect(200);
        String given = Scenario.unique("lea2") + "@" + domain;
        JsonObject r = Api.post(idp(uid) + "/verify", company.firstUserToken(), object("email", given)).expect(200).json();
        assertEquals("VERIFIED", r.getString("idpStatus"));
        assertEquals(given, account(uid).getString("idpEmail"));
        assertEquals(saved, account(uid).getString("email"), "the saved e-mail stays as it was");
    }

    @Test
    void companyId_actsForAnotherCompanyWhereTheUserIsAMember() {
        // The user's primary company is the stranger's; this company authorises the person by identity code (D11).
        String address = Scenario.unique("mia") + "@" + domain;
        String uid = Scenario.unique("outsider");
        String code = Scenario.finnishIdentityCode();
        Api.post(V1 + "/companies/" + stranger.id() + "/users", stranger.firstUserToken(),
                object("userId", uid, "email", address, "country", "FI", "personalIdentityCode", code)).expect(201);
        Scenario.authoriseByIdentityCode(company.firstUserToken(), company.id(), code);
        // By default the company acted for is the user's primary one, where this administrator is nobody (2.1).
        Api.post(idp(uid) + "/verify", company.firstUserToken(), null).expectProblem(404, "not-found");
        JsonObject r = Api.post(idp(uid) + "/verify", company.firstUserToken(), object("companyId", company.id()))
                .expect(200).json();
        assertEquals("VERIFIED", r.getString("idpStatus"), "this company's verified domain decides");
        assertTrue(audited(uid, "idp.verify", "ALLOWED", "D2"));
        // The stranger's company has no such domain: acting for it, a removed and renewed link is mailed.
        Api.delete(idp(uid), stranger.firstUserToken()).expect(200);
        JsonObject s = Api.post(idp(uid) + "/verify", stranger.firstUserToken(), null).expect(200).json();
        assertEquals("PENDING", s.getString("idpStatus"));
        assertTrue(mailTo(stranger.id(), "IDP_VERIFICATION", address).isPresent());
        assertTrue(mailTo(company.id(), "IDP_VERIFICATION", address).isEmpty());
    }

    /** SPEC 2.1: another company's administrator learns nothing; every call answers the 404 of an unknown target. */
    @Test
    void anotherCompanysAdministrator_getsTheSame404AsForUnknown() {
        String address = Scenario.unique("nils") + "@example.test";
        String uid = userWithEmail(address);
        String token = stranger.firstUserToken();
        String unknownUser = Scenario.unique("nobody");
        long unknownCompany = 987654321L;
        JsonObject reference = Api.post(idp(unknownUser) + "/verify", token, null).expectProblem(404, "not-found");
        List<Api.Response> answers = List.of(
                Api.post(idp(uid) + "/verify", token, null),
                Api.post(idp(uid) + "/verify", token, object("companyId", company.id())),
                Api.post(idp(unknownUser) + "/verify", token, object("companyId", unknownCompany)),
                Api.post(idp(uid) + "/reset-password", token, null),
                Api.post(idp(uid) + "/reset-password", token, object("companyId", company.id())),
                Api.delete(idp(uid), token),
                Api.delete(idp(uid) + "?companyId=" + company.id(), token),
                Api.post(V1 + "/companies/" + company.id() + "/members/idp-verify", token, null),
                Api.post(V1 + "/companies/" + unknownCompany + "/members/idp-verify", token, null),
                Api.get(V1 + "/companies/" + company.id() + "/outbox", token),
                Api.get(V1 + "/companies/" + unknownCompany + "/outbox", token),
                // The stranger's own company, where the user is no member.
                Api.post(idp(uid) + "/verify", token, object("companyId", stranger.id())));
        for (Api.Response a : answers) {
            JsonObject p = a.expectProblem(404, "not-found");
            assertEquals(withoutRequestId(reference), withoutRequestId(p), a.body());
        }
        assertEquals("NONE", account(uid).getString("idpStatus"));
        assertTrue(mailTo(company.id(), "IDP_VERIFICATION", address).isEmpty());
    }

    static Map<String, Object> withoutRequestId(JsonObject problem) {
        Map<String, Object> m = new java.util.TreeMap<>(problem);
        m.remove("requestId");
        return m;
    }

    // ---- bad input ----

    @Test
    void badInput_isRefusedNamingTheField_andChangesNothing() {
        String address = Scenario.unique("olga") + "@example.test";
        String uid = userWithEmail(address);
        String noEmail = userWithEmail(null);
        int mails = outboxSize(company.id());
        String t = company.firstUserToken();
        Api.post(idp(uid) + "/verify", t, object("email", "not-an-address")).expectInvalid("email");
        Api.post(idp(uid) + "/verify", t, object("email", "a@" + "x".repeat(260) + ".test")).expectInvalid("email");
        Api.post(idp(uid) + "/verify", t, object("mail", address)).expectInvalid("mail");
        Api.post(idp(uid) + "/verify", t, object("companyId", "one")).expectInvalid("companyId");
        Api.post(idp(uid) + "/verify", t, "[1]").expectInvalid(null);
        Api.post(idp(noEmail) + "/verify", t, "{}").expectInvalid("email");
        Api.delete(idp(uid) + "?companyId=x", t).expectInvalid("companyId");
        String bulk = V1 + "/companies/" + company.id() + "/members/idp-verify";
        Api.post(bulk + "?idpStatus=MAYBE", t, null).expectInvalid("idpStatus");
        Api.post(bulk + "?role=NO_SUCH_ROLE", t, null).expectInvalid("role");
        Api.post(bulk + "?active=perhaps", t, null).expectInvalid("active");
        assertEquals("NONE", account(uid).getString("idpStatus"));
        assertEquals("NONE", account(noEmail).getString("idpStatus"));
        assertEquals(mails, outboxSize(company.id()), "no mail queued");
    }
}
