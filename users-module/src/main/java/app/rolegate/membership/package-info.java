/** Memberships: a user's authorisation to one company, with validity, the three profiles and custom overrides. */
package app.rolegate.membership;
