package org.fugong.inspection;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.FieldProblem;
import org.fugong.common.FileStore;
import org.fugong.common.InvalidInputException;
import org.fugong.common.TimeFormat;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.inspection.teams.SiteService;
import org.fugong.inspection.teams.TeamService;
import org.fugong.inspection.web.InspectionForms;
import org.fugong.security.CurrentUser;
import org.fugong.security.Role;

import org.springframework.core.io.Resource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inspectors' pages, phone first: the day's round and the inspection form with
 * the camera; the officials' pages: figures, the evening meeting and stops; and
 * the photos, scaled for display.
 */
@Controller
@RequiredArgsConstructor
class InspectionController {

	/** Photos are shown at most this wide; the original stays as it came. */
	static final int DISPLAY_WIDTH = 1280;

	private final InspectionService inspections;

	private final RoundService rounds;

	private final RectificationService rectifications;

	private final StopService stops;

	private final TeamService teams;

	private final SiteService sites;

	private final FiguresQuery figures;

	private final EnterpriseService enterprises;

	private final PhotoAccess photoAccess;

	private final Clock clock;

	@GetMapping("/inspections/round")
	String round(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("round", this.rounds.round(user));
		model.addAttribute("teams", this.teams.teamsOf(user));
		model.addAttribute("today", LocalDate.now(this.clock.withZone(TimeFormat.ZONE)));
		return "inspections/round";
	}

	@GetMapping("/inspections/new")
	String initInspectionForm(@AuthenticationPrincipal CurrentUser user, @RequestParam long enterprise,
			@RequestParam(required = false) Long followUp, Model model) {
		List<Aspect> aspects = Arrays.asList(Aspect.values());
		if (followUp != null) {
			NoticeDetail notice = this.rectifications.detail(user, followUp);
			aspects = notice.aspects().stream().map(NoticeDetail.AspectLine::aspect).toList();
			model.addAttribute("notice", notice);
		}
		model.addAttribute("form", InspectionForm.of(enterprise, followUp, aspects));
		return form(user, enterprise, model);
	}

	@PostMapping("/inspections/new")
	String processInspectionForm(@AuthenticationPrincipal CurrentUser user,
			@ModelAttribute("form") InspectionForm form, BindingResult result, HttpServletRequest request,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (form.getEnterpriseId() == null) {
			return "redirect:/inspections/round";
		}
		Map<Aspect, List<MultipartFile>> photos = photos(request, "photo_");
		try {
			InspectionOutcome outcome = this.inspections.inspect(user, form.getEnterpriseId(), form.toInputs(),
					form.getFollowUpOf(), photos, this.clock.instant());
			if (outcome.noticeId() != null) {
				redirect.addFlashAttribute("message", "inspection.saved.notice");
				redirect.addFlashAttribute("messageArg", outcome.noticeNumber());
				return "redirect:/rectifications/" + outcome.noticeId();
			}
			redirect.addFlashAttribute("message",
					(outcome.followUpOf() != null) ? "inspection.saved.closed" : "inspection.saved.passed");
			return "redirect:/inspections/round";
		}
		catch (InvalidInputException ex) {
			InspectionForms.reject(result, ex.fields());
			response.setStatus(400);
		}
		catch (FileStore.FileRejectedException ex) {
			model.addAttribute("error", ex.messageKey());
			response.setStatus(ex.status());
		}
		catch (ConflictException ex) {
			model.addAttribute("error", ex.messageKey());
			response.setStatus(409);
		}
		if (form.getFollowUpOf() != null) {
			model.addAttribute("notice", this.rectifications.detail(user, form.getFollowUpOf()));
		}
		return form(user, form.getEnterpriseId(), model);
	}

	private String form(CurrentUser user, long enterpriseId, Model model) {
		EnterpriseView enterprise = this.enterprises.profile(user, enterpriseId);
		model.addAttribute("enterprise", enterprise);
		model.addAttribute("zone", this.sites.zoneOf(enterpriseId).orElse(null));
		return "inspections/form";
	}

	@GetMapping("/inspections/figures")
	String figures(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Model model) {
		model.addAttribute("figures", this.figures.figures(user, region, from, to));
		model.addAttribute("zones", this.teams.zones(user));
		model.addAttribute("aspects", Aspect.values());
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("region", region);
		return "inspections/figures";
	}

	@GetMapping("/inspections/meeting")
	String meeting(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Model model) {
		LocalDate day = (date != null) ? date : LocalDate.now(this.clock.withZone(TimeFormat.ZONE));
		model.addAttribute("day", day);
		model.addAttribute("figures", this.figures.figures(user, null, day, day));
		model.addAttribute("aspects", Aspect.values());
		model.addAttribute("overdue", this.rectifications
			.search(user, new NoticeFilter(NoticeState.OVERDUE, null, null),
					PageRequest.of(0, 100, Sort.by("dueAt")))
			.getContent());
		model.addAttribute("stops",
				this.stops.stops(user, StopState.IN_FORCE, PageRequest.of(0, 100, Sort.by("orderedAt")))
					.getContent());
		return "inspections/meeting";
	}

	@GetMapping("/inspections/stops")
	String stops(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("stops", this.stops.stops(user, null,
				PageRequest.of(Math.max(page, 0), 20, Sort.by(Sort.Order.asc("state"), Sort.Order.desc("orderedAt")))));
		return "inspections/stops";
	}

	/** A photo the caller may see, scaled down to {@link #DISPLAY_WIDTH} when it is wider and readable. */
	@GetMapping("/inspections/photos/{id}")
	ResponseEntity<byte[]> photo(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) throws IOException {
		PhotoAccess.Photo photo = this.photoAccess.load(user, id);
		byte[] body;
		MediaType type;
		try (InputStream in = photo.resource().getInputStream()) {
			byte[] original = in.readAllBytes();
			BufferedImage image = photo.contentType().equals("image/jpeg") || photo.contentType().equals("image/png")
					? ImageIO.read(new java.io.ByteArrayInputStream(original)) : null;
			if (image != null && image.getWidth() > DISPLAY_WIDTH) {
				body = scaled(image);
				type = MediaType.IMAGE_JPEG;
			}
			else {
				body = original;
				type = MediaType.parseMediaType(photo.contentType());
			}
		}
		return ResponseEntity.ok()
			.contentType(type)
			.cacheControl(CacheControl.noStore())
			.header("X-Content-Type-Options", "nosniff")
			.body(body);
	}

	static byte[] scaled(BufferedImage image) throws IOException {
		int height = (int) Math.round(image.getHeight() * (DISPLAY_WIDTH / (double) image.getWidth()));
		BufferedImage target = new BufferedImage(DISPLAY_WIDTH, Math.max(height, 1), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = target.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.drawImage(image, 0, 0, DISPLAY_WIDTH, target.getHeight(), null);
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(target, "jpg", out);
		return out.toByteArray();
	}

	/** The files posted under {@code prefix + ASPECT}, by aspect (none when the form was not multipart). */
	static Map<Aspect, List<MultipartFile>> photos(HttpServletRequest request, String prefix) {
		Map<Aspect, List<MultipartFile>> photos = new EnumMap<>(Aspect.class);
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		if (multipart != null) {
			for (Aspect aspect : Aspect.values()) {
				List<MultipartFile> files = multipart.getFiles(prefix + aspect.name());
				if (!files.isEmpty()) {
					photos.put(aspect, files);
				}
			}
		}
		return photos;
	}

}
