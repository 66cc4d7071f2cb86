/**
 * The permission check of SPEC 3: may user U, in company C, do P (to employee X)? Permissions are
 * contributed as {@link PermissionRule} beans; coverage of an employee plugs in through {@link Coverage}.
 */
package app.rolegate.check;
