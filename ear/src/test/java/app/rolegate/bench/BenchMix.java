package app.rolegate.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The messy-traffic benchmark (issue: speed that lasts). Against a server started on an empty
 * database: grows a platform through the API ({@code grow}); runs a mix of everything a long-running
 * server sees ({@code mess}: growth, grants and revocations allowed and denied, racing grants and
 * racing changes of one membership, many custom overrides on a few memberships, outsiders' 404s,
 * hostile input); and measures {@code /check} and {@code /me} ({@code measure}). ear/bench-mix.sh
 * measures again after a restart on the same data and prints both. What it made is written to a state
 * file, so that a later run (after the restart) measures the same people.
 */
public final class BenchMix {
    private static final String[] PERMISSIONS = {"accounting.read", "accounting.edit", "accounting.search",
        "users.manage", "audit.read", "accounting.advanced", "payroll.read", "crm.read"};
    private static final String[] ROLES = {"BOOKKEEPER", "SUPERVISOR", "PERSONAL_DATA_HANDLER", "AUDITOR", "USER_ADMIN",
        "FIRM_MAIN_USER", "PAYROLL_CALCULATOR"};
    private static final String PASSWORD = "bench-Passw0rd-1";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final Path stateFile;
    /** Per company: its id, its administrator's token. */
    private final List<long[]> companies = new ArrayList<>();
    private final Map<Long, String> adminOf = new ConcurrentHashMap<>();
    private final Map<Long, List<String>> membersOf = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
    private String support;
    private String hotUser;
    private String hotToken;
    private final ExecutorService racers = Executors.newCachedThreadPool();

    private BenchMix(String base, Path stateFile) {
        this.base = base;
        this.stateFile = stateFile;
    }

