package app.rolegate.container;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the in-container tests: they run inside Open Liberty, in a test WAR deployed next to the
 * application's real EJB modules, and call the real enterprise beans against the real persistence
 * unit and Derby.
 *
 * <p>The deployment is the EAR the build just made ({@code ear/target/rolegate.ear}), so the modules,
 * their manifests, {@code lib/} (persistence unit, payroll roles, Flyway) and the application's
 * layout are exactly those of production. Only two things differ: the REST WAR is left out (the HTTP
 * integration tests cover it; without it no token issuing or JWT set-up runs here) and a test WAR
 * holding this package takes its place. Arquillian adds its servlet runner to that WAR and its own
 * libraries to {@code lib/}. The archive gets a name of its own, because server.xml already names an
 * application {@code rolegate}.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class ContainerTest {
    static final String APPLICATION = "rolegate-container-tests";
    static final String TEST_WAR = "container-tests.war";

    @Deployment
    public static EnterpriseArchive deployment() {
        File built = new File(System.getProperty("rolegate.arquillian.ear", "target/rolegate.ear"));
        if (!built.isFile()) {
            throw new IllegalStateException("The built EAR " + built.getAbsolutePath() + " is missing: run the"
                    + " package phase first (mvn verify does)");
        }
        EnterpriseArchive ear = ShrinkWrap.create(EnterpriseArchive.class, APPLICATION + ".ear")
                .merge(ShrinkWrap.createFromZipFile(EnterpriseArchive.class, built));
        String applicationXml = read(ear, "META-INF/application.xml");
        // Every web module goes (the REST WAR today); the first one's entry becomes the test WAR's.
        Matcher webModules = WEB_MODULE.matcher(applicationXml);
        StringBuilder rewritten = new StringBuilder();
        boolean first = true;
        while (webModules.find()) {
            ear.delete(webModules.group(1));
            webModules.appendReplacement(rewritten, first ? Matcher.quoteReplacement("<module><web><web-uri>" + TEST_WAR
                    + "</web-uri><context-root>/" + APPLICATION + "</context-root></web></module>") : "");
            first = false;
        }
        webModules.appendTail(rewritten);
        if (first) {
            throw new IllegalStateException("No web module in the built EAR's application.xml:\n" + applicationXml);
        }
        ear.delete("META-INF/application.xml");
        ear.setApplicationXML(new StringAsset(rewritten.toString()));

        WebArchive tests = ShrinkWrap.create(WebArchive.class, TEST_WAR)
                .addPackage(ContainerTest.class.getPackage())
                .addAsWebInfResource(new StringAsset(BEANS_XML), "beans.xml");
        return ear.addAsModule(tests);
    }

    /** A web module of application.xml; group 1 is its web-uri. */
    private static final Pattern WEB_MODULE = Pattern.compile(
            "<module>\\s*<web>\\s*<web-uri>([^<]+)</web-uri>.*?</web>\\s*</module>", Pattern.DOTALL);

    private static String read(EnterpriseArchive ear, String path) {
        try (InputStream in = ear.get(path).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The test WAR is a bean archive so that its helpers ({@link Fixture}, {@link Db}) are CDI beans. */
    private static final String BEANS_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <beans xmlns="https://jakarta.ee/xml/ns/jakartaee"
                   xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                   xsi:schemaLocation="https://jakarta.ee/xml/ns/jakartaee https://jakarta.ee/xml/ns/jakartaee/beans_4_0.xsd"
                   version="4.0" bean-discovery-mode="annotated">
            </beans>
            """;
}
