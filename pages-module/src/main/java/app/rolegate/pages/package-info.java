/**
 * The admin pages (SPEC 4.2): Jakarta Faces views over the same application services, commands and
 * view records the REST API uses. The pages decide no rule: they offer what the services say is
 * allowed ({@code grantable}, {@code changeable}), send the same commands, and show every refusal with
 * its rule and reason. Plain Faces and no inline script (one small script file follows a long
 * operation's progress, and the page works without it): every control is a real link or button.
 */
package app.rolegate.pages;
