package app.rolegate.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load driver: against a running server filled by {@link BenchDataGenerator}, runs each
 * operation for a fixed time at each concurrency and prints throughput and p50/p95/p99. It stops by
 * itself; it talks to the given base URL only (loopback by default).
 */
public final class BenchLoad {
    private static final String[] PERMISSIONS = {"accounting.read", "accounting.edit", "accounting.search",
        "users.manage", "audit.read", "accounting.advanced", "payroll.read", "crm.read"};

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build(); // plain HTTP/1.1 keep-alive: no h2c upgrade attempts
    private final String base;
    private final int companies;
    private final int users;
    private final int perUser;
    private final long firstCompany;
    private final long firstEmployee;
    private String token;

    private BenchLoad(String base, int companies, int users, int perUser, long firstCompany, long firstEmployee) {
        this.firstEmployee = firstEmployee;
        this.base = base;
        this.companies = companies;
        this.users = users;
        this.perUser = perUser;
        this.firstCompany = firstCompany;
    }

    public static void main(String[] args) throws Exception {
        BenchLoad load = new BenchLoad(arg(args, "--base", "http://localhost:9080/api/v1"),
                Integer.parseInt(arg(args, "--companies", "10000")), Integer.parseInt(arg(args, "--users", "100000")),
                Integer.parseInt(arg(args, "--memberships-per-user", "10")),
                Long.parseLong(arg(args, "--first-company", "2")), Long.parseLong(arg(args, "--first-employee", "1")));
        int seconds = Integer.parseInt(arg(args, "--seconds", "20"));
        int warmup = Integer.parseInt(arg(args, "--warmup", "5"));
        int[] concurrency = Arrays.stream(arg(args, "--concurrency", "1,2,4,8").split(",")).mapToInt(Integer::parseInt)
                .toArray();
        List<String> ops = List.of(arg(args, "--ops", "check,grant-revoke,members,grantable,me").split(","));
        load.login();
        // The JIT's second tier needs tens of seconds of traffic before the figures settle; warm every
        // operation first, so that the first one measured is not penalised.
        int prewarm = Integer.parseInt(arg(args, "--prewarm", "60"));
        for (String op : ops) {
            load.run(op, 8, Math.max(prewarm / ops.size(), 1), false);
        }
        System.out.printf("%-16s %4s %9s %10s %8s %8s %8s %8s%n", "operation", "conc", "requests", "req/s", "p50 ms",
                "p95 ms", "p99 ms", "errors");
        for (String op : ops) {
            for (int c : concurrency) {
                load.run(op, c, warmup, false);
                Result r = load.run(op, c, seconds, true);
                System.out.printf("%-16s %4d %9d %10.0f %8.2f %8.2f %8.2f %8d%n", op, c, r.count(),
                        r.count() / (double) seconds, r.percentile(50), r.percentile(95), r.percentile(99), r.errors());
            }
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

    private void login() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"userId\":\"bench.fmu\",\"password\":\""
                        + BenchDataGenerator.PASSWORD + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("login as bench.fmu failed: " + r.statusCode() + " " + r.body());
        }
        token = m.group(1);
    }

    record Result(long[] nanos, int count, int errors) {
        double percentile(int p) {
            if (count == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p / 100.0 * count) - 1;
            return nanos[Math.max(0, Math.min(count - 1, i))] / 1e6;
        }
    }

    private Result run(String op, int concurrency, int seconds, boolean measure) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger worker = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<long[]>> parts = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            parts.add(pool.submit(() -> {
                int me = worker.getAndIncrement();
                long[] lat = new long[1 << 16];
                int n = 0;
                int seq = 0;
                try (RawHttp conn = new RawHttp(base)) {
                    while (System.nanoTime() < deadline) {
                        for (Req req : requests(op, me, concurrency, seq++)) {
                            long t0 = System.nanoTime();
                            int status = conn.send(req.method(), req.path(), token, req.json());
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
        return new Result(all, all.length, errors.get());
    }

    /** One request: method, path below the base URL, JSON body or null. */
    record Req(String method, String path, String json) {
    }

    /** One unit of work for the operation; grant-revoke is a pair on a target no other worker touches. */
    private List<Req> requests(String op, int worker, int workers, int seq) {
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        int i = rnd.nextInt(users);
        int k = rnd.nextInt(perUser);
        long company = firstCompany + (i % companies + (long) k * BenchDataGenerator.STEP) % companies;
        return switch (op) {
            case "check" -> List.of(new Req("POST", "/check", "{\"userId\":\"bench.u" + i + "\",\"companyId\":"
                    + company + ",\"permission\":\"" + PERMISSIONS[rnd.nextInt(PERMISSIONS.length)] + "\"}"));
            case "grant-revoke" -> {
                // Users i with i % 5 != 0 hold no BOOKKEEPER at k = 2; each worker owns the users i = worker (mod workers).
                int u = ((seq * workers + worker) % (users / 5)) * 5 + 1;
                long c = firstCompany + (u % companies + 2L * BenchDataGenerator.STEP) % companies;
                String path = "/companies/" + c + "/members/bench.u" + u + "/roles";
                yield List.of(new Req("POST", path, "{\"role\":\"BOOKKEEPER\"}"),
                        new Req("DELETE", path + "/BOOKKEEPER", null));
            }
            // SPEC 3 coverage (BenchDataGenerator's register): the chain's bottom, 10 levels below bench.u0's
            // record; and one of the 1,000 employees below the supervisor's record of bench.u<companies>.
            case "coverage-deep" -> List.of(new Req("POST", "/check", "{\"userId\":\"bench.u0\",\"companyId\":"
                    + firstCompany + ",\"permission\":\"time.approve\",\"employeeId\":\""
                    + (firstEmployee + BenchDataGenerator.DEPTH) + "\"}"));
            // The same subject and company without an employee: what the coverage read adds, the rest alike.
            case "check-holder" -> List.of(new Req("POST", "/check", "{\"userId\":\"bench.u0\",\"companyId\":"
                    + firstCompany + ",\"permission\":\"payroll.read\"}"));
            case "coverage-wide" -> List.of(new Req("POST", "/check", "{\"userId\":\"bench.u" + companies
                    + "\",\"companyId\":" + firstCompany + ",\"permission\":\"time.approve\",\"employeeId\":\""
                    + (firstEmployee + BenchDataGenerator.CHAIN + 1 + rnd.nextInt(BenchDataGenerator.WIDE)) + "\"}"));
            case "members" -> List.of(new Req("GET", "/companies/" + firstCompany + "/members?page=0&size=50", null));
            case "grantable" -> List.of(new Req("GET", "/companies/" + company + "/members/bench.u" + i
                    + "/grantable-roles", null));
            case "me" -> List.of(new Req("GET", "/me?page=0&size=50", null));
            default -> throw new IllegalArgumentException("unknown operation " + op);
        };
    }
}
