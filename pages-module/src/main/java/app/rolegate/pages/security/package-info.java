/**
 * The pages' login (Jakarta Security): a form, the same accounts and passwords as the API's token call,
 * a session that ends with a timeout or a logout, a new session id at login, and the account checked
 * against current data on every request.
 */
package app.rolegate.pages.security;
