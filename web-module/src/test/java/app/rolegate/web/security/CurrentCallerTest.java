package app.rolegate.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.administration.Decisions;
import app.rolegate.audit.AuditLog;
import app.rolegate.audit.AuditRecord;
import app.rolegate.delegation.DelegationPolicy;
import app.rolegate.delegation.SeparationOfDuty;
import app.rolegate.platform.Actor;
import app.rolegate.platform.RuleDeniedException;
import app.rolegate.platform.RuleId;
import app.rolegate.platform.Today;
import app.rolegate.platform.Validity;
import app.rolegate.user.AccountStatus;
import app.rolegate.user.PersonalIdentityCode;
import app.rolegate.user.UserAccount;
import app.rolegate.user.UserRepository;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class CurrentCallerTest {
    private final Map<String, UserAccount> accounts = new HashMap<>();

    private final Map<String, Validity> primary = new HashMap<>();
    private final List<AuditRecord> denied = new ArrayList<>();

    @Test
    void aTokenOfAnActiveUserIsThatUser() throws Exception {
        account(7L, "anna", true);
        CurrentCaller caller = caller(jwt(Map.of("upn", "Anna", "groups", Set.of("user"))));
        Actor a = caller.actor();
        assertEquals(7L, a.accountId());
        assertEquals("anna", a.name());
        assertSame(a, caller.checkAsker());
    }

    @Test
    void D9_anAccountWhosePrimaryMembershipNoLongerCounts_isRefusedEveryRequest() throws Exception {
        account(8L, "emil", true);
        primary.put("emil", Validity.of(null, LocalDate.now().minusDays(1)));
        assertEquals(401, assertThrows(NotAuthenticatedException.class,
                () -> caller(jwt(Map.of("upn", "emil"))).actor()).status());
        primary.remove("emil");
        assertThrows(NotAuthenticatedException.class, () -> caller(jwt(Map.of("upn", "emil"))).actor());
    }

    @Test
    void subAndPreferredUsernameAreFallbacks() throws Exception {
        account(1L, "bob", true);
        account(2L, "carl", true);
        assertEquals("bob", caller(jwt(Map.of("sub", "bob"))).actor().name());
        assertEquals("carl", caller(jwt(Map.of("preferred_username", "carl"))).actor().name());
    }

    @Test
    void inactiveOrMissingAccountsAreRefused() throws Exception {
        account(3L, "dora", false);
        assertEquals(401, assertThrows(NotAuthenticatedException.class,
                () -> caller(jwt(Map.of("upn", "dora"))).actor()).status());
        assertThrows(NotAuthenticatedException.class, () -> caller(jwt(Map.of("upn", "nobody"))).actor());
        assertThrows(NotAuthenticatedException.class, () -> caller(jwt(Map.of())).actor());
        assertThrows(NotAuthenticatedException.class, () -> caller(null).actor());
    }

    @Test
    void aCheckTokenWithoutAccountIsAServiceClient_whichAsksTheCheckAndNothingElse() {
        CurrentCaller caller = caller(jwt(Map.of("sub", "portal-x", "groups", Set.of(CurrentCaller.SERVICE_CLIENT_GROUP))));
        Actor a = caller.checkAsker();
        assertTrue(a.serviceClient());
        assertEquals("portal-x", a.name());
        RuleDeniedException e = assertThrows(RuleDeniedException.class, caller::actor);
        assertEquals(RuleId.CHECK, e.rule());
        assertEquals(1, denied.size(), "the refusal is audited");
    }

    private UserAccount account(long id, String userId, boolean active) throws Exception {
        UserAccount u = new UserAccount(userId, 1L, null, Instant.EPOCH);
        Field f = UserAccount.class.getDeclaredField("id");
        f.setAccessible(true);
        f.set(u, id);
        u.setActive(active);
        accounts.put(UserAccount.key(userId), u);
        primary.put(UserAccount.key(userId), Validity.untilFurtherNotice());
        return u;
    }

    private CurrentCaller caller(JsonWebToken token) {
        CurrentCaller c = new CurrentCaller();
        c.token = new SingleInstance<>(token);
        c.users = new MapUsers();
        c.today = new Today();
        c.policy = new DelegationPolicy(List.of(), SeparationOfDuty.of(""));
        c.decisions = new Decisions(new AuditLog() {
            @Override
            public void denied(AuditRecord r) {
                denied.add(r);
            }
        });
        return c;
    }

    private static JsonWebToken jwt(Map<String, Object> claims) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return (String) claims.get("upn");
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                return (T) claims.get(name);
            }
        };
    }

    private final class MapUsers implements UserRepository {
        @Override
        public Optional<UserAccount> findByUserId(String userId) {
            return Optional.ofNullable(accounts.get(UserAccount.key(userId)));
        }

        @Override
        public Optional<AccountStatus> statusOf(String userId) {
            return findByUserId(userId).map(u -> new AccountStatus(u.id(), u.userId(), u.isActive(),
                    u.isPlatformSupport(), primary.get(UserAccount.key(userId))));
        }

        @Override
        public UserAccount add(UserAccount user) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<UserAccount> find(long id) {
            return accounts.values().stream().filter(u -> u.id() == id).findFirst();
        }

        @Override
        public Optional<UserAccount> findByIdentityCode(PersonalIdentityCode code) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<UserAccount> findByAlias(String aliasUserId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<UserAccount> findByCardId(String cardId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<UserAccount> findAll(Collection<Long> ids) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<UserAccount> findByEmployeeId(long employeeId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<UserAccount> findByEmployeeIds(Collection<Long> employeeIds) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void flush() {
        }
    }

    /** An Instance holding one value, or none when null. */
    private record SingleInstance<T>(T value) implements Instance<T> {
        @Override
        public T get() {
            return value;
        }

        @Override
        public boolean isUnsatisfied() {
            return value == null;
        }

        @Override
        public boolean isAmbiguous() {
            return false;
        }

        @Override
        public Iterator<T> iterator() {
            return value == null ? List.<T>of().iterator() : List.of(value).iterator();
        }

        @Override
        public Instance<T> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> Instance<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> Instance<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void destroy(T instance) {
        }

        @Override
        public Handle<T> getHandle() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Iterable<? extends Handle<T>> handles() {
            throw new UnsupportedOperationException();
        }
    }
}
