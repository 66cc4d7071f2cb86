/** Application services for grants: grant, revoke, copy (D5) and the grant dialog's choices; commands and views. */
package app.rolegate.grant.application;
