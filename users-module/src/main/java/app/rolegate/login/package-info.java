/** Login throttling (OWASP ASVS V6): failed logins per account and per client, locks that double. */
package app.rolegate.login;
