package org.fugong.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;

import org.fugong.support.IntegrationTest;
import org.fugong.support.Registrations;
import org.fugong.support.TestClock;
import org.fugong.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16, points 3 and 6: strangers cannot darken a gate by locking its guard,
 * what is tried in bulk is throttled per address (and sign-in per account) with
 * growing waits, and sessions and device tokens end with their owner's password,
 * account or role. Each test comes from addresses of its own (198.18.0.0/15),
 * since the suite's own 127.0.0.1 is exempt from address limits.
 */
@IntegrationTest
class SignInHardeningTests {

	private static final AtomicInteger HOSTS = new AtomicInteger();

	private static final String WRONG = "Wrong@pass1";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	DeviceTokens deviceTokens;

	@Autowired
	UserDetailsService users;

	@Autowired
	TestClock clock;

	@Test
	void aPasswordLockStopsNeitherTheGuardsDeviceTokenNorItsSession() throws Exception {
		AccountSummary guard = newGuard();
		Cookie session = signIn(guard.username(), Registrations.PASSWORD);
		String token = this.deviceTokens.issue(current(guard.username()), "门岗手机");
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(post("/login").with(csrf()).with(from(address()))
				.param("username", guard.username())
				.param("password", WRONG)).andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(post("/login").with(csrf()).with(from(address()))
			.param("username", guard.username())
			.param("password", Registrations.PASSWORD)).andExpect(redirectedUrl("/login?error"));

		this.mvc.perform(get("/api/v1/gate/ping").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/gate/ping").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void signInIsLimitedPerAddressWithProblemJsonInTheCallersLanguage() throws Exception {
		// Greedy refill: on a slow machine a token may come back while the bcrypt checks run, hence "at least".
		String attacker = address();
		AtomicInteger guesses = new AtomicInteger();
		Throttled english = untilThrottled(40, 401, () -> get("/api/v1/me").with(from(attacker))
			.with(httpBasic("nobody-" + guesses.incrementAndGet(), WRONG))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en"));
		assertThat(english.answered()).isBetween(10, 20);
		MockHttpServletResponse refused = english.response();
		assertThat(refused.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(refused.getHeader(HttpHeaders.RETRY_AFTER)).matches("[1-6]");
		assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("\"status\":429")
			.contains("\"title\":\"Too many attempts\"")
			.containsPattern("Too many requests: try again in [1-6] seconds \\(see Retry-After\\)\\.");
		Throttled chinese = untilThrottled(10, 401, () -> get("/api/v1/me").with(from(attacker))
			.with(httpBasic("nobody-" + guesses.incrementAndGet(), WRONG)));
		assertThat(chinese.response().getContentAsString(StandardCharsets.UTF_8))
			.containsPattern("请求过于频繁，请 [1-6] 秒后再试（见 Retry-After）。");
		this.mvc.perform(get("/api/v1/me").with(from(address())).with(httpBasic("nobody-x", WRONG)))
			.andExpect(status().isUnauthorized());

		String formAttacker = address();
		int answered = 0;
		String redirect = null;
		for (int i = 0; i < 40; i++) {
			redirect = this.mvc.perform(post("/login").with(csrf()).with(from(formAttacker))
				.param("username", "nobody-" + i)
				.param("password", WRONG)).andReturn().getResponse().getRedirectedUrl();
			if (!"/login?error".equals(redirect)) {
				break;
			}
			answered++;
		}
		assertThat(answered).isBetween(10, 20);
		assertThat(redirect).matches("/login\\?throttled=[1-6]");
		this.mvc.perform(get("/login").param("throttled", "6"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请 6 秒后再试")));
	}

	@Test
	void successfulSignInsFromOneAddressCostNothing() throws Exception {
		String office = address();
		String username = Registrations.register(this.mvc, "310117", "310117105").username();
		for (int i = 0; i < 15; i++) {
			this.mvc.perform(get("/api/v1/me").with(from(office)).with(httpBasic(username, Registrations.PASSWORD)))
				.andExpect(status().isOk());
		}
	}

	@Test
	void theWaitGrowsTheLongerFailuresGoOn() throws Exception {
		String attacker = address();
		List<Long> waits = new ArrayList<>();
		try {
			for (int i = 0; i < 120 && (waits.isEmpty() || waits.get(waits.size() - 1) < 20); i++) {
				MvcResult result = this.mvc
					.perform(get("/api/v1/me").with(from(attacker)).with(httpBasic("guess-" + i, WRONG)))
					.andReturn();
				if (result.getResponse().getStatus() == 429) {
					long wait = Long.parseLong(result.getResponse().getHeader(HttpHeaders.RETRY_AFTER));
					waits.add(wait);
					this.clock.advance(Duration.ofSeconds(wait));
				}
			}
		}
		finally {
			this.clock.reset();
		}
		assertThat(waits).isNotEmpty();
		assertThat(waits.get(0)).isBetween(1L, 6L);
		assertThat(waits.get(waits.size() - 1)).isGreaterThanOrEqualTo(20);
	}

	@Test
	void anAccountIsThrottledWhicheverAddressesTheGuessesComeFrom() throws Exception {
		String username = Registrations.register(this.mvc, "310117", "310117105").username();
		for (int i = 0; i < 10; i++) {
			this.mvc.perform(get("/api/v1/me").with(from(address())).with(httpBasic(username, WRONG)))
				.andExpect(status().isUnauthorized());
		}
		this.mvc.perform(get("/api/v1/me").with(from(address())).with(httpBasic(username, WRONG)))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists(HttpHeaders.RETRY_AFTER));
	}

	@Test
	void registrationPassKeysAndUnknownBearerTokensAreLimitedPerAddress() throws Exception {
		String registrar = address();
		assertThat(answeredBeforeThrottled(10, 400, () -> post("/api/v1/enterprises/register").with(from(registrar))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}"))).isEqualTo(5);
		this.mvc.perform(post("/api/v1/enterprises/register").with(from(registrar))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists(HttpHeaders.RETRY_AFTER));

		String pageRegistrar = address();
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(post("/register").with(csrf()).with(from(pageRegistrar))).andExpect(status().isOk());
		}
		this.mvc.perform(post("/register").with(csrf()).with(from(pageRegistrar)))
			.andExpect(redirectedUrlPattern("/register?throttled=*"));
		this.mvc.perform(get("/register").param("throttled", "600"))
			.andExpect(content().string(containsString("请 600 秒后再试")));

		// Greedy refill: a few tokens come back while the requests are sent, hence a range.
		String reader = address();
		assertThat(answeredBeforeThrottled(120, 200, () -> get("/api/v1/pass-keys").with(from(reader))))
			.isBetween(60, 100);
		String prober = address();
		AtomicInteger junk = new AtomicInteger();
		assertThat(answeredBeforeThrottled(60, 401, () -> get("/api/v1/gate/ping").with(from(prober))
			.header(HttpHeaders.AUTHORIZATION, "Bearer fgd_junk-" + junk.incrementAndGet()))).isBetween(20, 40);
		this.mvc.perform(get("/api/v1/gate/ping").with(from(prober))
			.header(HttpHeaders.AUTHORIZATION, "Bearer fgd_junk-x"))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	/** How many requests got the expected answer before the first 429 (at most max are sent). */
	private int answeredBeforeThrottled(int max, int expected, Callable<MockHttpServletRequestBuilder> request)
			throws Exception {
		return untilThrottled(max, expected, request).answered();
	}

	/** Sends the request until it is answered 429 (at most max times); every other answer must be the expected. */
	private Throttled untilThrottled(int max, int expected, Callable<MockHttpServletRequestBuilder> request)
			throws Exception {
		for (int i = 0; i < max; i++) {
			MockHttpServletResponse response = this.mvc.perform(request.call()).andReturn().getResponse();
			if (response.getStatus() == 429) {
				return new Throttled(i, response);
			}
			assertThat(response.getStatus()).isEqualTo(expected);
		}
		throw new AssertionError("not throttled after " + max + " requests");
	}

	private record Throttled(int answered, MockHttpServletResponse response) {
	}

	@Test
	void aPasswordChangeEndsTheOtherSessionsButNotThisOne() throws Exception {
		String username = Registrations.register(this.mvc, "310117", "310117105").username();
		Cookie here = signIn(username, Registrations.PASSWORD);
		Cookie elsewhere = signIn(username, Registrations.PASSWORD);
		this.mvc.perform(get("/api/v1/me").cookie(elsewhere)).andExpect(status().isOk());

		this.mvc.perform(post("/account/password").with(csrf()).cookie(here)
			.param("currentPassword", Registrations.PASSWORD)
			.param("newPassword", "Changed#2026pw")
			.param("confirmPassword", "Changed#2026pw")).andExpect(redirectedUrl("/"));

		this.mvc.perform(get("/api/v1/me").cookie(here)).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/me").cookie(elsewhere)).andExpect(status().isUnauthorized());
	}

	@Test
	void aResetEndsEverySessionAndRevokesTheDeviceTokens() throws Exception {
		AccountSummary guard = newGuard();
		Signed signed = signedInWithDevice(guard);
		this.mvc.perform(post("/admin/users/" + guard.id() + "/password").with(admin()).with(csrf())
			.param("password", "Reset#2026ok")).andExpect(redirectedUrl("/admin/users"));
		assertSignedOutEverywhere(signed);
	}

	@Test
	void disablingEndsEverySessionAndRevokesTheDeviceTokens() throws Exception {
		AccountSummary guard = newGuard();
		Signed signed = signedInWithDevice(guard);
		this.mvc.perform(post("/admin/users/" + guard.id() + "/disable").with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"));
		assertSignedOutEverywhere(signed);
	}

	@Test
	void aRoleChangeEndsEverySessionAndRevokesTheDeviceTokens() throws Exception {
		AccountSummary guard = newGuard();
		Signed signed = signedInWithDevice(guard);
		this.mvc.perform(post("/admin/users/" + guard.id() + "/role").with(admin()).with(csrf())
			.param("role", "TOWN_OFFICER")
			.param("regionCode", "310117105")).andExpect(redirectedUrl("/admin/users"));
		assertThat(this.accounts.find(guard.username()).orElseThrow().role()).isEqualTo(Role.TOWN_OFFICER);
		assertSignedOutEverywhere(signed);
	}

	@Test
	void aRoleThatDoesNotFitTheRegionChangesNothing() throws Exception {
		AccountSummary guard = newGuard();
		Signed signed = signedInWithDevice(guard);
		this.mvc.perform(post("/admin/users/" + guard.id() + "/role").with(admin()).with(csrf())
			.param("role", "CITY_OFFICIAL")
			.param("regionCode", "310117105")).andExpect(redirectedUrl("/admin/users"));
		assertThat(this.accounts.find(guard.username()).orElseThrow().role()).isEqualTo(Role.GUARD);
		this.mvc.perform(get("/api/v1/gate/ping").cookie(signed.session())).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/gate/ping").header(HttpHeaders.AUTHORIZATION, "Bearer " + signed.token()))
			.andExpect(status().isOk());
	}

	private Signed signedInWithDevice(AccountSummary guard) throws Exception {
		Cookie session = signIn(guard.username(), Registrations.PASSWORD);
		String token = this.deviceTokens.issue(current(guard.username()), "门岗手机");
		// Both work, and the token is now remembered by this instance: revoking must forget it at once.
		this.mvc.perform(get("/api/v1/gate/ping").cookie(session)).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/gate/ping").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk());
		return new Signed(session, token);
	}

	private void assertSignedOutEverywhere(Signed signed) throws Exception {
		this.mvc.perform(get("/api/v1/gate/ping").cookie(signed.session())).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/gate/ping").header(HttpHeaders.AUTHORIZATION, "Bearer " + signed.token()))
			.andExpect(status().isUnauthorized());
	}

	private AccountSummary newGuard() {
		return this.accounts.createStaffAccount(TestData.username("guard"), Registrations.PASSWORD, "门岗测试",
				Role.GUARD, "310117105");
	}

	private CurrentUser current(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

	private Cookie signIn(String username, String password) throws Exception {
		Cookie session = this.mvc
			.perform(post("/login").with(csrf()).with(from(address()))
				.param("username", username)
				.param("password", password))
			.andExpect(authenticated())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		return session;
	}

	private RequestPostProcessor admin() {
		return user(this.users.loadUserByUsername("admin"));
	}

	/** A client address no other test uses, from the range set aside for such tests. */
	private static String address() {
		int n = HOSTS.incrementAndGet();
		return "198.18." + (n / 250) + "." + (n % 250 + 1);
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private record Signed(Cookie session, String token) {
	}

}
