-- V2: administrative region tree of Shanghai (CITY -> DISTRICT -> TOWN -> GRID).
--
-- Source of the codes: national statistical division codes (统计用区划代码).
--   * CITY / DISTRICT: 6-digit division codes (GB/T 2260).
--   * TOWN: 9-digit town-level statistical codes (the 12-digit code with the
--     trailing "000" removed), 2023 edition, for 松江区 and 奉贤区 only.
--     Exception: 310120505 上海海港综合经济开发区 is taken from the 2015 edition;
--     the 2021-2023 editions list no development zone under 奉贤区.
--     Note: in every edition checked, 310117104 is 车墩镇 and 310117105 is 新桥镇.
--   * GRID: local 3x3 grid zones (九宫格) of one development zone, bounded by
--     its main roads; code = zone code + 'G1'..'G9' (not a statistical code).
--
-- sort_order increases within each parent, ordered by code.

-- CITY
INSERT INTO region (code, parent_code, name, name_en, level, sort_order) VALUES
  ('310000', NULL, '上海市', 'Shanghai', 'CITY', 1);

-- DISTRICT
INSERT INTO region (code, parent_code, name, name_en, level, sort_order) VALUES
  ('310101', '310000', '黄浦区',   'Huangpu District',   'DISTRICT',  1),
  ('310104', '310000', '徐汇区',   'Xuhui District',     'DISTRICT',  2),
  ('310105', '310000', '长宁区',   'Changning District', 'DISTRICT',  3),
  ('310106', '310000', '静安区',   'Jing''an District',  'DISTRICT',  4),
  ('310107', '310000', '普陀区',   'Putuo District',     'DISTRICT',  5),
  ('310109', '310000', '虹口区',   'Hongkou District',   'DISTRICT',  6),
  ('310110', '310000', '杨浦区',   'Yangpu District',    'DISTRICT',  7),
  ('310112', '310000', '闵行区',   'Minhang District',   'DISTRICT',  8),
  ('310113', '310000', '宝山区',   'Baoshan District',   'DISTRICT',  9),
  ('310114', '310000', '嘉定区',   'Jiading District',   'DISTRICT', 10),
  ('310115', '310000', '浦东新区', 'Pudong New Area',    'DISTRICT', 11),
  ('310116', '310000', '金山区',   'Jinshan District',   'DISTRICT', 12),
  ('310117', '310000', '松江区',   'Songjiang District', 'DISTRICT', 13),
  ('310118', '310000', '青浦区',   'Qingpu District',    'DISTRICT', 14),
  ('310120', '310000', '奉贤区',   'Fengxian District',  'DISTRICT', 15),
  ('310151', '310000', '崇明区',   'Chongming District', 'DISTRICT', 16);