    public static void main(String[] args) throws Exception {
        try {
            run(args);
        } catch (Exception | Error e) {
            // exec:java waits for every thread before it reports: a failure must end the run, not hang it.
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run(String[] args) throws Exception {
        BenchMix mix = new BenchMix(arg(args, "--base", "http://localhost:9080/api/v1"),
                Path.of(arg(args, "--state", "target/bench-mix-state.txt")));
        String phases = arg(args, "--phases", "grow,mess,measure");
        mix.support = mix.login("support", arg(args, "--support-password", System.getenv("ROLEGATE_SUPPORT_PASSWORD")));
        if (phases.contains("grow")) {
            mix.grow(Integer.parseInt(arg(args, "--companies", "40")), Integer.parseInt(arg(args, "--users", "40")));
            mix.save();
        } else {
            mix.load();
        }
        if (phases.contains("mess")) {
            mix.mess(Integer.parseInt(arg(args, "--minutes", "10")), Integer.parseInt(arg(args, "--clients", "8")));
        }
        if (phases.contains("measure")) {
            mix.measure(arg(args, "--label", "after the mix"), Integer.parseInt(arg(args, "--seconds", "20")),
                    Integer.parseInt(arg(args, "--warmup", "60")));
        }
    }

    // ---------------------------------------------------------------- grow

    private void grow(int companyCount, int usersPerCompany) throws Exception {
        long t0 = System.nanoTime();
        // The first company and the hot user at once, then the hot calls on that tiny platform: a server that
        // starts empty compiles its statements' plans while its tables are nearly empty (the moment the plans
        // of the slow server were made).
        long first = growCompany(0, usersPerCompany);
        hotUser = "mix.hot." + Long.toString(System.nanoTime(), 36);
        call("POST", "/companies/" + first + "/users", adminOf.get(first), "{\"userId\":\"" + hotUser
                + "\",\"password\":\"" + PASSWORD + "\"}", 201);
        List<String> firstMembers = membersOf.get(first);
        for (int i = 0; i < 300; i++) {
            call("POST", "/check", adminOf.get(first), "{\"userId\":\"" + firstMembers.get(i % firstMembers.size())
                    + "\",\"companyId\":" + first + ",\"permission\":\"" + PERMISSIONS[i % PERMISSIONS.length]
                    + "\"}", 200);
            call("GET", "/me?size=50", hotToken(), null, 200);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 1; i < companyCount; i++) {
                int n = i;
                work.add(pool.submit(() -> growCompany(n, usersPerCompany)));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        membersOf.keySet().stream().sorted().forEach(cid -> companies.add(new long[] {cid}));
        // The hot user: a member of many companies, with many custom overrides in a few of them (mess).
        for (long[] c : companies.subList(1, Math.min(companies.size(), 25))) {
            call("PUT", "/companies/" + c[0] + "/members/" + hotUser, adminOf.get(c[0]), "{}", -1);
        }
        System.out.printf("grow: %d companies, %d users each, in %.0f s%n", companyCount, usersPerCompany,
                (System.nanoTime() - t0) / 1e9);
    }

    /** A company with its first user and members, a quarter of them with a role; its id. */
    private long growCompany(int n, int usersPerCompany) throws Exception {
        String first = "mix.admin" + n + "." + Long.toString(System.nanoTime(), 36);
        String body = "{\"name\":\"Mix " + n + " " + first + "\",\"payrollEnabled\":true,\"crmEnabled\":true,"
                + "\"firstUser\":{\"userId\":\"" + first + "\",\"password\":\"" + PASSWORD + "\"}}";
        long cid = id(call("POST", "/companies", support, body, 201));
        firstUsers.put(cid, first);
        adminOf.put(cid, login(first, PASSWORD));
        List<String> members = new ArrayList<>();
        for (int u = 0; u < usersPerCompany; u++) {
            String uid = "mix.u" + cid + "." + u;
            call("POST", "/companies/" + cid + "/users", adminOf.get(cid), "{\"userId\":\"" + uid
                    + "\",\"membership\":{\"accountingProfile\":\"" + (u % 3 == 0 ? "ALL_RIGHTS" : "SEARCH")
                    + "\",\"payrollProfile\":\"BROWSE\"}}", 201);
            members.add(uid);
            if (u % 4 == 0) {
                call("POST", "/companies/" + cid + "/members/" + uid + "/roles", adminOf.get(cid),
                        "{\"role\":\"" + (u % 8 == 0 ? "BOOKKEEPER" : "SUPERVISOR") + "\"}", 201);
            }
        }
        membersOf.put(cid, members);
        return cid;
    }

    // ---------------------------------------------------------------- mess

    private void mess(int minutes, int clients) throws Exception {
        long deadline = System.nanoTime() + minutes * 60_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients + 2);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            work.add(pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    try {
                        oneMessyThing(pool);
                    } catch (Exception e) {
                        Throwable cause = e instanceof java.util.concurrent.ExecutionException && e.getCause() != null
                                ? e.getCause() : e;
                        outcomes.computeIfAbsent("client error " + cause.getClass().getSimpleName(), k -> new AtomicLong())
                                .incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdownNow();
        System.out.println("mess: " + minutes + " min from " + clients + " clients; answers " + new TreeMap<>(outcomes));
    }

    private void oneMessyThing(ExecutorService pool) throws Exception {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        long cid = companies.get(r.nextInt(companies.size()))[0];
        String admin = adminOf.get(cid);
        List<String> members = membersOf.get(cid);
        String uid = members.get(r.nextInt(members.size()));
        String roles = "/companies/" + cid + "/members/" + uid + "/roles";
        switch (r.nextInt(14)) {
            case 0 -> call("POST", roles, admin, "{\"role\":\"" + ROLES[r.nextInt(ROLES.length)] + "\"}", -1);
            case 1 -> call("DELETE", roles + "/" + ROLES[r.nextInt(ROLES.length)], admin, null, -1);
            case 2 -> {
                // Many custom overrides on a few memberships: the hot user's first five.
                long hot = companies.get(1 + r.nextInt(Math.min(5, companies.size() - 1)))[0];
                StringBuilder o = new StringBuilder("{\"overrides\":{");
                int n = 150 + r.nextInt(50);
                for (int k = 0; k < n; k++) {
                    o.append(k == 0 ? "" : ",").append("\"fn.k").append(r.nextInt(400)).append("\":\"")
                            .append(k % 3 == 0 ? "EDIT" : k % 3 == 1 ? "READ" : "NONE").append('"');
                }
                call("PUT", "/companies/" + hot + "/members/" + hotUser, adminOf.get(hot), o.append("}}").toString(), -1);
            }
            case 3 -> race(pool, List.of(() -> call("PUT", "/companies/" + cid + "/members/" + uid, admin,
                    "{\"accountingProfile\":\"LEDGER\",\"version\":1}", -1), () -> call("PUT", "/companies/" + cid
                    + "/members/" + uid, admin, "{\"accountingProfile\":\"SEARCH\",\"version\":1}", -1)));
            case 4 -> race(pool, List.of(() -> call("POST", roles, admin, "{\"role\":\"AUDITOR\"}", -1),
                    () -> call("POST", roles, admin, "{\"role\":\"BOOKKEEPER\"}", -1)));
            case 5 -> {
                // An outsider probes another company: 404s.
                long other = companies.get(r.nextInt(companies.size()))[0];
                call("GET", "/companies/" + other + "/members/" + uid, adminOf.get(other == cid ? companies.get(0)[0]
                        : other), null, -1);
            }
            case 6 -> call("POST", "/check", admin, "{\"userId\":\"" + uid + "\",\"companyId\":" + cid
                    + ",\"permission\":\"" + PERMISSIONS[r.nextInt(PERMISSIONS.length)] + "\"}", -1);
            case 7 -> call("GET", "/me?size=50", hotToken(), null, -1);
            case 8 -> call("POST", "/check", admin, "{\"a\":" + "[".repeat(2000) + "]".repeat(2000) + "}", -1);
            case 9 -> rawBytes("/check", admin, new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '"', '}'});
            case 10 -> call("POST", "/companies/" + cid + "/users", admin, "{\"userId\":\"mix.n" + r.nextLong(1L << 40)
                    + "\",\"membership\":{\"accountingProfile\":\"SEARCH\"}}", -1);
            case 11 -> call("PUT", "/companies/" + cid + "/members/" + uid + "?confirmPrimary=true", admin,
                    "{\"validTo\":\"" + java.time.LocalDate.now().plusDays(r.nextInt(-3, 30)) + "\"}", -1);
            case 12 -> call("PUT", "/companies/" + cid + "/members/" + uid, admin, "{\"validTo\":null}", -1);
            default -> call("GET", "/companies/" + cid + "/members?size=50&q=" + (char) ('a' + r.nextInt(26)), admin,
                    null, -1);
        }
    }

    /** Two calls released together, each on a thread of its own (the clients' pool has none to spare). */
    private void race(ExecutorService unused, List<java.util.concurrent.Callable<Object>> calls) throws Exception {
        CyclicBarrier start = new CyclicBarrier(calls.size());
        List<Future<Object>> fs = new ArrayList<>();
        for (var c : calls) {
            fs.add(racers.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return c.call();
            }));
        }
        for (var f : fs) {
            f.get(2, TimeUnit.MINUTES);
        }
    }

    private String hotToken() throws Exception {
        if (hotToken == null) {
            hotToken = login(hotUser, PASSWORD);
        }
        return hotToken;
    }

    // ---------------------------------------------------------------- measure

    private void measure(String label, int seconds, int warmup) throws Exception {
        hotToken();
        System.out.printf("%-22s %-6s %4s %9s %8s %8s %8s %7s%n", "measured", "op", "conc", "req/s", "p50 ms",
                "p95 ms", "p99 ms", "errors");
        run("check", 8, warmup, false);
        run("me", 8, Math.max(warmup / 3, 1), false);
        for (String op : List.of("check", "me")) {
            for (int c : new int[] {1, 8}) {
                BenchLoad.Result res = run(op, c, seconds, true);
                System.out.printf("%-22s %-6s %4d %9.0f %8.2f %8.2f %8.2f %7d%n", label, op, c,
                        res.count() / (double) seconds, res.percentile(50), res.percentile(95), res.percentile(99),
                        res.errors());
            }
        }
    }

    private BenchLoad.Result run(String op, int concurrency, int seconds, boolean measure) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<long[]>> parts = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            parts.add(pool.submit(() -> {
                long[] lat = new long[1 << 16];
                int n = 0;
                ThreadLocalRandom r = ThreadLocalRandom.current();
                try (RawHttp conn = new RawHttp(base)) {
                    while (System.nanoTime() < deadline) {
                        long cid = companies.get(r.nextInt(companies.size()))[0];
                        List<String> members = membersOf.get(cid);
                        long t0 = System.nanoTime();
                        int status = "check".equals(op)
                                ? conn.send("POST", "/check", adminOf.get(cid), "{\"userId\":\""
                                        + members.get(r.nextInt(members.size())) + "\",\"companyId\":" + cid
                                        + ",\"permission\":\"" + PERMISSIONS[r.nextInt(PERMISSIONS.length)] + "\"}")
                                : conn.send("GET", "/me?page=0&size=50", hotToken, null);
                        long dt = System.nanoTime() - t0;
                        if (status >= 300) {
                            errors.incrementAndGet();
                        }
                        if (n == lat.length) {
                            lat = Arrays.copyOf(lat, n * 2);
                        }
                        lat[n++] = dt;
                    }
                }
                return Arrays.copyOf(lat, n);
            }));
        }
        long[] all = new long[0];
        for (Future<long[]> f : parts) {
            long[] part = f.get();
            long[] merged = Arrays.copyOf(all, all.length + part.length);
            System.arraycopy(part, 0, merged, all.length, part.length);
            all = merged;
        }
        pool.shutdown();
        Arrays.sort(all);
        return new BenchLoad.Result(all, all.length, (int) errors.get());
    }

    // ---------------------------------------------------------------- state and HTTP

    private void save() throws IOException {
        StringBuilder s = new StringBuilder("hot " + hotUser + "\n");
        for (long[] c : companies) {
            s.append(c[0]).append(' ').append(String.join(",", membersOf.get(c[0]))).append('\n');
        }
        Files.createDirectories(stateFile.toAbsolutePath().getParent());
        Files.writeString(stateFile, s.toString());
        // Administrators' passwords are all PASSWORD; their names are the companies' first users.
        StringBuilder admins = new StringBuilder();
        adminOf.forEach((cid, token) -> admins.append(cid).append(' ').append(firstUserOf(cid)).append('\n'));
        Files.writeString(Path.of(stateFile + ".admins"), admins.toString());
    }

    private final Map<Long, String> firstUsers = new ConcurrentHashMap<>();

    private String firstUserOf(long cid) {
        return firstUsers.get(cid);
    }

    private void load() throws Exception {
        List<String> lines = Files.readAllLines(stateFile);
        hotUser = lines.get(0).substring(4);
        for (String line : lines.subList(1, lines.size())) {
            String[] p = line.split(" ", 2);
            long cid = Long.parseLong(p[0]);
            companies.add(new long[] {cid});
            membersOf.put(cid, List.of(p[1].split(",")));
        }
        for (String line : Files.readAllLines(Path.of(stateFile + ".admins"))) {
            String[] p = line.split(" ");
            adminOf.put(Long.parseLong(p[0]), login(p[1], PASSWORD));
        }
    }

    private String call(String method, String path, String token, String json, int expected) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        outcomes.computeIfAbsent(Integer.toString(r.statusCode()), k -> new AtomicLong()).incrementAndGet();
        if (expected > 0 && r.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
        }
        if (r.statusCode() >= 500) {
            System.out.println("5xx: " + method + " " + path + " " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    private void rawBytes(String path, String token, byte[] body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        outcomes.computeIfAbsent(Integer.toString(r.statusCode()), k -> new AtomicLong()).incrementAndGet();
    }

    private String login(String userId, String password) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/auth/token"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"userId\":\"" + userId + "\",\"password\":\"" + password + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("login as " + userId + " failed: " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    /** The top-level "id" of an answer. */
    private static long id(String json) {
        try (jakarta.json.JsonReader r = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            return r.readObject().getJsonNumber("id").longValue();
        }
    }

    private static String arg(String[] args, String name, String dflt) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return dflt;
    }
}
