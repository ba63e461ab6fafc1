package org.fugong.workforce;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Random;

import org.fugong.common.CreditCodes;
import org.fugong.common.DemoData;
import org.fugong.common.IdNumbers;
import org.fugong.common.TimeFormat;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.workforce.Employee.Details;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A roster for the demo enterprises: 40 employees for each whitelisted one and 12
 * for demo-ent, with valid (generated) ID numbers. Most have today's negative
 * antigen test and yesterday's PCR; a couple are overdue and one (at 海港新材料)
 * tested positive this morning (the daily reports: {@code report.DemoDailyReports}). Seeded
 * once: an enterprise that has employees is left alone.
 */
@Component
@DemoData
@Order(50)
class DemoWorkforce implements ApplicationRunner {

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
			"胡", "郭", "何", "高", "林", "罗" };

	private static final String[] GIVEN = { "伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰",
			"娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华", "志强", "海燕", "晓东", "雪梅" };

	private static final String[] REGIONS = { "310117", "310120", "310104", "320583", "330482", "340104", "410102",
			"420106", "510107", "360102", "430104", "370202" };

	private static final String[] DEPARTMENTS = { "总装车间", "机加工车间", "质检部", "仓储物流部", "设备维修部", "行政部", "财务部" };

	private final EnterpriseService enterprises;

	private final EmployeeRepository employees;

	private final EmployeeService roster;

	private final TestResultRepository tests;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	DemoWorkforce(EnterpriseService enterprises, EmployeeRepository employees, EmployeeService roster,
			TestResultRepository tests, ApplicationEventPublisher events,
			PlatformTransactionManager transactions) {
		this.enterprises = enterprises;
		this.employees = employees;
		this.roster = roster;
		this.tests = tests;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		seed("91310120MA1H9R5B1", 40, 1);
		seed("91310120MA1J8W2C6", 40, 2);
		seed("91310117MA1K2Q8D3", 40, 3);
		seed("91310117MA1G6N3T7", 40, 4);
		seed("91310117MA1J3L4X2", 12, 5);
	}

	private void seed(String first17, int count, int seed) {
		EnterpriseView enterprise = this.enterprises.findByCreditCode(first17 + CreditCodes.checkCharacter(first17))
			.orElse(null);
		if (enterprise == null || this.employees.countByEnterpriseId(enterprise.id()) > 0) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> seed(enterprise, count, new Random(seed)));
	}

	private void seed(EnterpriseView enterprise, int count, Random random) {
		LocalDate today = TimeFormat.today();
		Instant now = Instant.now();
		Instant antigen = earlier(today.atTime(LocalTime.of(7, 30)).atZone(TimeFormat.ZONE).toInstant(),
				now.minusSeconds(600));
		Instant pcr = today.minusDays(1).atTime(LocalTime.of(18, 0)).atZone(TimeFormat.ZONE).toInstant();
		Instant stale = today.minusDays(3).atTime(LocalTime.of(7, 45)).atZone(TimeFormat.ZONE).toInstant();
		boolean positiveHere = enterprise.creditCode().startsWith("91310120MA1J8W2C6");
		for (int i = 0; i < count; i++) {
			String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
			LocalDate birth = LocalDate.of(1965 + random.nextInt(38), 1 + random.nextInt(12), 1 + random.nextInt(28));
			String idNumber = IdNumbers.of(REGIONS[random.nextInt(REGIONS.length)], birth, 100 + i * 7 % 900);
			String phone = "13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000));
			String department = DEPARTMENTS[(i < count - 4) ? random.nextInt(5) : 5 + random.nextInt(2)];
			StaffRole role = (i < count - 4) ? StaffRole.PRODUCTION : StaffRole.OFFICE;
			boolean lives = role == StaffRole.PRODUCTION && random.nextInt(10) < 6;
			String dormitory = lives ? (1 + random.nextInt(3)) + "号宿舍楼 " + (101 + random.nextInt(5) * 100 + random.nextInt(12)) : null;
			Employee employee = this.employees.save(new Employee(enterprise.id(),
					new Details(name, phone, department, role, lives, dormitory), this.roster.seal(idNumber)));
			if (i == 1 || i == 2) {
				// Overdue: their last negative is three days old.
				test(enterprise.id(), employee, TestKind.ANTIGEN, TestOutcome.NEGATIVE, stale);
				continue;
			}
			test(enterprise.id(), employee, TestKind.PCR, TestOutcome.NEGATIVE, pcr);
			test(enterprise.id(), employee, TestKind.ANTIGEN,
					(positiveHere && i == 3) ? TestOutcome.POSITIVE : TestOutcome.NEGATIVE, antigen);
		}
	}

	private void test(long enterpriseId, Employee employee, TestKind kind, TestOutcome outcome, Instant at) {
		TestResult result = this.tests.save(new TestResult(enterpriseId, employee.getId(), kind, outcome, at, "demo",
				TestSource.DEMO));
		this.events.publishEvent(result.recorded());
	}

	private static Instant earlier(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}
