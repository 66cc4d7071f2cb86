/** Application services for companies: creation with the first user, client companies (D13), main user (D8). */
package app.rolegate.company.application;
