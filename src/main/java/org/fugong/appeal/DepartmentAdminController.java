package org.fugong.appeal;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.fugong.common.web.FormPost;
import org.fugong.security.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of department officers: who belongs to which
 * department, so that transferred demands reach the right people.
 */
@Controller
@RequiredArgsConstructor
class DepartmentAdminController {

	private final DepartmentService departments;

	@GetMapping("/admin/departments")
	String initForm(Model model) {
		model.addAttribute("form", new MembershipForm());
		return page(model);
	}

	@PostMapping("/admin/departments")
	String processForm(@AuthenticationPrincipal CurrentUser admin, @Valid @ModelAttribute("form") MembershipForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return FormPost.of(result, response, () -> page(model)).rejectingInvalidInput().submit(() -> {
			String username = this.departments.assign(admin, form.getUsername(), form.getDepartment());
			redirect.addFlashAttribute("message", "admin.departments.assigned");
			redirect.addFlashAttribute("messageArg", username);
			return "redirect:/admin/departments";
		});
	}

	@PostMapping("/admin/departments/{username}/remove")
	String remove(@AuthenticationPrincipal CurrentUser admin, @PathVariable String username,
			RedirectAttributes redirect) {
		this.departments.remove(admin, username);
		redirect.addFlashAttribute("message", "admin.departments.removed");
		redirect.addFlashAttribute("messageArg", username);
		return "redirect:/admin/departments";
	}

	private String page(Model model) {
		List<Department> all = this.departments.all();
		model.addAttribute("departments", all);
		model.addAttribute("byCode", all.stream().collect(Collectors.toMap(Department::code, Function.identity())));
		model.addAttribute("memberships", this.departments.memberships());
		return "admin/departments";
	}

}
