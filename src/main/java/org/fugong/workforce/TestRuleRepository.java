package org.fugong.workforce;

import org.springframework.data.jpa.repository.JpaRepository;

interface TestRuleRepository extends JpaRepository<TestRule, String> {

}
