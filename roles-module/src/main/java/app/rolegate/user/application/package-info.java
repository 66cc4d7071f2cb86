/** Application services for accounts (D10, D14, D18): read and change; commands and views. */
package app.rolegate.user.application;
