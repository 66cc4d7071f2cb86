/**
 * In-container tests: Arquillian (JUnit 5) runs these classes inside a managed Open Liberty, in a
 * test WAR deployed next to the real EJB modules of the built EAR (see
 * {@link app.rolegate.container.ContainerTest}), so they call the real enterprise beans with their
 * real transactions against the real persistence unit and Derby. The server is
 * {@code rolegate-arquillian} (port 9380) in the build's Liberty runtime; {@code mvn verify} runs
 * these tests with the HTTP integration tests of {@code app.rolegate.it}.
 */
package app.rolegate.container;
