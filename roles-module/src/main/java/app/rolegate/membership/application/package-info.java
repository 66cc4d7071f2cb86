/**
 * Application services for a company's users and memberships (D2, D9, D11, D12): create or authorise,
 * the register, read, change, remove, and the bulk calls; commands and views.
 */
package app.rolegate.membership.application;
