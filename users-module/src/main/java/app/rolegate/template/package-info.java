/** User templates (SPEC 5.3): default profiles, UI language and activation policy for users created from them. */
package app.rolegate.template;
