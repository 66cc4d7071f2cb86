/** A company's user templates (SPEC 5.3): list and create, for its administrators. One transaction per call. */
package app.rolegate.template.application;
