/**
 * Strict reading of JSON request bodies: resources take the body as text and pull typed, checked
 * fields out of a {@link app.rolegate.web.json.JsonBody}, so that every bad input becomes a 400
 * problem naming the field instead of a silent default or a 500.
 */
package app.rolegate.web.json;
