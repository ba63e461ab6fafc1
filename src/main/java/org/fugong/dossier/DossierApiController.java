package org.fugong.dossier;

import io.swagger.v3.oas.annotations.Operation;
import lombok.RequiredArgsConstructor;
import org.fugong.security.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequiredArgsConstructor
class DossierApiController {

	private final DossierService dossier;

	@Operation(summary = "一企一档 · The enterprise file", description = "辖区内一家企业的全部档案：资料与核验、驻企指导员与走访、复工申请及审批步骤、白名单、通行证（有效、过期、吊销及最近签发）、员工数与每日填报、检测、巡查与整改通知、停产整顿、诉求，以及按时间倒序的时间线。列表为最新的若干条（多为 50 条），计数不受限；联系电话脱敏。")
	@GetMapping("/api/v1/enterprises/{id}/file")
	EnterpriseFile file(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return this.dossier.fileOf(user, id);
	}

}
