-- V5: reference data for epidemic-prevention guidance (防疫指导) and the first
-- self-check template (复工自查, Pinghu's 三准备、三措施).
--
-- guidance.industries: '' means every industry, otherwise Industry enum names.
-- guidance.min_staff: meant for enterprises with at least that many staff on site (0 = all).
-- selfcheck_item.applies_when: ALWAYS, or a condition on the facts the enterprise states
--   in its check (100 or more staff on site, dormitory, canteen, imported goods, own
--   vehicles); an item whose condition does not hold does not apply.
-- selfcheck_item.evidence: NOTE = a written note is required, FILE = a document or
--   photo is required.

INSERT INTO guidance (code, title, title_en, summary, body, industries, min_staff) VALUES
  ('G-INDUSTRIAL',
   '工业企业复工复产疫情防控指引',
   'Epidemic Prevention Guideline for Industrial Enterprises Resuming Work and Production',
   '五个方面21条措施：压实企业主体责任，实施场所分区分类管理，强化员工管理（每日健康监测登记、一日两测），加强物流管理和防疫物资储备，做好应急处置预案。',
   '<p>工业企业复工复产须同时做好疫情防控和安全生产。本指引从五个方面提出21条措施，企业应逐条对照落实，并在复工自查中如实填报。</p>
<h3>一、企业落实主体责任</h3>
<ul>
<li>1. 企业主要负责人是本单位疫情防控第一责任人，成立由主要负责人任组长的疫情防控工作组，明确防疫专员，责任落实到岗、到人。</li>
<li>2. 制定“一企一策”复工复产疫情防控方案和闭环管理方案，明确在岗人数、分区安排、食宿和通勤方式，经属地街镇审核后实施。</li>
<li>3. 建立全体在岗人员健康信息台账，落实“日报告、零报告”制度，每日向属地报送在岗人数、检测结果和异常情况。</li>
<li>4. 复工前对全体返岗人员开展疫情防控培训，确保每名员工掌握个人防护、健康监测和异常情况报告要求。</li>
</ul>
<h3>二、实施场所分区分类管理</h3>
<ul>
<li>5. 实行闭环管理：员工在厂区与宿舍之间“两点一线”，由企业安排专车点对点通勤，不与外界人员接触。</li>
<li>6. 实行分区管理：生产区、办公区、生活区、物流区分区设置、分区管理，设置独立通道，不同区域人员不交叉、不串岗。</li>
<li>7. 划小管理单元，以车间、班组为单位固定人员、固定岗位、固定时段，控制车间和办公室人员密度，人员间距保持1米以上。</li>
<li>8. 严格员工宿舍和食堂管理：宿舍按同车间、同班组安排入住并控制每间人数；食堂实行错峰分散就餐、同向就座。</li>
<li>9. 对公共区域和门把手、电梯按钮等高频接触物体表面每日至少消毒2次，加强通风换气，建立消毒记录。</li>
</ul>
<h3>三、强化企业员工管理</h3>
<ul>
<li>10. 对全体在岗人员实行每日健康监测和登记，早晚各测一次体温，记录症状、健康码和行程信息，发现发热等症状立即停工并报告。</li>
<li>11. 坚持“一日两测”：早上开展抗原检测，晚上开展核酸检测，检测结果当日汇总上报属地。</li>
<li>12. 返岗人员须持48小时内核酸检测阴性证明；新返岗员工设置静止观察期，落实独立住宿和卫生条件。</li>
<li>13. 在岗人员100人及以上的企业设置独立核酸采样点，落实“一企一点三专员”（防疫专员即企业联络员、采样专员、扫码专员）。</li>
<li>14. 减少聚集性活动，会议尽量采用视频、电话等线上方式；关心关爱员工身心健康，帮助解决实际困难。</li>
</ul>
<h3>四、加强物流管理和防疫物资储备</h3>
<ul>
<li>15. 外来车辆和司机实行预约登记，查验通行证、健康码和核酸检测阴性证明；司机原则上不下车，人货分离、无接触交接。</li>
<li>16. 对进入厂区的车辆和货物外包装进行预防性消毒；进口货物严格落实“先检测、后消毒、再使用”。</li>
<li>17. 储备口罩、消毒剂、测温设备、抗原检测试剂等防疫物资，至少满足全体在岗人员7天用量，建议储备14天以上。</li>
<li>18. 使用过的口罩等防护用品集中收集、专桶存放、统一处置。</li>
</ul>
<h3>五、做好应急处置预案和工作保障</h3>
<ul>
<li>19. 设置临时隔离观察点，位置相对独立、通风良好，配齐必要的防护和生活物资。</li>
<li>20. 制定应急处置预案，出现阳性或异常情况时立即启动：就地隔离、暂停相关区域生产，2小时内报告属地，配合开展流调、转运和终末消毒。</li>
<li>21. 定期开展应急演练，主动对接属地街镇和行业主管部门，及时反映物流、用工、原材料等方面的诉求。</li>
</ul>',
   'MANUFACTURING,MINING,UTILITIES,CONSTRUCTION',
   0),
  ('G-SYSTEM',
   '企业疫情防控制度与责任体系建设指引',
   'Guideline on Epidemic Prevention Rules and Responsibilities in Enterprises',
   '说明如何成立防控工作组、指定防疫专员、建立制度清单和健康台账，做到责任到岗到人。',
   '<p>制度准备是复工自查“三准备”的第一项。企业应在提交复工申请前完成以下工作。</p>
<h3>一、组织体系</h3>
<ul>
<li>成立由企业主要负责人任组长的疫情防控工作组，成员包括行政、人事、生产、后勤和安保负责人。</li>
<li>指定1名防疫专员，负责日常防控工作并作为与属地街镇对接的企业联络员；防疫专员应保持通讯畅通。</li>
<li>按车间、部门、班组逐级明确防控责任人，形成责任清单。</li>
</ul>
<h3>二、制度清单</h3>
<ul>
<li>“一企一策”复工复产疫情防控方案（含闭环管理和分区管理安排）。</li>
<li>员工健康监测登记制度和“日报告、零报告”制度。</li>
<li>外来人员和车辆出入管理制度、消毒通风制度、防疫物资管理制度。</li>
<li>疫情应急处置预案。</li>
</ul>
<h3>三、培训与台账</h3>
<p>复工前对全体返岗员工开展防疫培训并保存签到记录；健康台账、消毒记录、访客登记等资料至少保存28天，以备查验。</p>',
   '',
   0),
  ('G-STAFF-HEALTH',
   '员工健康管理指引',
   'Guideline on Staff Health Management',
   '全体在岗人员每日健康监测和登记，坚持一日两测（早抗原、晚核酸），异常情况立即停工报告。',
   '<h3>一、每日健康监测和登记</h3>
<ul>
<li>全体在岗人员每日上岗前和下班后各测一次体温，记录体温、症状、健康码状态和行程信息。</li>
<li>登记由班组长汇总、防疫专员复核，每日定时向属地报送在岗人数和异常情况，无异常也须“零报告”。</li>
</ul>
<h3>二、一日两测</h3>
<ul>
<li>早上上岗前开展抗原检测，结果阴性方可上岗。</li>
<li>晚上开展核酸检测，在岗人员100人及以上的企业在自设采样点完成采样。</li>
<li>检测结果当日汇总，抗原阳性或核酸异常的人员立即就地隔离。</li>
</ul>
<h3>三、返岗条件</h3>
<p>返岗人员须持48小时内核酸检测阴性证明，健康码为绿码；来自中高风险地区的人员按属地规定落实隔离和检测后方可返岗。</p>
<h3>四、异常处置</h3>
<p>员工出现发热、干咳、乏力、咽痛等症状时，立即停止工作，佩戴口罩转至临时隔离观察点，由防疫专员报告属地并安排就医。</p>',
   '',
   0),
  ('G-VISITORS',
   '外来人员管控指引',
   'Guideline on the Control of Outside Visitors',
   '外来人员预约登记、扫码测温、查验48小时核酸阴性证明，无阴性证明不得入内，在指定区域活动。',
   '<p>复工期间应从严控制外来人员进入厂区，能线上办理的事项一律不安排现场来访。</p>
<ol>
<li><strong>预约登记：</strong>来访须提前预约，门卫登记姓名、联系电话、来访事由、被访部门和进出时间。</li>
<li><strong>扫码测温：</strong>入口处查验健康码并扫场所码，测量体温，体温不低于37.3℃的不得进入。</li>
<li><strong>核酸查验：</strong>外来人员须持48小时内核酸检测阴性证明，无阴性证明一律不得进入。</li>
<li><strong>指定区域：</strong>外来人员由专人陪同，在接待区等指定区域活动，不进入生产区和生活区。</li>
<li><strong>记录保存：</strong>访客登记记录至少保存28天，以便必要时追溯。</li>
</ol>',
   '',
   0),
  ('G-LOGISTICS',
   '物流运输与货物交接防疫指引',
   'Guideline on Epidemic Prevention in Logistics and Goods Handover',
   '设置独立装卸区，货物无接触交接，外来司机不下车，车辆和货物外包装预防性消毒。',
   '<h3>一、装卸区设置</h3>
<p>在厂区边缘设置相对独立的装卸区，与生产区、生活区物理隔开，装卸人员固定、单独管理。</p>
<h3>二、无接触交接</h3>
<ul>
<li>货物交接实行“无接触”方式，人货分离，单据尽量电子化。</li>
<li>外来货车司机原则上不下车；确需下车的，全程佩戴口罩，在指定区域活动，不与本企业员工近距离接触。</li>
</ul>
<h3>三、消毒与登记</h3>
<ul>
<li>外来车辆进入前查验通行证和司机核酸检测阴性证明，进出均须登记。</li>
<li>对车辆外表面、驾驶室和货物外包装进行预防性消毒，做好消毒记录。</li>
</ul>',
   '',
   0),
  ('G-DORMITORY',
   '员工集体宿舍防疫指引',
   'Guideline on Epidemic Prevention in Staff Dormitories',
   '宿舍按同车间同班组入住、控制人数，每日通风消毒，预留应急隔离房间。',
   '<p>有员工集体宿舍的企业，宿舍是闭环管理“两点一线”中的一点，须与厂区同标准管理。</p>
<ul>
<li>宿舍按同车间、同班组安排入住，固定房间、固定床位，每间入住人数不超过核定床位数。</li>
<li>宿舍区实行封闭管理，严禁无关人员进出，住宿人员凭码进出并登记。</li>
<li>每日至少通风2次、每次不少于30分钟，公共卫生间、洗漱间每日消毒不少于2次。</li>
<li>预留应急隔离房间（建议不少于床位数的5%），与其他房间相对隔开，具备独立卫生条件。</li>
<li>新返岗员工在静止观察期内单独安排住宿。</li>
</ul>',
   '',
   0),
  ('G-CANTEEN',
   '员工食堂防疫指引',
   'Guideline on Epidemic Prevention in Staff Canteens',
   '食堂错峰分散就餐、同向就座或加装隔板、间距1米，从业人员每日健康监测，餐具一餐一消毒。',
   '<ul>
<li>实行错峰、分批就餐，各车间、班组固定就餐时段，避免人员聚集。</li>
<li>座位同向摆放或加装隔板，就餐间距不少于1米，就餐时不交谈；鼓励打包分餐、回岗位或宿舍用餐。</li>
<li>食堂从业人员每日健康监测，全程佩戴口罩和一次性手套，不与就餐人员近距离接触。</li>
<li>餐具一餐一消毒，就餐区每餐后清洁消毒，加强通风。</li>
<li>食材采购渠道可追溯，不采购来源不明的进口冷链食品。</li>
</ul>',
   '',
   0),
  ('G-IMPORTED-GOODS',
   '进口物品及冷链食品防疫指引',
   'Guideline on Epidemic Prevention for Imported Goods and Cold-Chain Food',
   '进口货物先检测、后消毒、再使用，留存检测报告和消毒证明，建立追溯台账，接触人员单独管理。',
   '<h3>一、先检测、后消毒、再使用</h3>
<p>进口货物（含进口冷链食品）到厂后先在指定区域暂存，查验核酸检测报告和消毒证明；无检测报告、消毒证明或追溯码的进口冷链食品一律不得接收。</p>
<h3>二、追溯管理</h3>
<ul>
<li>建立进口货物出入库追溯台账，记录品名、来源、批次、数量、检测和消毒情况及去向。</li>
<li>台账和证明材料至少保存2年。</li>
</ul>
<h3>三、从业人员管理</h3>
<ul>
<li>搬运、拆包进口货物的人员固定岗位、单独管理，做好个人防护，按规定频次开展核酸检测。</li>
<li>拆包区域与生产区隔开，使用后对场地和工具进行消毒。</li>
</ul>',
   'MANUFACTURING,WHOLESALE_RETAIL,TRANSPORT_LOGISTICS,HOSPITALITY_CATERING',
   0),
  ('G-SAMPLING-POINT',
   '企业自设核酸采样点与“一企一点三专员”工作指引',
   'Guideline on In-House Sampling Points and the “One Enterprise, One Point, Three Specialists” Rule',
   '在岗人员100人及以上的企业设置自有核酸采样点，配备防疫专员（企业联络员）、采样专员和扫码专员。',
   '<p>在岗人员100人及以上的企业应设置企业自有核酸采样点，落实“一企一点三专员”，确保一日两测中的核酸检测在厂内完成。</p>
<h3>一、采样点设置</h3>
<ul>
<li>采样点设在通风良好、相对独立的区域，划分等候区、采样区和医疗废物暂存区，地面设置1米间距标识。</li>
<li>由属地社区卫生服务中心或第三方检测机构审核后启用，采样物资由企业提前备足。</li>
</ul>
<h3>二、三名专员</h3>
<ol>
<li><strong>防疫专员（企业联络员）：</strong>统筹采样组织，与属地街镇和检测机构对接，汇总上报检测结果。</li>
<li><strong>采样专员：</strong>经培训合格后负责采样操作，穿戴全套防护用品。</li>
<li><strong>扫码专员：</strong>负责采样前扫码登记，核对人员名单，确保应检尽检、不漏一人。</li>
</ol>
<p>三名专员均应保持相对固定，并在复工自查中填报姓名。</p>',
   '',
   100),
  ('G-EMERGENCY',
   '企业疫情应急处置指引',
   'Guideline on Epidemic Emergency Response in Enterprises',
   '设置临时隔离观察点，制定应急处置预案并定期演练，出现异常情况2小时内报告属地。',
   '<h3>一、临时隔离观察点</h3>
<p>在厂区内选择相对独立、通风良好、远离人员密集区域的房间作为临时隔离观察点，配备口罩、消毒剂、体温计、饮用水和必要生活物资，并张贴标识。</p>
<h3>二、应急处置预案</h3>
<ul>
<li>明确报告流程、处置责任人、隔离转运路线和与属地街镇、社区卫生服务中心的联络方式。</li>
<li>发现阳性或疑似人员时立即启动预案：就地隔离、暂停相关区域生产、封控相关区域，2小时内报告属地。</li>
<li>配合开展流行病学调查、人员转运和终末消毒，经属地评估后恢复生产。</li>
</ul>
<h3>三、应急演练</h3>
<p>复工前至少组织一次应急演练，此后定期演练，检验人员、物资和流程是否及时到位，并留存演练记录。</p>',
   '',
   0),
  ('G-SUPPLIES',
   '防疫物资储备指引',
   'Guideline on Stockpiling Epidemic Prevention Supplies',
   '口罩、消毒剂、抗原检测试剂至少储备全体在岗人员7天用量，每个出入口配备测温设备并有备用。',
   '<p>物资准备是复工自查“三准备”之一。储备量按全体在岗人员计算，至少满足7天用量，建议储备14天以上，并建立出入库台账。</p>
<ul>
<li><strong>口罩：</strong>医用外科口罩或以上级别，每人每天不少于2只。</li>
<li><strong>抗原检测试剂：</strong>每人每天1份，满足一日两测中的早间抗原检测。</li>
<li><strong>消毒用品：</strong>含氯消毒剂、75%酒精等，满足公共区域每日至少2次消毒。</li>
<li><strong>测温设备：</strong>每个出入口至少1台额温枪或热成像测温设备，另备用设备。</li>
<li><strong>辅助物资：</strong>免洗洗手液、一次性手套、防护服、护目镜和专用废弃口罩收集桶。</li>
</ul>',
   '',
   0),
  ('G-VEHICLES',
   '企业自有车辆与驾驶员防疫管理指引',
   'Guideline on Epidemic Prevention for Enterprise Vehicles and Drivers',
   '自有车辆办理车辆通行证，驾驶员纳入白名单、闭环管理、每日核酸，车辆出车前后消毒，跨省运输落实“三点往返”。',
   '<h3>一、车辆一码通行</h3>
<p>企业在平台事前报备车辆和驾驶员信息，审批通过后系统生成通行二维码并发送至驾驶员手机。车辆在卡口、到达企业和离开企业时扫码，实现事前报备、实时监管、事后追溯。通行范围分为区内、市内和跨省市三类。</p>
<h3>二、驾驶员管理</h3>
<ul>
<li>驾驶员纳入驾驶员白名单，固定人员、固定车辆，实行闭环管理，每日开展核酸检测。</li>
<li>跨省市运输的车辆落实“三点往返”：卡口—收货企业—驾驶员驻留点，途中不停留、不与无关人员接触。</li>
</ul>
<h3>三、车辆消毒</h3>
<p>车辆每次出车前、返回后对驾驶室和车厢进行消毒，并登记消毒时间和操作人员。</p>',
   '',
   0);

INSERT INTO selfcheck_template (version, published_at, active) VALUES (1, '2026-01-01T00:00:00Z', true);

INSERT INTO selfcheck_item (template_id, code, position, category, text_zh, text_en, mandatory, applies_when, evidence, guidance_code) VALUES
  -- SYSTEM_PREP
  ((SELECT id FROM selfcheck_template WHERE version = 1), 'SP-01', 1, 'SYSTEM_PREP',
   '已成立由企业主要负责人任组长的疫情防控工作组，明确各部门、各岗位防控责任（请在备注中填写组长姓名及职务）。',
   'An epidemic prevention working group led by the enterprise''s principal has been set up, and the prevention responsibilities of every department and post are defined (state the leader''s name and position in the note).',
   true, 'ALWAYS', 'NOTE', 'G-SYSTEM'),
  ((SELECT id FROM selfcheck_template WHERE version = 1), 'SP-02', 2, 'SYSTEM_PREP',
   '已指定防疫专员，负责日常防控工作并与属地街镇对接（请在备注中填写防疫专员姓名和联系电话）。',
   'An epidemic prevention officer has been designated to run daily prevention work and liaise with the local town or subdistrict (state the officer''s name and phone number in the note).',
   true, 'ALWAYS', 'NOTE', 'G-SYSTEM'),
  ((SELECT id FROM selfcheck_template WHERE version = 1), 'SP-03', 3, 'SYSTEM_PREP',
   '已制定“一企一策”复工复产疫情防控方案（含闭环管理和分区管理安排），并上传方案文件。',
   'An enterprise-specific epidemic prevention plan for resuming work and production (including closed-loop and zoned management arrangements) has been drawn up, and the plan is uploaded.',
   true, 'ALWAYS', 'FILE', 'G-INDUSTRIAL'),
  ((SELECT id FROM selfcheck_template WHERE version = 1), 'SP-04', 4, 'SYSTEM_PREP',
   '已建立全体在岗人员健康信息台账，落实“日报告、零报告”制度。',
   'A health record of all on-site staff has been set up, and daily reporting, including nil reports, is in place.',
   true, 'ALWAYS', 'NONE', 'G-STAFF-HEALTH'),
  ((SELECT id FROM selfcheck_template WHERE version = 1), 'SP-05', 5, 'SYSTEM_PREP',
   '已对全体返岗员工开展疫情防控知识培训，并留存培训记录。',
   'All returning staff have been trained in epidemic prevention, and training records are kept.',
   false, 'ALWAYS', 'NONE', 'G-SYSTEM'),
  -- SUPPLIES_PREP
  ((SELECT id FROM selfcheck_template WHERE version = 1), 'SU-01', 6, 'SUPPLIES_PREP',
   '医用外科口罩或以上级别口罩储备不少于全体在岗人员7天用量（每人每天不少于2只）。',
   'Surgical masks or better are stocked for at least 7 days for all on-site staff (at least 2 per person per day).',
   true, 'ALWAYS', 'NONE', 'G-SUPPLIES'),
  ((SELECT id FROM selfcheck_template WHERE version = 1), 'SU-02', 7, 'SUPPLIES_PREP',
   '含氯消毒剂、75%酒精等消毒用品储备不少于7天用量。',
   'Disinfectants such as chlorine-based disinfectant and 75% alcohol are stocked for at least 7 days.',
   true, 'ALWAYS', 'NONE', 'G-SUPPLIES'),
  ((SELECT id FROM selfcheck_template WHERE version = 1), 'SU-03', 8, 'SUPPLIES_PREP',
   '每个出入口至少配备1台测温设备，并另有备用设备。',
   'Every entrance has at least one temperature-measuring device, with spare devices in reserve.',
   true, 'ALWAYS', 'NONE', 'G-SUPPLIES'),
  ((SELECT id FROM selfcheck_template WHERE version = 1), 'SU-04', 9, 'SUPPLIES_PREP',
   '抗原检测试剂储备不少于全体在岗人员7天用量（每人每天1份），请在备注中填写当前库存数量。',
   'Antigen test kits are stocked for at least 7 days for all on-site staff (1 per person per day); state the current stock in the note.',
   true, 'ALWAYS', 'NOTE', 'G-SUPPLIES'),
  ((SELECT id FROM selfcheck_template WHERE version = 1), 'SU-05', 10, 'SUPPLIES_PREP',
   '已配备免洗洗手液、一次性手套、防护服和专用废弃口罩收集桶等辅助物资。',
   'Auxiliary supplies such as hand sanitiser, disposable gloves, protective suits and dedicated bins for used masks are available.',
   false, 'ALWAYS', 'NONE', 'G-SUPPLIES'),
  -- EMERGENCY_PREP
  ((SELECT id FROM selfcheck_template WHERE version = 1), 'EP-01', 11, 'EMERGENCY_PREP',
   '已设置临时隔离观察点，位置相对独立、通风良好、配有必要物资，并上传现场照片。',
   'A temporary isolation and observation room has been set up that is relatively separate, well ventilated and equipped with the necessary supplies; a photo of it is uploaded.',
   true, 'ALWAYS', 'FILE', 'G-EMERGENCY'),
  ((SELECT id FROM selfcheck_template WHERE version = 1), 'EP-02', 12, 'EMERGENCY_PREP',
   '已制定疫情应急处置预案，明确报告流程、处置责任人和与属地的联络方式，并上传预案文件。',
   'An epidemic emergency plan has been drawn up that defines the reporting procedure, the persons responsible and how to contact the local authorities; the plan is uploaded.',
   true, 'ALWAYS', 'FILE', 'G-EMERGENCY'),
  ((SELECT id FROM selfcheck_template WHERE version = 1), 'EP-03', 13, 'EMERGENCY_PREP',
   '复工前已组织至少一次应急演练（请在备注中填写演练日期和参加人数）。',
   'At least one emergency drill has been held before resuming work (state the date of the drill and the number of participants in the note).',
   false, 'ALWAYS', 'NOTE', 'G-EMERGENCY'),
  ((SELECT id FROM selfcheck_template WHERE version = 1), 'EP-04', 14, 'EMERGENCY_PREP',
   '已与属地街镇防控办、社区卫生服务中心建立联络机制，掌握报告和转运渠道。',
   'A liaison arrangement with the local town prevention office and community health centre is in place, and the reporting and transfer channels are known.',
   false, 'ALWAYS', 'NONE', 'G-EMERGENCY'),
  ((SELECT id FROM selfcheck_template WHERE version = 1), 'EP-05', 15, 'EMERGENCY_PREP',
   '员工宿舍内已预留应急隔离房间，并与其他房间相对隔开。',
   'Emergency isolation rooms are reserved in the staff dormitory and kept apart from the other rooms.',
   false, 'HAS_DORMITORY', 'NONE', 'G-DORMITORY'),
  -- STAFF_HEALTH
  ((SELECT id FROM selfcheck_template WHERE version = 1), 'SH-01', 16, 'STAFF_HEALTH',
   '每日对全体在岗人员开展健康监测和登记（体温、症状、健康码），出现发热等症状的员工立即停止工作并报告。',
   'All on-site staff are monitored and registered every day (temperature, symptoms, health code); staff with fever or other symptoms stop work at once and are reported.',
   true, 'ALWAYS', 'NONE', 'G-STAFF-HEALTH'),
  ((SELECT id FROM selfcheck_template WHERE version = 1), 'SH-02', 17, 'STAFF_HEALTH',
   '落实“一日两测”：早上开展抗原检测，晚上开展核酸检测，结果当日汇总上报。',
   'Two tests a day are carried out: an antigen test in the morning and a PCR test in the evening, with results compiled and reported the same day.',
   true, 'ALWAYS', 'NONE', 'G-STAFF-HEALTH'),
  ((SELECT id FROM selfcheck_template WHERE version = 1), 'SH-03', 18, 'STAFF_HEALTH',
   '实行闭环管理，员工在厂区与宿舍之间“两点一线”，由企业安排专车点对点通勤。',
   'Closed-loop management is in place: staff move only between the plant and their lodging, with point-to-point transport arranged by the enterprise.',
   true, 'ALWAYS', 'NONE', 'G-INDUSTRIAL'),
  ((SELECT id FROM selfcheck_template WHERE version = 1), 'SH-04', 19, 'STAFF_HEALTH',
   '实行分区管理，生产区、办公区、生活区分区设置，不同区域人员不交叉、不串岗。',
   'Zoned management is in place: production, office and living areas are separated, and staff of different zones do not mix or switch posts.',
   true, 'ALWAYS', 'NONE', 'G-INDUSTRIAL'),
  ((SELECT id FROM selfcheck_template WHERE version = 1), 'SH-05', 20, 'STAFF_HEALTH',
   '在岗人员100人及以上的，已设置企业自有核酸采样点，并上传采样点照片。',
   'With 100 or more staff on site, the enterprise has set up its own PCR sampling point; a photo of the sampling point is uploaded.',
   true, 'STAFF_ON_SITE_100', 'FILE', 'G-SAMPLING-POINT'),
  ((SELECT id FROM selfcheck_template WHERE version = 1), 'SH-06', 21, 'STAFF_HEALTH',
   '已落实“一企一点三专员”，明确防疫专员（企业联络员）、采样专员和扫码专员（请在备注中填写三名专员姓名）。',
   'The “one enterprise, one sampling point, three specialists” rule is met: a prevention officer (enterprise liaison), a sampler and a code scanner are named (state the three names in the note).',
   true, 'STAFF_ON_SITE_100', 'NOTE', 'G-SAMPLING-POINT'),
  ((SELECT id FROM selfcheck_template WHERE version = 1), 'SH-07', 22, 'STAFF_HEALTH',
   '宿舍按同车间、同班组安排入住，每间入住人数不超过核定床位，并每日通风消毒。',
   'Dormitory rooms are assigned by workshop and shift team, no room holds more people than its approved beds, and rooms are ventilated and disinfected daily.',
   true, 'HAS_DORMITORY', 'NONE', 'G-DORMITORY'),
  ((SELECT id FROM selfcheck_template WHERE version = 1), 'SH-08', 23, 'STAFF_HEALTH',
   '食堂实行错峰分散就餐，座位同向摆放或加装隔板，就餐间距不少于1米。',
   'The canteen serves meals in staggered shifts, with seats facing the same way or separated by partitions and at least 1 metre apart.',
   true, 'HAS_CANTEEN', 'NONE', 'G-CANTEEN'),
  ((SELECT id FROM selfcheck_template WHERE version = 1), 'SH-09', 24, 'STAFF_HEALTH',
   '食堂从业人员每日健康监测，餐具一餐一消毒，鼓励打包分餐。',
   'Canteen workers are health-checked daily, tableware is disinfected after every meal, and packed individual meals are encouraged.',
   false, 'HAS_CANTEEN', 'NONE', 'G-CANTEEN'),
  -- VISITOR_CONTROL
  ((SELECT id FROM selfcheck_template WHERE version = 1), 'VC-01', 25, 'VISITOR_CONTROL',
   '外来人员实行预约登记，记录姓名、联系电话、来访事由和进出时间。',
   'Visitors must book in advance and are registered with name, phone number, purpose of the visit and times of entry and exit.',
   true, 'ALWAYS', 'NONE', 'G-VISITORS'),
  ((SELECT id FROM selfcheck_template WHERE version = 1), 'VC-02', 26, 'VISITOR_CONTROL',
   '入口处查验外来人员健康码并扫场所码，测量体温。',
   'At the entrance, visitors'' health codes are checked, the venue code is scanned and their temperature is taken.',
   true, 'ALWAYS', 'NONE', 'G-VISITORS'),
  ((SELECT id FROM selfcheck_template WHERE version = 1), 'VC-03', 27, 'VISITOR_CONTROL',
   '外来人员须持48小时内核酸检测阴性证明，无阴性证明不得进入。',
   'Visitors must show a negative PCR test result from the last 48 hours; no one enters without one.',
   true, 'ALWAYS', 'NONE', 'G-VISITORS'),
  ((SELECT id FROM selfcheck_template WHERE version = 1), 'VC-04', 28, 'VISITOR_CONTROL',
   '外来人员由专人陪同在指定区域活动，不进入生产区和生活区；能线上办理的事项不安排现场来访。',
   'Visitors are escorted and stay in designated areas, never entering production or living areas; matters that can be handled online are not handled on site.',
   false, 'ALWAYS', 'NONE', 'G-VISITORS'),
  -- LOGISTICS_CONTROL
  ((SELECT id FROM selfcheck_template WHERE version = 1), 'LC-01', 29, 'LOGISTICS_CONTROL',
   '设置相对独立的装卸区，货物交接实行“无接触”方式，人货分离。',
   'A separate loading area is set up, and goods are handed over contact-free, keeping people and goods apart.',
   true, 'ALWAYS', 'NONE', 'G-LOGISTICS'),
  ((SELECT id FROM selfcheck_template WHERE version = 1), 'LC-02', 30, 'LOGISTICS_CONTROL',
   '外来货车司机原则上不下车；确需下车的，全程佩戴口罩并在指定区域活动。',
   'Outside truck drivers stay in their cabs as a rule; a driver who must get out wears a mask throughout and stays in a designated area.',
   false, 'ALWAYS', 'NONE', 'G-LOGISTICS'),
  ((SELECT id FROM selfcheck_template WHERE version = 1), 'LC-03', 31, 'LOGISTICS_CONTROL',
   '自有运输车辆已办理车辆通行证，驾驶员纳入驾驶员白名单，落实闭环管理和每日核酸检测。',
   'The enterprise''s own vehicles hold vehicle passes, and their drivers are on the driver whitelist, under closed-loop management and PCR-tested daily.',
   true, 'HAS_VEHICLES', 'NONE', 'G-VEHICLES'),
  ((SELECT id FROM selfcheck_template WHERE version = 1), 'LC-04', 32, 'LOGISTICS_CONTROL',
   '自有车辆每次出车前、返回后进行消毒并登记，跨省市运输按“三点往返”要求运行。',
   'The enterprise''s own vehicles are disinfected and logged before every trip and after returning, and cross-province trips follow the closed “three-point round trip”.',
   true, 'HAS_VEHICLES', 'NONE', 'G-VEHICLES'),
  ((SELECT id FROM selfcheck_template WHERE version = 1), 'LC-05', 33, 'LOGISTICS_CONTROL',
   '进口货物（含进口冷链食品）严格落实“先检测、后消毒、再使用”，留存检测报告和消毒证明。',
   'Imported goods (including imported cold-chain food) are strictly tested first, disinfected next and used only then, and test reports and disinfection certificates are kept.',
   true, 'IMPORTED_GOODS', 'NONE', 'G-IMPORTED-GOODS'),
  ((SELECT id FROM selfcheck_template WHERE version = 1), 'LC-06', 34, 'LOGISTICS_CONTROL',
   '已建立进口货物出入库追溯台账，记录来源、批次、检测和消毒情况。',
   'A traceability ledger of imported goods in and out of stock is kept, recording origin, batch, testing and disinfection.',
   false, 'IMPORTED_GOODS', 'NONE', 'G-IMPORTED-GOODS');
