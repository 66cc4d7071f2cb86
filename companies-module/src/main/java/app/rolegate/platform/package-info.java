/**
 * The shared kernel every module builds on: rule ids, the error types the API turns into problem
 * responses, validity periods, the acting principal and the request context.
 */
package app.rolegate.platform;
