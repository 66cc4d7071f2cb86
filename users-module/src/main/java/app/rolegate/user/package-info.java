/** User accounts: one person platform-wide, with login name, alias, card, identity code and primary company. */
package app.rolegate.user;
