package org.fugong.security;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.fugong.common.Languages;
import org.fugong.common.Problems;

import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Token buckets (Bucket4j, kept in PostgreSQL so that every instance sees the
 * same ones) for what an attacker tries in bulk: sign-in per address and per
 * account, registration, the public pass keys, unknown device tokens. A sign-in
 * takes its tokens before the password is checked and gets them back when it
 * succeeds, so only failures count and parallel guesses cannot slip past.
 */
@Service
class RequestThrottle {

	/** What is limited, and the prefix of its buckets. */
	enum Limit {

		SIGN_IN_ADDRESS("signin-address", true), SIGN_IN_ACCOUNT("signin-account", false),
		REGISTRATION("register-address", true), PASS_KEYS("passkeys-address", true),
		BAD_TOKEN("badtoken-address", true);

		private final String prefix;

		private final boolean perAddress;

		Limit(String prefix, boolean perAddress) {
			this.prefix = prefix;
			this.perAddress = perAddress;
		}

	}

	/** The outcome of a take: allowed, or how long to wait. */
	record Verdict(boolean allowed, Duration waitFor) {

		static final Verdict ALLOWED = new Verdict(true, Duration.ZERO);

		/** Whole seconds to wait, never zero, for {@code Retry-After}. */
		long retryAfterSeconds() {
			return Math.max(1, (this.waitFor.toMillis() + 999) / 1000);
		}

	}

	/** A token a sign-in took, from the bucket of the limit and subject. */
	private record Taken(Limit limit, String subject) {
	}

	/** The request attribute naming the sign-in tokens a request took, to be given back when it signs in. */
	static final String TAKEN = RequestThrottle.class.getName() + ".TAKEN";

	private final ProxyManager<String> buckets;

	private final Map<Limit, BucketConfiguration> configurations = new EnumMap<>(Limit.class);

	private final List<IpAddressMatcher> exempt;

	private final Problems problems;

	RequestThrottle(ProxyManager<String> buckets, ThrottleProperties properties, Problems problems) {
		this.buckets = buckets;
		this.problems = problems;
		this.configurations.put(Limit.SIGN_IN_ADDRESS, ThrottleProperties.bucket(properties.signInPerAddress()));
		this.configurations.put(Limit.SIGN_IN_ACCOUNT, ThrottleProperties.bucket(properties.signInPerAccount()));
		this.configurations.put(Limit.REGISTRATION, ThrottleProperties.bucket(properties.registrationPerAddress()));
		this.configurations.put(Limit.PASS_KEYS, ThrottleProperties.bucket(properties.passKeysPerAddress()));
		this.configurations.put(Limit.BAD_TOKEN, ThrottleProperties.bucket(properties.badTokensPerAddress()));
		this.exempt = properties.exemptAddresses().stream().map(String::strip).map(IpAddressMatcher::new).toList();
	}

	/** Takes one token from the bucket of the limit and subject (an address, or a username). */
	Verdict take(Limit limit, String subject) {
		if (limit.perAddress && isExempt(subject)) {
			return Verdict.ALLOWED;
		}
		ConsumptionProbe probe = this.buckets.getProxy(key(limit, subject), () -> this.configurations.get(limit))
			.tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Verdict.ALLOWED : new Verdict(false, Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	/**
	 * Takes a sign-in's tokens, by address and by account, and notes them on the
	 * request so that a successful sign-in gives them back.
	 */
	Verdict takeSignIn(HttpServletRequest request, String username) {
		String address = request.getRemoteAddr();
		Verdict byAddress = take(Limit.SIGN_IN_ADDRESS, address);
		if (!byAddress.allowed()) {
			return byAddress;
		}
		String account = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
		Verdict byAccount = take(Limit.SIGN_IN_ACCOUNT, account);
		List<Taken> taken = new ArrayList<>();
		taken.add(new Taken(Limit.SIGN_IN_ADDRESS, address));
		if (byAccount.allowed()) {
			taken.add(new Taken(Limit.SIGN_IN_ACCOUNT, account));
		}
		request.setAttribute(TAKEN, taken);
		return byAccount;
	}

	/** Gives back the sign-in tokens the request took, if it still holds them. */
	void giveBack(HttpServletRequest request) {
		Object taken = request.getAttribute(TAKEN);
		request.removeAttribute(TAKEN);
		if (taken instanceof List<?> list) {
			for (Object entry : list) {
				Taken token = (Taken) entry;
				if (!(token.limit().perAddress && isExempt(token.subject()))) {
					this.buckets.getProxy(key(token.limit(), token.subject()), () -> this.configurations.get(token.limit()))
						.addTokens(1);
				}
			}
		}
	}

	/** The API's answer to a refused request: 429 problem+json in the caller's language, with Retry-After. */
	void answerTooMany(HttpServletRequest request, HttpServletResponse response, Verdict verdict) throws IOException {
		String seconds = Long.toString(verdict.retryAfterSeconds());
		response.setHeader(HttpHeaders.RETRY_AFTER, seconds);
		this.problems.write(response, this.problems.problem(429, "problem.429.detail",
				Languages.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)), seconds));
	}

	@EventListener
	void onSignedIn(AuthenticationSuccessEvent event) {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			giveBack(servlet.getRequest());
		}
	}

	/** Buckets that have been full again for a while hold nothing worth keeping. */
	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT2M")
	@SchedulerLock(name = "security-throttle-cleanup", lockAtMostFor = "PT5M")
	void removeExpired() {
		if (this.buckets instanceof ExpiredEntriesCleaner cleaner) {
			int removed;
			do {
				removed = cleaner.removeExpired(1000);
			}
			while (removed == 1000);
		}
	}

	private boolean isExempt(String address) {
		if (this.exempt.isEmpty() || address == null) {
			return false;
		}
		try {
			return this.exempt.stream().anyMatch((matcher) -> matcher.matches(address));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static String key(Limit limit, String subject) {
		String key = limit.prefix + ":" + ((subject != null) ? subject : "");
		return (key.length() > 200) ? key.substring(0, 200) : key;
	}

}