-- TOWN
INSERT INTO region (code, parent_code, name, name_en, level, sort_order) VALUES
  -- 松江区 310117
  ('310117001', '310117', '岳阳街道',           'Yueyang Subdistrict',                      'TOWN',  1),
  ('310117002', '310117', '永丰街道',           'Yongfeng Subdistrict',                     'TOWN',  2),
  ('310117003', '310117', '方松街道',           'Fangsong Subdistrict',                     'TOWN',  3),
  ('310117004', '310117', '中山街道',           'Zhongshan Subdistrict',                    'TOWN',  4),
  ('310117005', '310117', '广富林街道',         'Guangfulin Subdistrict',                   'TOWN',  5),
  ('310117006', '310117', '九里亭街道',         'Jiuliting Subdistrict',                    'TOWN',  6),
  ('310117102', '310117', '泗泾镇',             'Sijing Town',                              'TOWN',  7),
  ('310117103', '310117', '佘山镇',             'Sheshan Town',                             'TOWN',  8),
  ('310117104', '310117', '车墩镇',             'Chedun Town',                              'TOWN',  9),
  ('310117105', '310117', '新桥镇',             'Xinqiao Town',                             'TOWN', 10),
  ('310117106', '310117', '洞泾镇',             'Dongjing Town',                            'TOWN', 11),
  ('310117107', '310117', '九亭镇',             'Jiuting Town',                             'TOWN', 12),
  ('310117109', '310117', '泖港镇',             'Maogang Town',                             'TOWN', 13),
  ('310117116', '310117', '石湖荡镇',           'Shihudang Town',                           'TOWN', 14),
  ('310117117', '310117', '新浜镇',             'Xinbang Town',                             'TOWN', 15),
  ('310117120', '310117', '叶榭镇',             'Yexie Town',                               'TOWN', 16),
  ('310117121', '310117', '小昆山镇',           'Xiaokunshan Town',                         'TOWN', 17),
  ('310117501', '310117', '松江工业区',         'Songjiang Industrial Zone',                'TOWN', 18),
  ('310117504', '310117', '佘山度假区',         'Sheshan Resort Area',                      'TOWN', 19),
  ('310117507', '310117', '上海松江出口加工区', 'Shanghai Songjiang Export Processing Zone', 'TOWN', 20),
  -- 奉贤区 310120
  ('310120001', '310120', '西渡街道',           'Xidu Subdistrict',                         'TOWN',  1),
  ('310120002', '310120', '奉浦街道',           'Fengpu Subdistrict',                       'TOWN',  2),
  ('310120003', '310120', '金海街道',           'Jinhai Subdistrict',                       'TOWN',  3),
  ('310120101', '310120', '南桥镇',             'Nanqiao Town',                             'TOWN',  4),
  ('310120102', '310120', '奉城镇',             'Fengcheng Town',                           'TOWN',  5),
  ('310120104', '310120', '庄行镇',             'Zhuanghang Town',                          'TOWN',  6),
  ('310120106', '310120', '金汇镇',             'Jinhui Town',                              'TOWN',  7),
  ('310120109', '310120', '四团镇',             'Situan Town',                              'TOWN',  8),
  ('310120111', '310120', '青村镇',             'Qingcun Town',                             'TOWN',  9),
  ('310120118', '310120', '柘林镇',             'Zhelin Town',                              'TOWN', 10),
  ('310120123', '310120', '海湾镇',             'Haiwan Town',                              'TOWN', 11),
  ('310120503', '310120', '海湾旅游区',         'Haiwan Tourism Zone',                      'TOWN', 12),
  -- 2015 edition (see header)
  ('310120505', '310120', '上海海港综合经济开发区', 'Shanghai Haigang Comprehensive Economic Development Zone', 'TOWN', 13);

-- GRID: 3x3 grid (九宫格) of 上海海港综合经济开发区 (310120505)
INSERT INTO region (code, parent_code, name, name_en, level, sort_order) VALUES
  ('310120505G1', '310120505', '第一网格（西北片）', 'Grid 1 (North-west)', 'GRID', 1),
  ('310120505G2', '310120505', '第二网格（北片）',   'Grid 2 (North)',      'GRID', 2),
  ('310120505G3', '310120505', '第三网格（东北片）', 'Grid 3 (North-east)', 'GRID', 3),
  ('310120505G4', '310120505', '第四网格（西片）',   'Grid 4 (West)',       'GRID', 4),
  ('310120505G5', '310120505', '第五网格（中心片）', 'Grid 5 (Centre)',     'GRID', 5),
  ('310120505G6', '310120505', '第六网格（东片）',   'Grid 6 (East)',       'GRID', 6),
  ('310120505G7', '310120505', '第七网格（西南片）', 'Grid 7 (South-west)', 'GRID', 7),
  ('310120505G8', '310120505', '第八网格（南片）',   'Grid 8 (South)',      'GRID', 8),
  ('310120505G9', '310120505', '第九网格（东南片）', 'Grid 9 (South-east)', 'GRID', 9);
