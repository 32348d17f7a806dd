<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>EconomicLayer</name>
    <message>
      <location filename="../qgis_adapter/convert.py" />
      <source> (clear el_gfa to count it)</source>
      <translation>（清空 el_gfa 即计入）</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" />
      <source> (editing: figures include unsaved edits)</source>
      <translation>（编辑中：数字含未保存的修改）</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/convert.py" />
      <source> (its own el_gfa was {gfa} m2: give it back to count it)</source>
      <translation>（其原有 el_gfa 为 {gfa} 平方米：填回该值即计入）</translation>
    </message>
    <message>
      <location filename="../core/balance.py" />
      <source> (present value)</source>
      <translation>（现值）</translation>
    </message>
    <message>
      <location filename="../cli/optimise.py" />
      <source> (the scheme as it is fails: {checks})</source>
      <translation>（现方案未通过：{checks}）</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source> 10,000 CNY/mu</source>
      <translation> 万元/亩</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <source>(capped)</source>
      <translation>（已封顶）</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>(changed)</source>
      <translation>（已修改）</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>(no field)</source>
      <translation>（不使用字段）</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/industrial.py" />
      <source>(not known)</source>
      <translation>（未知）</translation>
    </message>
    <message>
      <source>(the scheme as it is breaks a limit that is enforced)</source>
      <translation type="obsolete">（现方案未满足所要求的某项限值）</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>(your change)</source>
      <translation>（您的修改）</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" />
      <source>, {excluded} left out of the totals</source>
      <translation>，{excluded} 个未计入合计</translation>
    </message>
    <message>
      <location filename="../cli/risk.py" />
      <source>--draws must be at least 1</source>
      <translation>--draws 至少为 1</translation>
    </message>
    <message>
      <location filename="../cli/optimise.py" />
      <source>--enforce: unknown check(s) {unknown} (known: {known})</source>
      <translation>--enforce：未知的校核项 {unknown}（可用：{known}）</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>1 = yes, 0 = no, empty = not known.</source>
      <translation>1 = 是，0 = 否，空 = 未知。</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>1 Proceeds excl. VAT (10,000 CNY)</source>
      <translation>1 转让收入（不含增值税，万元）</translation>
    </message>
    <message>
      <location filename="../core/formatting.py" />
      <location filename="../gui/optimise_dialog.py" />
      <location filename="../io/xlsx.py" />
      <location filename="../processing_provider/optimise_algorithms.py" />
      <source>10,000 CNY</source>
      <translation>万元</translation>
    </message>
    <message>
      <location filename="../cli/industrial.py" />
      <source>10,000 CNY/km2</source>
      <translation>万元/平方千米</translation>
    </message>
    <message>
      <location filename="../cli/industrial.py" />
      <source>10,000 CNY/mu</source>
      <translation>万元/亩</translation>
    </message>
    <message>
      <location filename="../cli/industrial.py" />
      <source>10,000 kWh/10,000 CNY</source>
      <translation>万千瓦时/万元</translation>
    </message>
    <message>
      <location filename="../cli/industrial.py" />
      <source>10,000 t/10,000 CNY</source>
      <translation>万吨/万元</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/style.py" />
      <source>10k CNY</source>
      <translation>万元</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>2 Deductions (10,000 CNY)</source>
      <translation>2 扣除项目金额合计（万元）</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>2.1 Land cost: premium + deed tax (10,000 CNY)</source>
      <translation>2.1 取得土地使用权支付的金额（万元）</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>2.2 Development cost (10,000 CNY)</source>
      <translation>2.2 房地产开发成本（万元）</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>2.3 Development expenses, 10 % (10,000 CNY)</source>
      <translation>2.3 房地产开发费用（10%，万元）</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>2.4 Taxes on the transfer: surcharges (10,000 CNY)</source>
      <translation>2.4 与转让有关的税金（附加，万元）</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>2.5 Developer deduction, 20 % (10,000 CNY)</source>
      <translation>2.5 加计扣除（20%，万元）</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>3 Appreciation = 1 - 2 (10,000 CNY)</source>
      <translation>3 增值额 = 1 - 2（万元）</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>4 Appreciation ratio = 3 / 2</source>
      <translation>4 增值率 = 3 / 2</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>5 Tax = 3 x rate - 2 x factor (10,000 CNY)</source>
      <translation>5 应纳税额 = 3 × 税率 - 2 × 速算扣除系数（万元）</translation>
    </message>
    <message>
      <location filename="../cli/optimise.py" />
      <source>; the local search made {moves} change(s): +{gain} (10,000 CNY)</source>
      <translation>；局部搜索调整 {moves} 处：+{gain}（万元）</translation>
    </message>
    <message>
      <location filename="../cli/optimise.py" />
      <source>; the local search stopped at its time limit</source>
      <translation>；局部搜索达到时间上限后停止</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>&lt;b&gt;Economic Layer {version}&lt;/b&gt;&lt;p&gt;The economics of urban renewal schemes, module by module, on the map.&lt;/p&gt;&lt;p&gt;Money in 10,000 CNY, areas in m2.&lt;/p&gt;&lt;p&gt;&lt;a href="{homepage}"&gt;Documentation&lt;/a&gt; · &lt;a href="{tracker}"&gt;Report a problem&lt;/a&gt;&lt;/p&gt;</source>
      <translation>&lt;b&gt;经济图层 {version}&lt;/b&gt;&lt;p&gt;在地图上逐个模块测算城市更新方案的经济账。&lt;/p&gt;&lt;p&gt;金额单位：万元；面积单位：平方米。&lt;/p&gt;&lt;p&gt;&lt;a href="{homepage}"&gt;使用说明&lt;/a&gt; · &lt;a href="{tracker}"&gt;反馈问题&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../gui/risk_panel.py" />
      <source>&lt;b&gt;Monte Carlo&lt;/b&gt;: NPV of {draws} draws (seed {seed}, triangular ranges)</source>
      <translation>&lt;b&gt;蒙特卡洛模拟&lt;/b&gt;：{draws} 次抽样的净现值（随机种子 {seed}，三角分布）</translation>
    </message>
    <message>
      <location filename="../gui/risk_panel.py" />
      <source>&lt;b&gt;Tornado&lt;/b&gt; (10,000 CNY): each driver at its low and high value</source>
      <translation>&lt;b&gt;龙卷风图&lt;/b&gt;（万元）：各因素分别取低值和高值</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>A QGIS PostgreSQL connection, service=NAME or a libpq connection string</source>
      <translation>QGIS 的 PostgreSQL 连接、service=名称或 libpq 连接串</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>A high-tech enterprise.</source>
      <translation>是否为高新技术企业。</translation>
    </message>
    <message>
      <location filename="../gui/dialogs.py" />
      <source>A layer name starts with a letter and has letters, digits, _ or - only.</source>
      <translation>图层名称须以字母或汉字开头，只含字母、汉字、数字、_ 或 -。</translation>
    </message>
    <message>
      <location filename="../gui/location_rules.py" />
      <source>A module's sale price or rent from the price book moves by the per cent of the band its distance to the nearest feature of the layer falls in (docs/location.md). Bands: "500: 6, 1000: 3" is +6 % up to 500 m, +3 % up to 1,000 m. Uses: residential, apartment, office, commercial, ... separated by commas.</source>
      <translation>模块按价格成本表取的售价或租金，按其到该图层最近要素的距离所落区段的百分比调整（见 docs/location.md）。距离区段：“500: 6, 1000: 3” 即 500 m 以内 +6 %、1,000 m 以内 +3 %。用途填 el_use 的代码：residential（住宅）、apartment（公寓）、office（办公）、commercial（商业）等，用逗号分隔。</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>A new block stands on a standing building where their footprints overlap by more than this</source>
      <translation>新增地块与现状建筑基底重叠面积超过此值时，视为建在该建筑之上</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms.py" />
      <source>A new, empty economic layer in a GeoPackage: every field of the economic model with its form, constraints and style, and the default price book.</source>
      <translation>在 GeoPackage 中新建空的经济图层：包含经济模型的全部字段、表单、约束和样式，以及默认价格成本表。</translation>
    </message>
    <message>
      <location filename="../gui/dialogs.py" />
      <source>A projected CRS measures areas in metres. In an existing GeoPackage, a layer of the same name is replaced.</source>
      <translation>投影坐标系以米计量面积。若 GeoPackage 已有同名图层，将被替换。</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>A sale with its taxes</source>
      <translation>出售（计征交易税费）</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/schemes.py" />
      <source>A scheme named {name} exists already: choose another name.</source>
      <translation>已有名为 {name} 的方案：请另取名称。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms.py" />
      <source>A table of every scheme's indicators side by side (one row per indicator), with the differences to the first scheme.</source>
      <translation>并列比较各方案的经济指标（每个指标一行），并给出与第一个方案的差值。</translation>
    </message>
    <message>
      <location filename="../processing_provider/optimise_algorithms.py" />
      <source>A tornado of NPV and net profit (sale price, rent, construction cost, compensation, one year's delay, discount rate) and a seeded Monte Carlo run with triangular ranges: P10 / P50 / P90 of NPV and funding gap, and the probability of a loss. JSON report.</source>
      <translation>敏感性龙卷风图（销售价格、租金、建安成本、征收补偿、延误一年、折现率对净现值和净利润的影响）及设定随机种子的蒙特卡洛模拟（三角分布）：净现值与资金缺口的 P10 / P50 / P90，以及亏损概率。输出 JSON 报告。</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>A valuation (not income)</source>
      <translation>估值（不计收入）</translation>
    </message>
    <message>
      <location filename="../gui/report.py" />
      <source>A3 landscape</source>
      <translation>A3 横向</translation>
    </message>
    <message>
      <location filename="../gui/report.py" />
      <source>A4 landscape</source>
      <translation>A4 横向</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>About Economic Layer</source>
      <translation>关于经济图层</translation>
    </message>
    <message>
      <location filename="../gui/feasibility_view.py" />
      <source>Acquisition</source>
      <translation>收购费</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Acquisition (yuan/m2)</source>
      <translation>收购单价（元/平方米）</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>Acquisition of standing buildings</source>
      <translation>收购现状建筑</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>Acquisition of standing buildings (10,000 CNY)</source>
      <translation>既有建筑收购费（万元）</translation>
    </message>
    <message>
      <location filename="../io/sheet_labels.py" />
      <source>Acquisition of standing buildings (yuan/m2)</source>
      <translation>现状建筑收购（元/平方米）</translation>
    </message>
    <message>
      <location filename="../io/xlsx.py" />
      <source>Action</source>
      <translation>更新方式</translation>
    </message>
    <message>
      <location filename="../gui/dialogs.py" />
      <location filename="../processing_provider/algorithms.py" />
      <source>Action of every module</source>
      <translation>模块更新方式（全部）</translation>
    </message>
    <message>
      <location filename="../definitions.py" />
      <source>Add</source>
      <translation>新增</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Add as new scheme</source>
      <translation>添加为新方案</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_assumptions.py" />
      <source>Add lump sum</source>
      <translation>添加专项收支</translation>
    </message>
    <message>
      <location filename="../gui/location_rules.py" />
      <source>Add rule</source>
      <translation>添加规则</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Add unit</source>
      <translation>添加单元</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_assumptions.py" />
      <source>Add unit ratio</source>
      <translation>添加单元置换比例</translation>
    </message>
    <message>
      <location filename="../gui/commands/upgrade_commands.py" />
      <location filename="../gui/dock.py" />
      <source>Adds the missing fields to the layer in place (empty); a copy of the GeoPackage is kept next to it first; every value stays.</source>
      <translation>在原图层中补充缺少的字段（为空）；先在同一文件夹保存 GeoPackage 副本；已有数值全部保留。</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <location filename="../processing_provider/optimise_algorithms.py" />
      <source>After the feasibility stack (taxes, financing)</source>
      <translation>可研口径（税费、融资之后）</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>After the stack, taxes on totals enter as a linear approximation; the chosen scheme is recomputed exactly and the difference is shown</source>
      <translation>可研口径下，依赖总额的税费以线性近似进入优化模型；所选方案再精确重算，并显示两者之差</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_assumptions.py" />
      <location filename="../io/resettlement_sheet.py" />
      <source>Amount (10,000 CNY)</source>
      <translation>金额（万元）</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Annual electricity consumption.</source>
      <translation>年用电量。</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Annual industrial output value.</source>
      <translation>年工业总产值。</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Annual tax paid.</source>
      <translation>年实缴税收。</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Annual water consumption.</source>
      <translation>年用水量。</translation>
    </message>
    <message>
      <location filename="../io/resettlement_sheet.py" />
      <location filename="../processing_provider/balance_algorithm.py" />
      <source>Answer</source>
      <translation>结论</translation>
    </message>
    <message>
      <location filename="../definitions.py" />
      <source>Apartment</source>
      <translation>公寓</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Applied and saved.</source>
      <translation>已应用并保存。</translation>
    </message>
    <message>
      <location filename="../processing_provider/location_algorithm.py" />
      <source>Apply location layer</source>
      <translation>应用区位图层</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>Apply thresholds</source>
      <translation>应用门槛</translation>
    </message>
    <message>
      <location filename="../io/resettlement_sheet.py" />
      <source>Area owed (m2)</source>
      <translation>应安置面积（m2）</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <location filename="../io/resettlement_sheet.py" />
      <source>Area taken out of sale (m2)</source>
      <translation>扣减可售面积（m2）</translation>
    </message>
    <message>
      <location filename="../io/risk_sheet.py" />
      <source>As planned</source>
      <translation>基准</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" />
      <source>Assumptions</source>
      <translation>参数</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../io/feasibility_sheets.py" />
      <source>Average flat sold (m2)</source>
      <translation>平均单套销售面积（平方米）</translation>
    </message>
    <message>
      <location filename="../gui/commands/upgrade_commands.py" />
      <source>Backup: {path}</source>
      <translation>备份：{path}</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>Band</source>
      <translation>适用级次</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../io/sheet_labels.py" />
      <source>Base year</source>
      <translation>基准年</translation>
    </message>
    <message>
      <location filename="../gui/compare_panel.py" />
      <source>Baseline</source>
      <translation>比较基准</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Basis</source>
      <translation>口径</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Before the feasibility stack (pre-tax)</source>
      <translation>税前口径（可研税费之前）</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Best found (not proven optimal): no single change (or pair, on small schemes) improves it.</source>
      <translation>已找到的最佳方案（未证明最优）：任何单个改动（小方案中任何两个改动）都不能再改进。</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Binding limits: what one step more would gain</source>
      <translation>起约束作用的限值：放宽一档的收益</translation>
    </message>
    <message>
      <location filename="../gui/location_rules.py" />
      <source>Both</source>
      <translation>售价和租金</translation>
    </message>
    <message>
      <location filename="../core/indicators.py" />
      <source>Break-even price factor</source>
      <translation>盈亏平衡价格系数</translation>
    </message>
    <message>
      <location filename="../processing_provider/industrial_algorithms.py" />
      <source>Build schemes from industrial plots</source>
      <translation>由工业地块生成方案</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>Build schemes…</source>
      <translation>生成方案…</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../io/sheet_labels.py" />
      <source>Build years (default)</source>
      <translation>建设年限（默认）</translation>
    </message>
    <message>
      <location filename="../core/checks.py" />
      <source>Building height</source>
      <translation>建筑高度</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>By category</source>
      <translation>按类别施策</translation>
    </message>
    <message>
      <location filename="../core/calibration.py" />
      <source>Calibration</source>
      <translation>校准</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms.py" />
      <source>Cancelled: nothing was written.</source>
      <translation>已取消：未写入任何内容。</translation>
    </message>
    <message>
      <location filename="../io/resettlement_sheet.py" />
      <source>Cap binds</source>
      <translation>封顶</translation>
    </message>
    <message>
      <location filename="../gui/location_rules.py" />
      <source>Cap on the combined factor: at most</source>
      <translation>综合区位系数封顶：最高</translation>
    </message>
    <message>
      <location filename="../io/resettlement_sheet.py" />
      <source>Cap per household (m2)</source>
      <translation>每户安置面积上限（m2）</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_assumptions.py" />
      <source>Cap per household (m2; 0: none)</source>
      <translation>每户安置面积上限（m2；0 为不封顶）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Capitalised</source>
      <translation>资本化</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <location filename="../io/resettlement_sheet.py" />
      <source>Cash compensation (10,000 CNY)</source>
      <translation>货币补偿（万元）</translation>
    </message>
    <message>
      <location filename="../io/feasibility_sheets.py" />
      <source>Cash flow after tax, before finance</source>
      <translation>税后融资前净现金流</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>Categories</source>
      <translation>分类</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>Categories written for {count} plots: save the layer to keep them (undo to take them back).</source>
      <translation>已为 {count} 个地块写入类别：保存图层以保留（可撤销）。</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <location filename="../gui/industrial_panel.py" />
      <location filename="../io/industrial_sheet.py" />
      <location filename="../io/xlsx.py" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../gui/compare_panel.py" />
      <location filename="../io/xlsx.py" />
      <source>Change</source>
      <translation>变化</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>Changed by</source>
      <translation>修改人</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Changes</source>
      <translation>变更数</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Changes apply to the whole scheme and are saved with it.</source>
      <translation>修改作用于整个方案，并随方案保存。</translation>
    </message>
    <message>
      <location filename="../core/report_content.py" />
      <location filename="../gui/checks_panel.py" />
      <location filename="../io/xlsx.py" />
      <source>Check</source>
      <translation>校核项</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms.py" />
      <source>Check policy limits</source>
      <translation>校核政策底线</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" />
      <source>Checks</source>
      <translation>校核</translation>
    </message>
    <message>
      <location filename="../processing_provider/optimise_algorithms.py" />
      <source>Checks to enforce</source>
      <translation>须满足的校核项</translation>
    </message>
    <message>
      <location filename="../gui/export.py" />
      <location filename="../gui/report.py" />
      <location filename="../processing_provider/algorithms.py" />
      <location filename="../processing_provider/report_algorithm.py" />
      <source>Chinese</source>
      <translation>中文</translation>
    </message>
    <message>
      <location filename="../gui/dialogs.py" />
      <source>Choose a GeoPackage file.</source>
      <translation>请选择 GeoPackage 文件。</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>Choose a PostgreSQL connection.</source>
      <translation>请选择 PostgreSQL 连接。</translation>
    </message>
    <message>
      <location filename="../gui/dialogs.py" />
      <source>Choose a coordinate reference system.</source>
      <translation>请选择坐标参考系。</translation>
    </message>
    <message>
      <location filename="../gui/dialogs.py" />
      <source>Choose a polygon layer to convert.</source>
      <translation>请选择要转换的面图层。</translation>
    </message>
    <message>
      <location filename="../gui/export.py" />
      <source>Choose at least one scheme.</source>
      <translation>请至少选择一个方案。</translation>
    </message>
    <message>
      <location filename="../gui/report.py" />
      <source>Choose the PDF file.</source>
      <translation>请选择 PDF 文件。</translation>
    </message>
    <message>
      <location filename="../gui/export.py" />
      <source>Choose the spreadsheet file.</source>
      <translation>请选择电子表格文件。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms.py" />
      <source>Choose two schemes or more.</source>
      <translation>请选择两个或以上方案。</translation>
    </message>
    <message>
      <location filename="../gui/checks_panel.py" />
      <source>Click to select the modules behind this failure.</source>
      <translation>点击选中导致未通过的模块。</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../io/sheet_labels.py" />
      <source>Code</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../definitions.py" />
      <source>Commercial</source>
      <translation>商业</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" />
      <source>Compare</source>
      <translation>比较</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms.py" />
      <source>Compare schemes</source>
      <translation>方案比较</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms.py" />
      <source>Comparison</source>
      <translation>方案比较表</translation>
    </message>
    <message>
      <location filename="../core/report_content.py" />
      <source>Comparison of schemes</source>
      <translation>方案比较</translation>
    </message>
    <message>
      <location filename="../core/risk.py" />
      <location filename="../gui/feasibility_view.py" />
      <source>Compensation</source>
      <translation>征收补偿</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../io/sheet_labels.py" />
      <source>Compensation (yuan/m2)</source>
      <translation>征收补偿（元/平方米）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../io/feasibility_sheets.py" />
      <source>Compensation deducted from the VAT sales amount</source>
      <translation>拆迁补偿费从增值税销售额中扣除</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <location filename="../io/resettlement_sheet.py" />
      <source>Compensation paid in kind (10,000 CNY)</source>
      <translation>以房屋支付的补偿（万元）</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>Compensation to owners</source>
      <translation>拆迁补偿费（支付给权利人）</translation>
    </message>
    <message>
      <location filename="../io/xlsx.py" />
      <source>Completion year</source>
      <translation>竣工年份</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms.py" />
      <source>Compute indicators</source>
      <translation>计算经济指标</translation>
    </message>
    <message>
      <source>Computed from the footprint and the floors: the module's own field is empty.</source>
      <translation type="obsolete">由基底面积和层数推算：模块本身的字段为空。</translation>
    </message>
    <message>
      <location filename="../gui/module_card.py" />
      <source>Computed from the footprint, floors or height: the module's own field is empty.</source>
      <translation>由基底面积、层数或高度推算：模块本身的字段为空。</translation>
    </message>
    <message>
      <location filename="../processing_provider/optimise_algorithms.py" />
      <source>Conflicting constraint: {name}</source>
      <translation>相互冲突的约束：{name}</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../io/sheet_labels.py" />
      <source>Construction (yuan/m2)</source>
      <translation>建安造价（元/平方米）</translation>
    </message>
    <message>
      <location filename="../core/risk.py" />
      <source>Construction cost</source>
      <translation>建安成本</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>Contingency</source>
      <translation>不可预见费</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>Contingency (10,000 CNY)</source>
      <translation>不可预见费（万元）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Contingency (share of hard + soft cost)</source>
      <translation>不可预见费率</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>Contingency ratio</source>
      <translation>不可预见费率</translation>
    </message>
    <message>
      <location filename="../gui/dialogs.py" />
      <location filename="../processing_provider/algorithms.py" />
      <source>Convert layer to economic layer</source>
      <translation>将图层转换为经济图层</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>Convert layer to economic layer…</source>
      <translation>将图层转换为经济图层…</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <location filename="../plugin.py" />
      <source>Convert layer to industrial layer…</source>
      <translation>将图层转换为工业用地图层…</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" />
      <source>Convert this layer…</source>
      <translation>转换此图层…</translation>
    </message>
    <message>
      <location filename="../gui/dialogs.py" />
      <location filename="../processing_provider/algorithms.py" />
      <source>Coordinate reference system</source>
      <translation>坐标参考系</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms.py" />
      <source>Copies a polygon layer into a new GeoPackage layer that keeps all its attributes and adds the economic fields. Floors, height, use and name may come from its own fields; values that cannot be read are reported per feature and left empty. Floors from a height use the storey height of the feature's use (change them as use=metres, e.g. office=4.2) and are capped at the floor cap (0: none); an exact duplicate footprint gets el_gfa 0 and overlaps over 50 % of the smaller footprint are reported, per feature. The price book is the chosen template's. The source is not changed.</source>
      <translation>将面图层复制为 GeoPackage 中的新图层，保留全部属性并增加经济字段。层数、高度、功能和名称可取自源字段；无法识别的值逐要素报告并留空。由高度推算层数时按各功能的层高（可改，格式如 office=4.2），并以层数上限封顶（0 为不封顶）；完全重复的轮廓其 el_gfa 设为 0，重叠超过较小轮廓 50 % 的逐要素报告。价格成本表取所选模板。源图层不作改动。</translation>
    </message>
    <message>
      <source>Copies a polygon layer into a new GeoPackage layer that keeps all its attributes and adds the economic fields. Floors, height, use and name may come from its own fields; values that cannot be read are reported per feature and left empty. The source is not changed.</source>
      <translation type="obsolete">将面图层复制为 GeoPackage 中的新图层，保留全部属性并增加经济字段。层数、高度、功能和名称可取自源字段；无法识别的值逐要素报告并留空。源图层不作改动。</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../io/tax_detail_sheet.py" />
      <source>Corporate income tax</source>
      <translation>企业所得税税率</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <location filename="../gui/feasibility_view.py" />
      <source>Corporate income tax (10,000 CNY)</source>
      <translation>企业所得税（万元）</translation>
    </message>
    <message>
      <location filename="../io/feasibility_sheets.py" />
      <source>Corporate income tax paid</source>
      <translation>企业所得税</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>Corporate income tax rate</source>
      <translation>企业所得税率</translation>
    </message>
    <message>
      <location filename="../core/indicators.py" />
      <source>Cost (10,000 CNY)</source>
      <translation>总成本（万元）</translation>
    </message>
    <message>
      <location filename="../gui/feasibility_view.py" />
      <source>Cost breakdown (10,000 CNY)</source>
      <translation>成本构成（万元）</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>Cost incl. taxes and finance (10,000 CNY)</source>
      <translation>含税费和财务费用的成本（万元）</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_assumptions.py" />
      <location filename="../io/resettlement_sheet.py" />
      <source>Cost or income</source>
      <translation>支出或收入</translation>
    </message>
    <message>
      <location filename="../io/xlsx.py" />
      <source>Cost rate (yuan/m2)</source>
      <translation>单方造价（元/平方米）</translation>
    </message>
    <message>
      <location filename="../core/report_content.py" />
      <source>Costs</source>
      <translation>成本</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_assumptions.py" />
      <source>Costs and incomes of a project unit that belong to no module (public works, infrastructure, subsidies): split evenly over the spread from the year.</source>
      <translation>不属于任何模块的项目单元收支（公共工程、基础设施、补贴）：自所填年份起按分摊年数平均分配。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms.py" />
      <source>Create economic layer</source>
      <translation>新建经济图层</translation>
    </message>
    <message>
      <location filename="../core/report_content.py" />
      <source>Cumulative</source>
      <translation>累计</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Debt share of the funding need</source>
      <translation>借款占资金需求比例</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>Deed tax</source>
      <translation>契税</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>Deed tax (10,000 CNY)</source>
      <translation>契税（万元）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Deed tax (share of land premium)</source>
      <translation>契税税率</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>Deed tax rate</source>
      <translation>契税税率</translation>
    </message>
    <message>
      <location filename="../core/price_books.py" />
      <source>Default book (sample)</source>
      <translation>默认价格成本表（示例）</translation>
    </message>
    <message>
      <location filename="../io/xlsx.py" />
      <source>Default book: orders of magnitude for a core district of a large Chinese city (2025); replace with local figures.</source>
      <translation>默认价格成本表：大城市核心区（2025 年）的量级估计，请替换为本地数据。</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_assumptions.py" />
      <source>Default fees: {source}</source>
      <translation>默认费用标准：{source}</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>Defaults: the block tax line (1 per mu) is Wenzhou's 2018 per-mu reform exit line; the other thresholds are estimates below Zhejiang's 2017 per-mu averages. Replace them with the district's own. Bases must be at least communities, communities at least blocks.</source>
      <translation>默认值：产业地块亩均税收门槛（1 万元/亩）取自温州 2018 年亩均论英雄改革的退出线；其余门槛为估计值，低于浙江 2017 年亩均平均水平。请替换为本区县的标准。产业基地门槛不低于产业社区，产业社区不低于产业地块。</translation>
    </message>
    <message>
      <location filename="../core/risk.py" />
      <source>Delay (years)</source>
      <translation>工期延误（年）</translation>
    </message>
    <message>
      <location filename="../gui/commands/scheme_commands.py" />
      <source>Delete scheme</source>
      <translation>删除方案</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>Delete scheme…</source>
      <translation>删除方案…</translation>
    </message>
    <message>
      <location filename="../gui/commands/scheme_commands.py" />
      <source>Delete the scheme {name}? Its layer is removed from the project and its table, style and assumptions from its GeoPackage. This cannot be undone.</source>
      <translation>删除方案 {name}？其图层将从工程中移除，其数据表、样式和参数将从 GeoPackage 中删除。此操作无法撤销。</translation>
    </message>
    <message>
      <location filename="../gui/compare_panel.py" />
      <source>Delete…</source>
      <translation>删除…</translation>
    </message>
    <message>
      <location filename="../definitions.py" />
      <source>Demolish</source>
      <translation>拆除</translation>
    </message>
    <message>
      <location filename="../core/checks.py" />
      <source>Demolished / existing floor area</source>
      <translation>拆除建筑面积占现状总建筑面积比例</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../io/sheet_labels.py" />
      <source>Demolished / existing floor area at most</source>
      <translation>拆除面积占现状面积比例上限</translation>
    </message>
    <message>
      <location filename="../core/tables.py" />
      <source>Demolished building area (m2)</source>
      <translation>拆除建筑面积（平方米）</translation>
    </message>
    <message>
      <location filename="../core/indicators.py" />
      <source>Demolished floor area (m2)</source>
      <translation>拆除建筑面积（平方米）</translation>
    </message>
    <message>
      <location filename="../io/resettlement_sheet.py" />
      <source>Demolished modules without household count</source>
      <translation>缺少户数的拆除模块</translation>
    </message>
    <message>
      <location filename="../gui/feasibility_view.py" />
      <location filename="../io/tax_detail_sheet.py" />
      <source>Demolition</source>
      <translation>拆除</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../io/sheet_labels.py" />
      <source>Demolition (yuan/m2)</source>
      <translation>拆除费用（元/平方米）</translation>
    </message>
    <message>
      <location filename="../core/checks.py" />
      <source>Demolition share</source>
      <translation>拆除占比</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Demolition share (national cap)</source>
      <translation>拆除比例（国家上限）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../io/feasibility_sheets.py" />
      <source>Depreciation of held buildings (years)</source>
      <translation>持有物业折旧年限</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>Developed floor area (m2)</source>
      <translation>开发建筑面积（平方米）</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>Development cost matched to the year and depreciation (accrual basis)</source>
      <translation>当年结转的开发成本及折旧（权责发生制）</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Difference</source>
      <translation>差额</translation>
    </message>
    <message>
      <location filename="../io/xlsx.py" />
      <source>Difference to {baseline}</source>
      <translation>与{baseline}之差</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Differentiated urban land-use tax according to the contribution per mu.</source>
      <translation>差别化城镇土地使用税：按亩均贡献减免或加征。</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Direct costs to their product type</source>
      <translation>直接成本计入所属产品类型</translation>
    </message>
    <message>
      <location filename="../core/risk.py" />
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../io/sheet_labels.py" />
      <source>Discount rate</source>
      <translation>折现率</translation>
    </message>
    <message>
      <location filename="../gui/location_rules.py" />
      <source>Distance bands (m: %)</source>
      <translation>距离区段（m: %）</translation>
    </message>
    <message>
      <location filename="../cli/industrial.py" />
      <location filename="../gui/industrial_panel.py" />
      <location filename="../io/industrial_sheet.py" />
      <source>District</source>
      <translation>全域</translation>
    </message>
    <message>
      <location filename="../io/industrial_sheet.py" />
      <source>District and levels</source>
      <translation>全域与分级</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>Documentation</source>
      <translation>使用说明</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Dominant sector</source>
      <translation>属于主导产业</translation>
    </message>
    <message>
      <location filename="../io/risk_sheet.py" />
      <location filename="../processing_provider/optimise_algorithms.py" />
      <source>Draws</source>
      <translation>抽样次数</translation>
    </message>
    <message>
      <location filename="../io/risk_sheet.py" />
      <source>Driver</source>
      <translation>因素</translation>
    </message>
    <message>
      <location filename="../gui/commands/scheme_commands.py" />
      <source>Duplicate scheme</source>
      <translation>复制方案</translation>
    </message>
    <message>
      <location filename="../gui/compare_panel.py" />
      <location filename="../plugin.py" />
      <source>Duplicate scheme…</source>
      <translation>复制方案…</translation>
    </message>
    <message>
      <location filename="../core/indicators.py" />
      <source>Dynamic payback (years)</source>
      <translation>动态回收期（年）</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>EIA not passed</source>
      <translation>未通过环评验收</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>EIA passed</source>
      <translation>通过环评验收</translation>
    </message>
    <message>
      <location filename="../gui/commands/layer_commands.py" />
      <source>Each one is in the log panel (Economic Layer).</source>
      <translation>逐条记录见日志面板（Economic Layer）。</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Each standing module may be retained, renovated or demolished, and each new block built or not (only where the buildings under it are demolished). The result is a new scheme: compare it with this one in the Compare tab.</source>
      <translation>每个现状模块可保留、改造或拆除，每个新增地块可建或不建（仅当其下现状建筑拆除时方可建设）。结果为一个新方案，可在“方案比较”页与本方案比较。</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Each unit</source>
      <translation>各单元分别纳税</translation>
    </message>
    <message>
      <location filename="../io/feasibility_sheets.py" />
      <source>Each unit a taxpayer of its own</source>
      <translation>各单元分别作为纳税人</translation>
    </message>
    <message>
      <location filename="../io/feasibility_sheets.py" />
      <source>Each unit on its own (own output less own input VAT)</source>
      <translation>单元单独计算（本单元销项减进项）</translation>
    </message>
    <message>
      <location filename="../dependencies.py" />
      <location filename="../gui/commands/messages.py" />
      <location filename="../gui/commands/upgrade_commands.py" />
      <location filename="../gui/dock.py" />
      <location filename="../gui/export.py" />
      <location filename="../gui/history_panel.py" />
      <location filename="../gui/industrial_panel.py" />
      <location filename="../gui/optimise_dialog.py" />
      <location filename="../gui/report.py" />
      <location filename="../plugin.py" />
      <source>Economic Layer</source>
      <translation>经济图层</translation>
    </message>
    <message>
      <location filename="../dependencies.py" />
      <source>Economic Layer is missing the Python package(s) {names}, so these are unavailable: {lost}. Install: on Windows run python -m pip install {install} in the OSGeo4W Shell; on Linux use the system's packages (e.g. python3-{first}); then restart QGIS.</source>
      <translation>经济图层缺少 Python 包 {names}，以下功能不可用：{lost}。安装方法：Windows 在 OSGeo4W Shell 中运行 python -m pip install {install}；Linux 用系统包管理器安装（如 python3-{first}），然后重启 QGIS。</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" />
      <source>Economic Layer {version}</source>
      <translation>经济图层 {version}</translation>
    </message>
    <message>
      <location filename="../gui/export.py" />
      <source>Economic Layer: exporting {name}</source>
      <translation>经济图层：正在导出 {name}</translation>
    </message>
    <message>
      <location filename="../gui/report.py" />
      <source>Economic Layer: report {name}</source>
      <translation>经济图层：生成报告 {name}</translation>
    </message>
    <message>
      <location filename="../core/report_content.py" />
      <source>Economic indicators</source>
      <translation>经济指标</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms.py" />
      <location filename="../processing_provider/balance_algorithm.py" />
      <location filename="../processing_provider/location_algorithm.py" />
      <location filename="../processing_provider/optimise_algorithms.py" />
      <location filename="../processing_provider/provider.py" />
      <location filename="../processing_provider/report_algorithm.py" />
      <source>Economic layer</source>
      <translation>经济图层</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>Economic layer panel</source>
      <translation>经济图层面板</translation>
    </message>
    <message>
      <location filename="../processing_provider/provider.py" />
      <source>Economic layer {version}</source>
      <translation>经济图层 {version}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms.py" />
      <source>Economic layers</source>
      <translation>经济图层（多个）</translation>
    </message>
    <message>
      <location filename="../processing_provider/industrial_algorithms.py" />
      <source>Economic layers made from the plots of an industrial layer, in one GeoPackage: the strategy of each plot's category (return to green: demolish; renovation or reallocation: renovate; differentiated land-use tax, rectification: retain) and the three county patterns (large concentration, small clustering, small clustering with moderate park integration), where relocated blocks are demolished and their floor area rebuilt in the receiving park.</source>
      <translation>由工业地块生成经济图层（同一 GeoPackage）：按类别施策（退还绿色：拆除；改造或腾退再配置：改造；差别化土地使用税、整改：保留），以及三种县域模式（大集中、小集聚、小集聚+适度园区），搬迁地块拆除，其建筑面积在接收园区新建。</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>Economic layers made from the plots: by category and the three county patterns, computed by the economic engine and compared</source>
      <translation>由地块生成经济图层：按类别施策及三种县域模式，用经济测算引擎计算并比较</translation>
    </message>
    <message>
      <location filename="../core/report_content.py" />
      <source>Economic report</source>
      <translation>经济测算报告</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Edit location rules…</source>
      <translation>编辑区位规则…</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Efficiency-deficient</source>
      <translation>效率低效</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Efficient</source>
      <translation>高效</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Electricity (10,000 kWh/yr)</source>
      <translation>用电量（万千瓦时/年）</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Electricity per output</source>
      <translation>单位产值电耗</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Employees</source>
      <translation>就业人数</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Employment per km2</source>
      <translation>地均就业</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <location filename="../io/industrial_sheet.py" />
      <source>Enterprise</source>
      <translation>企业</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Enterprise name</source>
      <translation>企业名称</translation>
    </message>
    <message>
      <location filename="../io/industrial_sheet.py" />
      <source>Enterprises</source>
      <translation>企业</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Environmental impact assessment passed.</source>
      <translation>是否通过环评验收。</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <location filename="../gui/feasibility_view.py" />
      <source>Equity IRR</source>
      <translation>资本金内部收益率</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>Equity NPV (10,000 CNY)</source>
      <translation>资本金净现值（万元）</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Equity-deficient</source>
      <translation>公平低效</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Estimate</source>
      <translation>估计值</translation>
    </message>
    <message>
      <location filename="../processing_provider/industrial_algorithms.py" />
      <source>Evaluate industrial land</source>
      <translation>工业用地绩效评价</translation>
    </message>
    <message>
      <location filename="../processing_provider/industrial_algorithms.py" />
      <source>Evaluation (JSON)</source>
      <translation>评价结果（JSON）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Every cost by floor area</source>
      <translation>全部成本按建筑面积分摊</translation>
    </message>
    <message>
      <location filename="../gui/excluded_panel.py" />
      <source>Every module is in the totals.</source>
      <translation>所有模块均已计入合计。</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <source>Every unit balances.</source>
      <translation>各单元均已资金平衡。</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Exact</source>
      <translation>精确值</translation>
    </message>
    <message>
      <location filename="../processing_provider/optimise_algorithms.py" />
      <source>Exact minus linear estimate (yuan)</source>
      <translation>精确值减线性估计（元）</translation>
    </message>
    <message>
      <location filename="../gui/export.py" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>Exempt (ordinary residential, ratio &lt;= 20 %)</source>
      <translation>免征（普通住宅增值率不超过20%）</translation>
    </message>
    <message>
      <location filename="../io/resettlement_sheet.py" />
      <source>Existing area (m2)</source>
      <translation>现状建筑面积（m2）</translation>
    </message>
    <message>
      <location filename="../core/indicators.py" />
      <location filename="../gui/module_card.py" />
      <location filename="../io/xlsx.py" />
      <source>Existing floor area (m2)</source>
      <translation>现状建筑面积（平方米）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../io/sheet_labels.py" />
      <source>Exit by asset securitisation (REITs)</source>
      <translation>资产证券化退出（REITs）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../io/sheet_labels.py" />
      <source>Exit capitalisation rate</source>
      <translation>退出资本化率</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../gui/feasibility_view.py" />
      <source>Exit value</source>
      <translation>期末资产价值</translation>
    </message>
    <message>
      <location filename="../io/feasibility_sheets.py" />
      <source>Exit value (valuation or sale)</source>
      <translation>期末资产价值（估值或出售）</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <location filename="../gui/feasibility_view.py" />
      <source>Exit value of held assets (10,000 CNY)</source>
      <translation>持有资产期末价值（万元）</translation>
    </message>
    <message>
      <location filename="../gui/module_card.py" />
      <source>Expected income (10,000 CNY)</source>
      <translation>预期收入（万元）</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" />
      <location filename="../gui/export.py" />
      <location filename="../processing_provider/algorithms.py" />
      <source>Export Table 1 spreadsheet</source>
      <translation>导出表1经济测算指标表</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>Export Table 1 spreadsheet…</source>
      <translation>导出表1经济测算指标表…</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" />
      <source>Export Table 1…</source>
      <translation>导出表1…</translation>
    </message>
    <message>
      <location filename="../gui/export.py" />
      <source>Export cancelled: nothing was written.</source>
      <translation>导出已取消：未写入任何内容。</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>Export sheet…</source>
      <translation>导出表格…</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms.py" />
      <source>Failed checks</source>
      <translation>未通过的校核项</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Failing when recomputed by the engine</source>
      <translation>经引擎重新计算后未通过</translation>
    </message>
    <message>
      <location filename="../core/report_content.py" />
      <source>Feasibility</source>
      <translation>可行性测算</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Feasibility: taxes, fees and financing</source>
      <translation>可研测算：税费与融资</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>Feasibility: taxes, fees, finance and exit value</source>
      <translation>可研测算：税费、财务费用与期末价值</translation>
    </message>
    <message>
      <location filename="../io/industrial_sheet.py" />
      <location filename="../io/xlsx.py" />
      <source>Feature</source>
      <translation>要素</translation>
    </message>
    <message>
      <location filename="../gui/feasibility_view.py" />
      <source>Fees and soft costs</source>
      <translation>规费及其他费用</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <location filename="../io/xlsx.py" />
      <source>Fields changed</source>
      <translation>修改的字段</translation>
    </message>
    <message>
      <location filename="../io/risk_sheet.py" />
      <source>Figure</source>
      <translation>指标</translation>
    </message>
    <message>
      <location filename="../gui/feasibility_view.py" />
      <source>Finance</source>
      <translation>财务费用</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <location filename="../gui/feasibility_view.py" />
      <source>Finance cost (10,000 CNY)</source>
      <translation>财务费用（万元）</translation>
    </message>
    <message>
      <location filename="../io/feasibility_sheets.py" />
      <source>Finance cost (interest)</source>
      <translation>财务费用（利息）</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <source>Financing plot to balance (m2)</source>
      <translation>平衡所需融资地块（m2）</translation>
    </message>
    <message>
      <location filename="../io/resettlement_sheet.py" />
      <source>Financing plot to balance (m2): {use} at {price} yuan/m2</source>
      <translation>平衡所需融资地块（m2）：{use}，{price} 元/m2</translation>
    </message>
    <message>
      <location filename="../processing_provider/balance_algorithm.py" />
      <source>Financing-plot floor area (m2), one unit</source>
      <translation>融资地块建筑面积（m2，单个单元）</translation>
    </message>
    <message>
      <location filename="../gui/risk_panel.py" />
      <source>Find the actions with the highest NPV or net profit within the limits, as a new scheme</source>
      <translation>在限值内求净现值或净利润最高的更新方式，生成新方案</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Fixed assets (10,000 CNY)</source>
      <translation>固定资产投资（万元）</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Fixed assets per km2</source>
      <translation>地均固定资产投资</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Fixed-asset investment.</source>
      <translation>固定资产投资累计额。</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>Flat taxes on sales replaced (10,000 CNY)</source>
      <translation>被替代的销售税费估算（万元）</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <location filename="../gui/module_card.py" />
      <location filename="../io/xlsx.py" />
      <source>Floor area (m2)</source>
      <translation>建筑面积（平方米）</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Floor area of the buildings on the plot.</source>
      <translation>地块上的建筑面积。</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <location filename="../io/resettlement_sheet.py" />
      <source>Floor area owed in kind (m2)</source>
      <translation>产权调换应安置面积（m2）</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <source>Floor area owed per household (m2)</source>
      <translation>每户应安置面积（m2）</translation>
    </message>
    <message>
      <location filename="../core/checks.py" />
      <source>Floor area ratio</source>
      <translation>容积率</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../io/sheet_labels.py" />
      <source>Floor area ratio limit</source>
      <translation>容积率上限</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Floor area ratio of each unit</source>
      <translation>各单元容积率</translation>
    </message>
    <message>
      <location filename="../gui/module_card.py" />
      <source>Floor area set by el_gfa: editing floors does not change it; clear el_gfa to compute it from footprint x floors.</source>
      <translation>建筑面积由 el_gfa 设定：修改层数不改变建筑面积；清空 el_gfa 则按基底面积 × 层数计算。</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/fields.py" />
      <source>Floor area set by el_gfa: while it has a value, floors do not change the floor area. Clear el_gfa to compute it as footprint x floors.</source>
      <translation>建筑面积由 el_gfa 设定：el_gfa 有值时，修改层数不改变建筑面积。清空 el_gfa 则按基底面积 × 层数计算。</translation>
    </message>
    <message>
      <location filename="../gui/dialogs.py" />
      <source>Floor cap for floors from heights</source>
      <translation>由高度推算层数的上限</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms.py" />
      <source>Floor cap for floors from heights (0: none)</source>
      <translation>由高度推算层数的上限（0 为不封顶）</translation>
    </message>
    <message>
      <location filename="../gui/module_card.py" />
      <location filename="../io/xlsx.py" />
      <source>Floors</source>
      <translation>层数</translation>
    </message>
    <message>
      <location filename="../gui/dialogs.py" />
      <location filename="../processing_provider/algorithms.py" />
      <source>Floors from</source>
      <translation>层数字段</translation>
    </message>
    <message>
      <location filename="../gui/dialogs.py" />
      <source>Floors from heights: storey heights and cap</source>
      <translation>由高度推算层数：层高与层数上限</translation>
    </message>
    <message>
      <location filename="../gui/module_card.py" />
      <source>From the price book: the module's own field is empty.</source>
      <translation>取自价格成本表：模块本身的字段为空。</translation>
    </message>
    <message>
      <location filename="../processing_provider/optimise_algorithms.py" />
      <source>Fund balance in every unit</source>
      <translation>各单元资金平衡</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Fund balance in every unit (net profit ≥ 0)</source>
      <translation>各单元资金平衡（净利润 ≥ 0）</translation>
    </message>
    <message>
      <location filename="../processing_provider/balance_algorithm.py" />
      <source>Fund balance of each project unit (net profit and NPV, with the resettlement ledger and the unit's lump sums) and the answer to what balances it: the financing-plot floor area of a chosen use and sale price (all of it sold, with its construction cost and land premium) that brings the unit's net profit to 0, or the subsidy that would. Where each extra m2 loses money, it says so. Price 0 or empty: the use's sale price in the price book.</source>
      <translation>各项目单元的资金平衡（净收益与净现值，含安置台账和单元专项收支），并求解平衡所需：所选用途和售价的融资地块建筑面积（全部出售，计建安成本和土地出让金）使单元净收益为 0，或所需补贴。若每增加 1 m2 都亏损，则予以说明。售价为 0 或空时取价格成本表中该用途的售价。</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <location filename="../io/resettlement_sheet.py" />
      <source>Fund balance, NPV (10,000 CNY)</source>
      <translation>资金平衡（净现值，万元）</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <location filename="../io/resettlement_sheet.py" />
      <source>Fund balance, static (10,000 CNY)</source>
      <translation>资金平衡（静态，万元）</translation>
    </message>
    <message>
      <location filename="../gui/risk_panel.py" />
      <location filename="../io/risk_sheet.py" />
      <source>Funding gap</source>
      <translation>资金缺口</translation>
    </message>
    <message>
      <location filename="../core/indicators.py" />
      <source>Funding gap (10,000 CNY)</source>
      <translation>资金缺口（万元）</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>Funding gap: equity injected beyond the equity share (10,000 CNY)</source>
      <translation>资金缺口：超出资本金比例的股东追加投入（万元）</translation>
    </message>
    <message>
      <location filename="../gui/dialogs.py" />
      <location filename="../processing_provider/algorithms.py" />
      <location filename="../processing_provider/industrial_algorithms.py" />
      <location filename="../processing_provider/optimise_algorithms.py" />
      <source>GeoPackage</source>
      <translation>GeoPackage 文件</translation>
    </message>
    <message>
      <location filename="../gui/dialogs.py" />
      <location filename="../gui/industrial_panel.py" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage 文件 (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../gui/dialogs.py" />
      <source>Give the layer a name.</source>
      <translation>请填写图层名称。</translation>
    </message>
    <message>
      <location filename="../gui/dialogs.py" />
      <source>Give the project unit.</source>
      <translation>请填写项目单元。</translation>
    </message>
    <message>
      <location filename="../gui/feasibility_view.py" />
      <source>Government</source>
      <translation>政府</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>Government (10,000 CNY)</source>
      <translation>政府（万元）</translation>
    </message>
    <message>
      <location filename="../core/report_content.py" />
      <source>Government, developer and residents</source>
      <translation>政府、企业、居民三方收益</translation>
    </message>
    <message>
      <location filename="../gui/feasibility_view.py" />
      <source>Government: land premium, taxes and fees less subsidies. Owners and residents: compensation and acquisition. Implementer: net profit after tax and finance.</source>
      <translation>政府：土地出让金、税费减补贴；产权人与居民：征收补偿与收购款；实施主体：税后及财务费用后净利润。</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Green-deficient</source>
      <translation>绿色低效</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>Gross rent incl. VAT</source>
      <translation>租金收入（含增值税）</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>Hard cost (works + demolition) incl. VAT</source>
      <translation>建安及拆除费用（含增值税）</translation>
    </message>
    <message>
      <location filename="../core/checks.py" />
      <source>Height</source>
      <translation>建筑高度</translation>
    </message>
    <message>
      <location filename="../gui/dialogs.py" />
      <location filename="../processing_provider/algorithms.py" />
      <source>Height (m) from</source>
      <translation>高度（米）字段</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../io/sheet_labels.py" />
      <source>Height limit (m)</source>
      <translation>限高（米）</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Height limit of each unit</source>
      <translation>各单元限高</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>Held assets sold at the horizon</source>
      <translation>期末转让的持有资产</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>Help</source>
      <translation>帮助</translation>
    </message>
    <message>
      <location filename="../io/risk_sheet.py" />
      <source>High</source>
      <translation>高值</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>High-tech enterprise</source>
      <translation>高新技术企业</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>High-tech share</source>
      <translation>高新技术企业占比</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" />
      <source>History</source>
      <translation>修改记录</translation>
    </message>
    <message>
      <location filename="../definitions.py" />
      <source>Hotel</source>
      <translation>酒店</translation>
    </message>
    <message>
      <location filename="../io/resettlement_sheet.py" />
      <source>Households</source>
      <translation>户数</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <location filename="../io/resettlement_sheet.py" />
      <source>Households moved</source>
      <translation>搬迁户数</translation>
    </message>
    <message>
      <location filename="../core/checks.py" />
      <source>Households resettled on site or nearby</source>
      <translation>就地就近安置率</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>Housing meets the ordinary-housing criteria</source>
      <translation>住宅符合普通住宅标准</translation>
    </message>
    <message>
      <location filename="../core/indicators.py" />
      <source>IRR</source>
      <translation>内部收益率</translation>
    </message>
    <message>
      <location filename="../gui/overview.py" />
      <source>IRR is ambiguous ({items}): the cash flow changes sign more than once and has several rates of return; the one closest to 0 is shown. Judge the scheme by NPV and MIRR.</source>
      <translation>内部收益率不唯一（{items}）：现金流多次正负变号，存在多个收益率，此处显示最接近 0 的一个。请以净现值和修正内部收益率判断方案。</translation>
    </message>
    <message>
      <location filename="../cli/indicators.py" />
      <source>IRR is ambiguous: the cash flow has {count} rates of return; the one closest to 0 is shown. Judge the scheme by NPV and MIRR.</source>
      <translation>内部收益率不唯一：现金流有 {count} 个收益率，显示最接近 0 的一个。请以净现值和修正内部收益率评判方案。</translation>
    </message>
    <message>
      <location filename="../core/indicators.py" />
      <source>IRR: number of rates (more than 1: ambiguous)</source>
      <translation>内部收益率个数（多于 1 个即不唯一）</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Idle land (m2)</source>
      <translation>闲置用地面积（平方米）</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Idle land rate</source>
      <translation>闲置土地率</translation>
    </message>
    <message>
      <location filename="../core/price_books.py" />
      <source>Illustrative estimate, not a published table: new homes in Lujiazui sell at 100,000 yuan/m2 and more (market reports 2023-2024); Grade-A office rents about 9 yuan/m2 a day; compensation at the market price of similar property, as the 2011 regulation on expropriating buildings on state-owned land (国有土地上房屋征收与补偿条例, art. 19) requires; land premiums and other uses scaled by the developers. Replace with a valuation.</source>
      <translation>示意性估算，并非公开发布的价格表：陆家嘴新建住宅售价每平方米 10 万元以上（2023—2024 年市场报道）；甲级写字楼租金约每平方米每天 9 元；征收补偿按类似房地产的市场价格（《国有土地上房屋征收与补偿条例》（2011）第十九条）；土地出让金及其他功能由开发者按比例估算。请以估价结果替换。</translation>
    </message>
    <message>
      <location filename="../gui/feasibility_view.py" />
      <source>Implementer</source>
      <translation>实施主体</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>Implementer (10,000 CNY)</source>
      <translation>实施主体（万元）</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>In a sector the plan supports.</source>
      <translation>是否属于规划支持的主导产业。</translation>
    </message>
    <message>
      <location filename="../io/resettlement_sheet.py" />
      <source>In cash</source>
      <translation>货币补偿户数</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>In ecological red line</source>
      <translation>位于生态保护红线内</translation>
    </message>
    <message>
      <location filename="../io/resettlement_sheet.py" />
      <source>In kind</source>
      <translation>产权调换户数</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>In-kind flats: compensation at the compensation rate</source>
      <translation>回迁房：按补偿单价计的补偿额</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>In-kind flats: sales forgone incl. VAT (deemed sale)</source>
      <translation>回迁房：放弃的销售收入（含增值税，视同销售）</translation>
    </message>
    <message>
      <location filename="../core/report_content.py" />
      <location filename="../io/xlsx.py" />
      <source>Income</source>
      <translation>收入</translation>
    </message>
    <message>
      <location filename="../core/tables.py" />
      <source>Income (10,000 CNY)</source>
      <translation>收入（万元）</translation>
    </message>
    <message>
      <location filename="../gui/feasibility_view.py" />
      <source>Income breakdown (10,000 CNY)</source>
      <translation>收入构成（万元）</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>Income incl. exit value (10,000 CNY)</source>
      <translation>含期末价值的收入（万元）</translation>
    </message>
    <message>
      <location filename="../gui/overview.py" />
      <source>Income with location factors minus income without them (Location rules, Assumptions tab)</source>
      <translation>计区位系数的收入减去不计区位系数的收入（区位规则见“假设”页）</translation>
    </message>
    <message>
      <location filename="../gui/overview.py" />
      <source>Income without location factors (10,000 CNY)</source>
      <translation>不计区位的收入（万元）</translation>
    </message>
    <message>
      <location filename="../core/report_content.py" />
      <location filename="../io/xlsx.py" />
      <source>Indicator</source>
      <translation>指标</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>Indicators</source>
      <translation>指标</translation>
    </message>
    <message>
      <location filename="../definitions.py" />
      <source>Industrial</source>
      <translation>产业</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Industrial base</source>
      <translation>产业基地</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Industrial block</source>
      <translation>产业地块</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Industrial community</source>
      <translation>产业社区</translation>
    </message>
    <message>
      <location filename="../io/industrial_sheet.py" />
      <source>Industrial land performance: {name} (money in 10,000 CNY, land in mu; 1 mu = 666.67 m2)</source>
      <translation>工业用地绩效评价：{name}（金额单位：万元，用地单位：亩；1 亩 = 666.67 平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/industrial_algorithms.py" />
      <source>Industrial layer</source>
      <translation>工业用地图层</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Industrial park or cluster the plot belongs to; empty: scattered land.</source>
      <translation>地块所属的产业园区或集群；空：零散用地。</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>Input VAT</source>
      <translation>进项税额</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Input VAT on hard cost</source>
      <translation>建安成本进项税率</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>Input VAT rate on hard cost</source>
      <translation>建安费用进项税率</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>Inputs and taxes per year, unit {unit} (10,000 CNY): {scheme}</source>
      <translation>逐年计税依据与税额，单元 {unit}（万元）：{scheme}</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>Inputs of the taxes per unit (money in 10,000 CNY to the fen, areas in m2): {scheme}</source>
      <translation>各单元计税依据（金额为万元，精确到分；面积为平方米）：{scheme}</translation>
    </message>
    <message>
      <location filename="../gui/location_rules.py" />
      <source>Inside (%)</source>
      <translation>位于其内（%）</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Inside an ecological protection red line.</source>
      <translation>是否位于生态保护红线内。</translation>
    </message>
    <message>
      <location filename="../io/feasibility_sheets.py" />
      <source>Interest convention (mid_year or year_end)</source>
      <translation>计息方式（年中或年末）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Interest on drawdowns</source>
      <translation>借款计息方式</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Interest the cash flow cannot pay</source>
      <translation>现金流无力支付的利息</translation>
    </message>
    <message>
      <location filename="../io/feasibility_sheets.py" />
      <source>Interest the flow cannot pay (equity or capitalise)</source>
      <translation>无力支付的利息（股东投入或资本化）</translation>
    </message>
    <message>
      <location filename="../core/report_content.py" />
      <location filename="../io/xlsx.py" />
      <source>Investment</source>
      <translation>投资</translation>
    </message>
    <message>
      <location filename="../core/tables.py" />
      <source>Investment (10,000 CNY)</source>
      <translation>投资（万元）</translation>
    </message>
    <message>
      <location filename="../core/report_content.py" />
      <source>Investment and income per unit (10,000 CNY)</source>
      <translation>各单元投资与收入（万元）</translation>
    </message>
    <message>
      <location filename="../io/xlsx.py" />
      <source>Investment and income per unit: {scheme} (10,000 CNY)</source>
      <translation>各单元投资与收入：{scheme}（万元）</translation>
    </message>
    <message>
      <location filename="../io/feasibility_sheets.py" />
      <location filename="../io/resettlement_sheet.py" />
      <location filename="../io/tax_detail_sheet.py" />
      <source>Item</source>
      <translation>项目</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>Keep mine</source>
      <translation>保留我的</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>Keep theirs</source>
      <translation>保留对方的</translation>
    </message>
    <message>
      <location filename="../io/xlsx.py" />
      <source>Key</source>
      <translation>参数</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>LAT deductions</source>
      <translation>土地增值税扣除项目</translation>
    </message>
    <message>
      <location filename="../io/feasibility_sheets.py" />
      <source>LAT deductions: direct costs or all by floor area</source>
      <translation>土地增值税扣除：直接成本或全部按面积分摊</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>LAT developer deduction (share of land + development cost)</source>
      <translation>土增税加计扣除率</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>LAT developer deduction ratio</source>
      <translation>土地增值税加计扣除比例</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>LAT development expenses (share of land + development cost)</source>
      <translation>土增税开发费用率</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>LAT development expenses ratio</source>
      <translation>土地增值税开发费用扣除比例</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>LAT prepayment (share of sales)</source>
      <translation>土增税预征率</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>LAT: in-kind flats at their value, moving and transition fees</source>
      <translation>土地增值税：回迁房按价值及搬迁费、临时安置费计入拆迁补偿费</translation>
    </message>
    <message>
      <location filename="../io/feasibility_sheets.py" />
      <source>LAT: in-kind flats at value, moving and transition fees</source>
      <translation>土地增值税：回迁房按价值及搬迁、过渡费计入拆迁补偿费</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_assumptions.py" />
      <location filename="../io/resettlement_sheet.py" />
      <source>Label</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../gui/location_rules.py" />
      <source>Label in the reasons</source>
      <translation>依据中的名称</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <location filename="../io/industrial_sheet.py" />
      <source>Land (mu)</source>
      <translation>用地（亩）</translation>
    </message>
    <message>
      <location filename="../io/feasibility_sheets.py" />
      <location filename="../io/tax_detail_sheet.py" />
      <source>Land appreciation tax</source>
      <translation>土地增值税</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <location filename="../gui/feasibility_view.py" />
      <source>Land appreciation tax (10,000 CNY)</source>
      <translation>土地增值税（万元）</translation>
    </message>
    <message>
      <location filename="../io/feasibility_sheets.py" />
      <source>Land appreciation tax per unit and product type, step by step: {scheme}</source>
      <translation>土地增值税清算测算（按单元和产品类型）：{scheme}</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../io/sheet_labels.py" />
      <source>Land area (m2)</source>
      <translation>用地面积（平方米）</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Land of the plot left idle.</source>
      <translation>地块中闲置的用地面积。</translation>
    </message>
    <message>
      <location filename="../gui/feasibility_view.py" />
      <location filename="../io/tax_detail_sheet.py" />
      <source>Land premium</source>
      <translation>土地出让金</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../io/sheet_labels.py" />
      <source>Land premium (yuan/m2)</source>
      <translation>土地出让金（元/平方米）</translation>
    </message>
    <message>
      <location filename="../gui/export.py" />
      <location filename="../gui/report.py" />
      <location filename="../processing_provider/algorithms.py" />
      <location filename="../processing_provider/report_algorithm.py" />
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Large concentration</source>
      <translation>大集中</translation>
    </message>
    <message>
      <location filename="../gui/dialogs.py" />
      <location filename="../gui/industrial_panel.py" />
      <location filename="../processing_provider/algorithms.py" />
      <location filename="../processing_provider/optimise_algorithms.py" />
      <source>Layer name</source>
      <translation>图层名称</translation>
    </message>
    <message>
      <location filename="../processing_provider/industrial_algorithms.py" />
      <source>Layer name prefix</source>
      <translation>图层名称前缀</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms.py" />
      <location filename="../processing_provider/optimise_algorithms.py" />
      <location filename="../processing_provider/postgis_algorithms.py" />
      <source>Layer source</source>
      <translation>图层数据源</translation>
    </message>
    <message>
      <location filename="../processing_provider/industrial_algorithms.py" />
      <source>Layer sources</source>
      <translation>图层数据源</translation>
    </message>
    <message>
      <location filename="../core/indicators.py" />
      <location filename="../gui/module_card.py" />
      <location filename="../io/xlsx.py" />
      <source>Leasable area (m2)</source>
      <translation>可租面积（平方米）</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>Leasable floor area, held and depreciated (m2)</source>
      <translation>可出租面积（持有并计提折旧，平方米）</translation>
    </message>
    <message>
      <location filename="../io/sheet_labels.py" />
      <source>Lease ratio</source>
      <translation>租赁比例</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Lease ratio, add</source>
      <translation>租赁比例（新增）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Lease ratio, renovate</source>
      <translation>租赁比例（改造）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Lease ratio, retain</source>
      <translation>租赁比例（保留）</translation>
    </message>
    <message>
      <location filename="../io/resettlement_sheet.py" />
      <source>Ledger per demolished module</source>
      <translation>拆除模块安置台账</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" />
      <source>Left out</source>
      <translation>未计入</translation>
    </message>
    <message>
      <location filename="../io/xlsx.py" />
      <source>Left out of the totals</source>
      <translation>未计入合计</translation>
    </message>
    <message>
      <location filename="../gui/module_card.py" />
      <source>Left out of the totals: {reasons}</source>
      <translation>未计入合计：{reasons}</translation>
    </message>
    <message>
      <location filename="../core/report_content.py" />
      <source>Legend</source>
      <translation>图例</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <location filename="../gui/industrial_panel.py" />
      <location filename="../io/industrial_sheet.py" />
      <source>Level</source>
      <translation>层级</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>Level field (base/community/block)</source>
      <translation>层级字段（取值 base 产业基地、community 产业社区、block 产业街区）</translation>
    </message>
    <message>
      <location filename="../core/report_content.py" />
      <location filename="../gui/checks_panel.py" />
      <location filename="../io/xlsx.py" />
      <source>Limit</source>
      <translation>限值</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Limits to meet</source>
      <translation>须满足的限值</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Linear estimate {estimate}, recomputed exactly {exact}: difference {difference}</source>
      <translation>线性近似估计 {estimate}，精确重算 {exact}：差额 {difference}</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Loan interest rate</source>
      <translation>贷款利率</translation>
    </message>
    <message>
      <location filename="../gui/module_card.py" />
      <source>Location</source>
      <translation>区位</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/style.py" />
      <source>Location discount (below -0.5 %)</source>
      <translation>区位折价（低于 -0.5 %）</translation>
    </message>
    <message>
      <location filename="../gui/module_card.py" />
      <source>Location factor</source>
      <translation>区位系数</translation>
    </message>
    <message>
      <location filename="../io/xlsx.py" />
      <source>Location factor, rent</source>
      <translation>区位系数（租金）</translation>
    </message>
    <message>
      <location filename="../io/xlsx.py" />
      <source>Location factor, sale</source>
      <translation>区位系数（售价）</translation>
    </message>
    <message>
      <location filename="../processing_provider/location_algorithm.py" />
      <source>Location is worth {amount} (10,000 CNY) of income</source>
      <translation>区位带来收入 {amount}（万元）</translation>
    </message>
    <message>
      <location filename="../gui/location_rules.py" />
      <location filename="../processing_provider/location_algorithm.py" />
      <source>Location layer</source>
      <translation>区位图层</translation>
    </message>
    <message>
      <location filename="../core/risk.py" />
      <source>Location premium</source>
      <translation>区位溢价</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/style.py" />
      <source>Location premium +0.5 % to +3 %</source>
      <translation>区位溢价 +0.5 % 至 +3 %</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/style.py" />
      <source>Location premium +3 % to +6 %</source>
      <translation>区位溢价 +3 % 至 +6 %</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/style.py" />
      <source>Location premium +6 % to +10 %</source>
      <translation>区位溢价 +6 % 至 +10 %</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/style.py" />
      <source>Location premium above +10 %</source>
      <translation>区位溢价 +10 % 以上</translation>
    </message>
    <message>
      <location filename="../io/xlsx.py" />
      <source>Location reasons</source>
      <translation>区位依据</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../gui/location_rules.py" />
      <source>Location rules</source>
      <translation>区位规则</translation>
    </message>
    <message>
      <location filename="../processing_provider/location_algorithm.py" />
      <source>Location rules (JSON; empty: the scheme's)</source>
      <translation>区位规则（JSON；空：采用方案保存的规则）</translation>
    </message>
    <message>
      <location filename="../processing_provider/location_algorithm.py" />
      <source>Location value: each module's location factor on the price-book sale price and rent, from its distance to the nearest feature of a location layer (points, lines or polygons; any CRS) and the location rules (a JSON file, or those stored with the scheme). Outputs the modules with loc_sale, loc_rent, loc_reasons and their net profit with location, and what location is worth.</source>
      <translation>区位价值：按模块到区位图层（点、线、面，任意坐标系）最近要素的距离和区位规则（JSON 文件，或方案保存的规则），计算各模块售价和租金的区位系数。输出带 loc_sale、loc_rent、loc_reasons 和含区位净利润的模块图层，以及区位带来的收入。</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Lock field</source>
      <translation>锁定字段</translation>
    </message>
    <message>
      <location filename="../processing_provider/optimise_algorithms.py" />
      <source>Lock field (true: keep the action)</source>
      <translation>锁定字段（为真时保持更新方式）</translation>
    </message>
    <message>
      <location filename="../processing_provider/optimise_algorithms.py" />
      <source>Lock the selected modules</source>
      <translation>锁定所选模块</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Lock the {count} selected modules</source>
      <translation>锁定所选的 {count} 个模块</translation>
    </message>
    <message>
      <location filename="../io/risk_sheet.py" />
      <source>Low</source>
      <translation>低值</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>Lump-sum incomes taxed as</source>
      <translation>单元一次性收入的税务性质</translation>
    </message>
    <message>
      <location filename="../io/feasibility_sheets.py" />
      <source>Lump-sum incomes taxed as (sales or subsidy)</source>
      <translation>单元一次性收入的税务性质（销售或补贴）</translation>
    </message>
    <message>
      <source>MIRR</source>
      <translation type="obsolete">修正内部收益率</translation>
    </message>
    <message>
      <location filename="../core/indicators.py" />
      <source>MIRR (modified IRR)</source>
      <translation>修正内部收益率</translation>
    </message>
    <message>
      <location filename="../gui/report.py" />
      <source>Make the report layouts again (drops changes made in the layout designer)</source>
      <translation>重新生成报告布局（将丢弃在布局设计器中所做的修改）</translation>
    </message>
    <message>
      <location filename="../core/indicators.py" />
      <source>Margin</source>
      <translation>净利润率</translation>
    </message>
    <message>
      <location filename="../io/sheet_labels.py" />
      <source>Maximum</source>
      <translation>上限</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Mid-year</source>
      <translation>年中</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>Mine</source>
      <translation>我的</translation>
    </message>
    <message>
      <location filename="../io/sheet_labels.py" />
      <source>Minimum</source>
      <translation>下限</translation>
    </message>
    <message>
      <location filename="../gui/compare_panel.py" />
      <location filename="../gui/dock.py" />
      <location filename="../gui/history_panel.py" />
      <source>Module</source>
      <translation>模块</translation>
    </message>
    <message>
      <location filename="../io/xlsx.py" />
      <source>Module cost (10,000 CNY)</source>
      <translation>成本（万元）</translation>
    </message>
    <message>
      <location filename="../io/resettlement_sheet.py" />
      <location filename="../io/xlsx.py" />
      <source>Module id</source>
      <translation>模块编号</translation>
    </message>
    <message>
      <location filename="../io/xlsx.py" />
      <source>Module revenue (10,000 CNY)</source>
      <translation>收入（万元）</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>Modules</source>
      <translation>模块</translation>
    </message>
    <message>
      <location filename="../io/xlsx.py" />
      <source>Modules behind a failure</source>
      <translation>导致未通过的模块</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Modules that keep their action</source>
      <translation>保持更新方式的模块</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Modules where this field is true (1, true, yes, 是, 锁定) keep their action</source>
      <translation>该字段为真（1、true、yes、是、锁定）的模块保持其更新方式</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms.py" />
      <source>Modules with indicators</source>
      <translation>带经济指标的模块</translation>
    </message>
    <message>
      <location filename="../processing_provider/location_algorithm.py" />
      <source>Modules with location factors</source>
      <translation>带区位系数的模块</translation>
    </message>
    <message>
      <location filename="../core/report_content.py" />
      <source>Money in 10,000 CNY, areas in m2</source>
      <translation>金额单位：万元；面积单位：平方米</translation>
    </message>
    <message>
      <location filename="../gui/risk_panel.py" />
      <source>Monte Carlo range of the location premium as a factor: 1 = the location factors as the rules give them, 0 = no location value</source>
      <translation>蒙特卡洛中区位溢价的取值范围（系数）：1 = 按规则给出的区位系数，0 = 无区位价值</translation>
    </message>
    <message>
      <location filename="../cli/risk.py" />
      <source>Monte Carlo, {draws} draws, seed {seed} (10,000 CNY):</source>
      <translation>蒙特卡洛模拟，{draws} 次抽样，随机种子 {seed}（万元）：</translation>
    </message>
    <message>
      <location filename="../io/risk_sheet.py" />
      <source>Monte Carlo: NPV (10,000 CNY)</source>
      <translation>蒙特卡洛：净现值分布（万元）</translation>
    </message>
    <message>
      <location filename="../io/risk_sheet.py" />
      <source>Monte Carlo: {draws} draws, seed {seed}, triangular ranges</source>
      <translation>蒙特卡洛模拟：{draws} 次抽样，随机种子 {seed}，三角分布</translation>
    </message>
    <message>
      <location filename="../io/resettlement_sheet.py" />
      <source>Move-out year</source>
      <translation>搬迁年份</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_assumptions.py" />
      <location filename="../io/resettlement_sheet.py" />
      <source>Moving fee (yuan per household per move)</source>
      <translation>搬迁费（元/户/次）</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>Moving fees</source>
      <translation>搬迁费</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <location filename="../io/resettlement_sheet.py" />
      <source>Moving fees (10,000 CNY)</source>
      <translation>搬迁费（万元）</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>Municipal infrastructure fee</source>
      <translation>城市基础设施配套费</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>Municipal infrastructure fee (10,000 CNY)</source>
      <translation>城市基础设施配套费（万元）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Municipal infrastructure fee (yuan/m2 above ground)</source>
      <translation>基础设施配套费（元/平方米）</translation>
    </message>
    <message>
      <location filename="../cli/balance.py" />
      <location filename="../cli/optimise.py" />
      <location filename="../cli/risk.py" />
      <location filename="../gui/optimise_dialog.py" />
      <location filename="../gui/risk_panel.py" />
      <location filename="../io/risk_sheet.py" />
      <location filename="../processing_provider/optimise_algorithms.py" />
      <source>NPV</source>
      <translation>净现值</translation>
    </message>
    <message>
      <location filename="../core/indicators.py" />
      <location filename="../gui/compare_panel.py" />
      <source>NPV (10,000 CNY)</source>
      <translation>净现值（万元）</translation>
    </message>
    <message>
      <location filename="../io/risk_sheet.py" />
      <source>NPV at high</source>
      <translation>高值时净现值</translation>
    </message>
    <message>
      <location filename="../io/risk_sheet.py" />
      <source>NPV at low</source>
      <translation>低值时净现值</translation>
    </message>
    <message>
      <location filename="../io/risk_sheet.py" />
      <source>NPV change at high</source>
      <translation>高值时净现值变化</translation>
    </message>
    <message>
      <location filename="../io/risk_sheet.py" />
      <source>NPV change at low</source>
      <translation>低值时净现值变化</translation>
    </message>
    <message>
      <location filename="../io/risk_sheet.py" />
      <source>NPV change from the plan's {base} (10,000 CNY)</source>
      <translation>净现值相对方案值 {base} 的变化（万元）</translation>
    </message>
    <message>
      <location filename="../io/xlsx.py" />
      <source>NPV difference (10,000 CNY)</source>
      <translation>净现值变化（万元）</translation>
    </message>
    <message>
      <location filename="../io/risk_sheet.py" />
      <source>NPV from (10,000 CNY)</source>
      <translation>净现值区间下限（万元）</translation>
    </message>
    <message>
      <location filename="../gui/compare_panel.py" />
      <source>NPV share</source>
      <translation>净现值变化占比</translation>
    </message>
    <message>
      <location filename="../cli/indicators.py" />
      <source>NPV {npv} (10,000 CNY), IRR {irr}, payback {payback}, MIRR {mirr}, subsidy needed (present value) {subsidy} (10,000 CNY)</source>
      <translation>净现值 {npv}（万元），内部收益率 {irr}，静态回收期 {payback}，修正内部收益率 {mirr}，所需补贴现值 {subsidy}（万元）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../gui/industrial_panel.py" />
      <location filename="../io/industrial_sheet.py" />
      <location filename="../io/resettlement_sheet.py" />
      <location filename="../io/sheet_labels.py" />
      <location filename="../io/xlsx.py" />
      <location filename="../qgis_adapter/location.py" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../gui/dialogs.py" />
      <location filename="../processing_provider/algorithms.py" />
      <source>Name from</source>
      <translation>名称字段</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Name of the enterprise on the plot.</source>
      <translation>地块上的企业名称。</translation>
    </message>
    <message>
      <location filename="../core/report_content.py" />
      <source>Net cash flow</source>
      <translation>净现金流</translation>
    </message>
    <message>
      <location filename="../core/report_content.py" />
      <location filename="../io/xlsx.py" />
      <source>Net cash flow per year (10,000 CNY)</source>
      <translation>逐年净现金流（万元）</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <location filename="../gui/risk_panel.py" />
      <location filename="../io/risk_sheet.py" />
      <location filename="../processing_provider/optimise_algorithms.py" />
      <source>Net profit</source>
      <translation>净利润</translation>
    </message>
    <message>
      <location filename="../core/indicators.py" />
      <location filename="../gui/compare_panel.py" />
      <location filename="../gui/module_card.py" />
      <location filename="../io/xlsx.py" />
      <source>Net profit (10,000 CNY)</source>
      <translation>净利润（万元）</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Net profit after tax</source>
      <translation>税后净利润</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <location filename="../gui/feasibility_view.py" />
      <source>Net profit after tax and finance (10,000 CNY)</source>
      <translation>税后净利润（万元）</translation>
    </message>
    <message>
      <location filename="../io/risk_sheet.py" />
      <source>Net profit at high</source>
      <translation>高值时净利润</translation>
    </message>
    <message>
      <location filename="../io/risk_sheet.py" />
      <source>Net profit at low</source>
      <translation>低值时净利润</translation>
    </message>
    <message>
      <location filename="../io/xlsx.py" />
      <source>Net profit difference (10,000 CNY)</source>
      <translation>净利润变化（万元）</translation>
    </message>
    <message>
      <location filename="../core/tables.py" />
      <source>Net revenue (10,000 CNY)</source>
      <translation>净收益（万元）</translation>
    </message>
    <message>
      <location filename="../core/checks.py" />
      <source>New / demolished floor area (rebuild ratio)</source>
      <translation>拆建比（新建 / 拆除建筑面积）</translation>
    </message>
    <message>
      <location filename="../core/tables.py" />
      <source>New building: {use} (m2)</source>
      <translation>新建建筑：{use}（平方米）</translation>
    </message>
    <message>
      <location filename="../gui/dialogs.py" />
      <source>New economic layer</source>
      <translation>新建经济图层</translation>
    </message>
    <message>
      <location filename="../gui/commands/layer_commands.py" />
      <source>New economic layer {name} in {path}</source>
      <translation>已新建经济图层 {name}：{path}</translation>
    </message>
    <message>
      <location filename="../gui/commands/layer_commands.py" />
      <source>New economic layer {name}: {summary}.</source>
      <translation>新经济图层 {name}：{summary}。</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" />
      <location filename="../plugin.py" />
      <source>New economic layer…</source>
      <translation>新建经济图层…</translation>
    </message>
    <message>
      <location filename="../core/indicators.py" />
      <source>New floor area (m2)</source>
      <translation>新建建筑面积（平方米）</translation>
    </message>
    <message>
      <location filename="../core/indicators.py" />
      <source>New floor area by use (m2)</source>
      <translation>分用途新建建筑面积（平方米）</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>New scheme</source>
      <translation>新方案</translation>
    </message>
    <message>
      <location filename="../gui/dialogs.py" />
      <source>No cap</source>
      <translation>不封顶</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" />
      <source>No economic layer is selected. Select an economic layer in the Layers panel to see the cost, revenue and indicators of its scheme.</source>
      <translation>未选择经济图层。请在图层面板中选择一个经济图层，查看其方案的成本、收入和经济指标。</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/style.py" />
      <source>No location adjustment</source>
      <translation>无区位调整</translation>
    </message>
    <message>
      <location filename="../processing_provider/location_algorithm.py" />
      <source>No location rule names the layer {name} (rules name: {names})</source>
      <translation>没有区位规则引用图层 {name}（规则引用的图层：{names}）</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>Non-residential</source>
      <translation>非住宅</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>None: prices do not follow the map.</source>
      <translation>无：价格不随区位变化。</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../gui/location_rules.py" />
      <source>Not applied: {error}</source>
      <translation>未应用：{error}</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Not enforced in this run</source>
      <translation>本次未强制的检查</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Not evaluated</source>
      <translation>未评价</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>Not saved: {count} modules were changed by others meanwhile. Your edits are kept in the edit session; their values are in the History tab.</source>
      <translation>未保存：其间有 {count} 个模块被他人修改。您的编辑保留在编辑会话中；对方的数值见“修改记录”页。</translation>
    </message>
    <message>
      <location filename="../io/xlsx.py" />
      <source>Note</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Nothing better than the scheme as it is was found: every scheme the linearised program chose was worth less, recomputed exactly.</source>
      <translation>未找到优于现方案的方案：线性化模型选出的各方案经精确重算后均不及现方案，故保留现方案。</translation>
    </message>
    <message>
      <location filename="../io/feasibility_sheets.py" />
      <source>Nothing is sold: no land appreciation tax.</source>
      <translation>无销售：不涉及土地增值税。</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <location filename="../processing_provider/optimise_algorithms.py" />
      <source>Objective</source>
      <translation>优化目标</translation>
    </message>
    <message>
      <location filename="../processing_provider/optimise_algorithms.py" />
      <source>Objective after (yuan)</source>
      <translation>优化后目标值（元）</translation>
    </message>
    <message>
      <location filename="../processing_provider/optimise_algorithms.py" />
      <source>Objective before (yuan)</source>
      <translation>优化前目标值（元）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../io/sheet_labels.py" />
      <source>Occupancy</source>
      <translation>出租率</translation>
    </message>
    <message>
      <location filename="../definitions.py" />
      <source>Office</source>
      <translation>办公</translation>
    </message>
    <message>
      <location filename="../core/checks.py" />
      <source>On-site resettlement capacity (area owed in kind / saleable new housing, m2)</source>
      <translation>就地安置容量（产权调换应安置面积 / 可售新建住宅面积，m2）</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>On-site resettlement capacity of each unit</source>
      <translation>各单元就地安置容量</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/schemes.py" />
      <source>Only a scheme stored in a GeoPackage can be duplicated.</source>
      <translation>只有保存在 GeoPackage 中的方案才能复制。</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Only schemes in a GeoPackage can be optimised into a new scheme.</source>
      <translation>只有 GeoPackage 中的方案才能优化为新方案。</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>Open the Zhongshan Third Road sample</source>
      <translation>打开中山三路示例</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>Open the industrial sample (Swellendam footprints)</source>
      <translation>打开工业用地示例（Swellendam 建筑轮廓）</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" />
      <source>Opens the Assumptions tab: the scheme's own prices</source>
      <translation>打开参数页：填写本方案自己的价格</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../io/sheet_labels.py" />
      <source>Operating costs (share of rent)</source>
      <translation>运营成本（占租金比例）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../io/sheet_labels.py" />
      <source>Operating horizon (years)</source>
      <translation>运营期（年）</translation>
    </message>
    <message>
      <location filename="../gui/feasibility_view.py" />
      <source>Operating income (net)</source>
      <translation>运营净收入</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Optimise</source>
      <translation>优化</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" />
      <source>Optimise &amp; risk</source>
      <translation>优化与风险</translation>
    </message>
    <message>
      <location filename="../processing_provider/optimise_algorithms.py" />
      <source>Optimise scheme</source>
      <translation>方案优化</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Optimise scheme: {name}</source>
      <translation>方案优化：{name}</translation>
    </message>
    <message>
      <location filename="../gui/risk_panel.py" />
      <source>Optimise scheme…</source>
      <translation>方案优化…</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Optimised scheme added: {name}</source>
      <translation>已添加优化方案：{name}</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Optimising…</source>
      <translation>正在优化…</translation>
    </message>
    <message>
      <location filename="../io/feasibility_sheets.py" />
      <source>Option</source>
      <translation>选项</translation>
    </message>
    <message>
      <location filename="../io/feasibility_sheets.py" />
      <source>Ordinary housing: flat size at most (m2)</source>
      <translation>普通住宅：单套面积不超过（平方米）</translation>
    </message>
    <message>
      <location filename="../io/feasibility_sheets.py" />
      <source>Ordinary housing: plot ratio at least</source>
      <translation>普通住宅：容积率不低于</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>Ordinary residential</source>
      <translation>普通住宅</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Ordinary residential up to (yuan/m2)</source>
      <translation>普通住宅售价上限（元/平方米）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Ordinary residential: flat size at most (m2)</source>
      <translation>普通住宅：单套建筑面积上限（平方米）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Ordinary residential: plot ratio at least</source>
      <translation>普通住宅：容积率下限</translation>
    </message>
    <message>
      <location filename="../definitions.py" />
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>Other cost</source>
      <translation>其他费用</translation>
    </message>
    <message>
      <location filename="../io/xlsx.py" />
      <source>Other cost (yuan)</source>
      <translation>其他成本（元）</translation>
    </message>
    <message>
      <location filename="../gui/feasibility_view.py" />
      <source>Other income</source>
      <translation>其他收入</translation>
    </message>
    <message>
      <location filename="../io/xlsx.py" />
      <source>Other income (yuan)</source>
      <translation>其他收入（元）</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>Other residential</source>
      <translation>非普通住宅</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Out of scope: {scope} modules keep their action; {acquisition} retained buildings are not renovated (the project would have to acquire them)</source>
      <translation>优化范围之外：{scope} 个模块保持原处置方式；{acquisition} 栋保留建筑不改造（项目须先收购）</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Output (10,000 CNY/yr)</source>
      <translation>工业总产值（万元/年）</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>Output VAT (10,000 CNY)</source>
      <translation>销项税额（万元）</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>Output VAT (sales, rent, exit)</source>
      <translation>销项税额（销售、租金、期末出售）</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Output per km2</source>
      <translation>地均产值</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <location filename="../gui/industrial_panel.py" />
      <source>Output per mu</source>
      <translation>亩均产值</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>Output per mu / district</source>
      <translation>亩均产值／全域</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>Output per mu / level</source>
      <translation>亩均产值／所属层级</translation>
    </message>
    <message>
      <location filename="../io/industrial_sheet.py" />
      <source>Output per mu by park (10,000 CNY)</source>
      <translation>各园区亩均产值（万元）</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>Output per mu by park (10,000 CNY; red: the district)</source>
      <translation>各园区亩均产值（万元；红线：全域）</translation>
    </message>
    <message>
      <location filename="../io/industrial_sheet.py" />
      <source>Output threshold (per mu)</source>
      <translation>亩均产值门槛</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Overlap tolerance</source>
      <translation>重叠容差</translation>
    </message>
    <message>
      <location filename="../io/resettlement_sheet.py" />
      <source>Owed per household (m2)</source>
      <translation>每户应安置面积（m2）</translation>
    </message>
    <message>
      <location filename="../gui/feasibility_view.py" />
      <source>Owners and residents</source>
      <translation>产权人与居民</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>Owners and residents (10,000 CNY)</source>
      <translation>产权人与居民（万元）</translation>
    </message>
    <message>
      <location filename="../cli/risk.py" />
      <source>P(net profit &lt; 0) = {share}</source>
      <translation>净利润为负的概率 = {share}</translation>
    </message>
    <message>
      <location filename="../gui/report.py" />
      <source>PDF document (*.pdf)</source>
      <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../gui/report.py" />
      <location filename="../processing_provider/report_algorithm.py" />
      <source>PDF file</source>
      <translation>PDF 文件</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Paid by equity</source>
      <translation>由股东投入支付</translation>
    </message>
    <message>
      <location filename="../gui/report.py" />
      <location filename="../processing_provider/report_algorithm.py" />
      <source>Paper</source>
      <translation>纸张</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <location filename="../io/industrial_sheet.py" />
      <source>Park</source>
      <translation>园区</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>Park name field</source>
      <translation>园区名称字段</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Park or cluster</source>
      <translation>所属园区（集群）</translation>
    </message>
    <message>
      <location filename="../definitions.py" />
      <source>Parking</source>
      <translation>停车</translation>
    </message>
    <message>
      <location filename="../io/industrial_sheet.py" />
      <source>Parks</source>
      <translation>园区</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>Parks layer (empty: by park size)</source>
      <translation>园区图层（空：按园区规模）</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Partial renovation or selective rebuilding for expansion and upgrading.</source>
      <translation>局部改造或择优拆建，扩容提质。</translation>
    </message>
    <message>
      <location filename="../core/indicators.py" />
      <location filename="../gui/module_card.py" />
      <source>Payback (years)</source>
      <translation>静态回收期（年）</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <location filename="../gui/feasibility_view.py" />
      <source>Peak debt (10,000 CNY)</source>
      <translation>最大借款余额（万元）</translation>
    </message>
    <message>
      <location filename="../core/indicators.py" />
      <source>Peak funding (10,000 CNY)</source>
      <translation>资金峰值（万元）</translation>
    </message>
    <message>
      <location filename="../processing_provider/industrial_algorithms.py" />
      <source>Per plot of an industrial layer: its category (green, efficiency, quality, equity, safety, in this order, first match wins; or efficient, or not evaluated naming the missing field), the reason, the strategy, and the indicators of Table 2 (output and tax per mu and per km2, FAR, fixed assets per km2, idle rate, employment per km2, energy and water per output). Optionally the Industrial sheet.</source>
      <translation>逐地块评价工业用地：类别（绿色、效率、质量、公平、安全，逐级判定，先中先定；或高效，或缺数据未评价并指明字段）、原因、策略，以及表2指标（亩均与地均产值、税收，容积率，地均固定资产投资，闲置率，地均就业，单位产值电耗与水耗）。可同时导出工业用地表格。</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Persons employed on the plot.</source>
      <translation>地块上的就业人数。</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Plot ratio (FAR)</source>
      <translation>综合容积率</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <location filename="../io/industrial_sheet.py" />
      <source>Plots</source>
      <translation>地块数</translation>
    </message>
    <message>
      <location filename="../processing_provider/industrial_algorithms.py" />
      <source>Plots evaluated</source>
      <translation>已评价地块</translation>
    </message>
    <message>
      <location filename="../io/industrial_sheet.py" />
      <source>Plots per category</source>
      <translation>各类别地块数</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>Plots per category (Figure 3: first match wins)</source>
      <translation>各类别地块数（图3：逐级判定，先中先定）</translation>
    </message>
    <message>
      <location filename="../io/industrial_sheet.py" />
      <source>Plots: category and reason (Figure 3: first match wins)</source>
      <translation>地块：类别与原因（逐级判定，先中先定）</translation>
    </message>
    <message>
      <location filename="../core/report_content.py" />
      <source>Policy checks</source>
      <translation>政策校核</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../io/xlsx.py" />
      <source>Policy limits</source>
      <translation>政策底线</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <location filename="../processing_provider/postgis_algorithms.py" />
      <source>PostgreSQL connection</source>
      <translation>PostgreSQL 连接</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>Preliminaries</source>
      <translation>前期费用</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>Preliminaries (10,000 CNY)</source>
      <translation>前期费用（万元）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Preliminaries (share of hard cost)</source>
      <translation>前期费用率</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>Preliminaries ratio</source>
      <translation>前期费用率</translation>
    </message>
    <message>
      <location filename="../gui/risk_panel.py" />
      <source>Press “Run risk analysis” to compute the tornado and the Monte Carlo run.</source>
      <translation>点击“风险分析”计算龙卷风图和蒙特卡洛模拟。</translation>
    </message>
    <message>
      <location filename="../gui/location_rules.py" />
      <source>Price</source>
      <translation>价格</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <source>Price (yuan/m2)</source>
      <translation>售价（元/m2）</translation>
    </message>
    <message>
      <location filename="../gui/dialogs.py" />
      <location filename="../processing_provider/algorithms.py" />
      <source>Price book</source>
      <translation>价格成本表</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../io/xlsx.py" />
      <source>Price book (defaults per use)</source>
      <translation>价格成本表（按功能的默认值）</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/report_layout.py" />
      <source>Priced with the default price book (sample figures, not local prices)</source>
      <translation>按默认价格成本表计价（示例数据，非本地价格）</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" />
      <source>Prices…</source>
      <translation>价格…</translation>
    </message>
    <message>
      <location filename="../gui/risk_panel.py" />
      <source>Probability of a loss (net profit &amp;lt; 0): {share}</source>
      <translation>亏损概率（净利润 &amp;lt; 0）：{share}</translation>
    </message>
    <message>
      <location filename="../io/risk_sheet.py" />
      <source>Probability of a loss (net profit &lt; 0)</source>
      <translation>亏损概率（净利润 &lt; 0）</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>Profit before income tax (10,000 CNY)</source>
      <translation>所得税前利润（万元）</translation>
    </message>
    <message>
      <location filename="../core/report_content.py" />
      <location filename="../gui/checks_panel.py" />
      <location filename="../gui/dock.py" />
      <location filename="../gui/overview.py" />
      <location filename="../io/xlsx.py" />
      <source>Project</source>
      <translation>项目</translation>
    </message>
    <message>
      <location filename="../gui/feasibility_view.py" />
      <source>Project IRR after tax</source>
      <translation>项目税后内部收益率</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>Project IRR, after tax</source>
      <translation>项目税后内部收益率</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Project NPV after tax</source>
      <translation>税后项目净现值</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>Project NPV, after tax (10,000 CNY)</source>
      <translation>项目税后净现值（万元）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../io/xlsx.py" />
      <source>Project rates</source>
      <translation>项目参数</translation>
    </message>
    <message>
      <location filename="../gui/dialogs.py" />
      <location filename="../processing_provider/algorithms.py" />
      <source>Project unit</source>
      <translation>项目单元</translation>
    </message>
    <message>
      <location filename="../processing_provider/balance_algorithm.py" />
      <source>Project unit (empty: every unit)</source>
      <translation>项目单元（空：全部单元）</translation>
    </message>
    <message>
      <location filename="../core/report_content.py" />
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../gui/overview.py" />
      <location filename="../io/xlsx.py" />
      <source>Project units</source>
      <translation>项目单元</translation>
    </message>
    <message>
      <location filename="../io/feasibility_sheets.py" />
      <location filename="../io/tax_detail_sheet.py" />
      <source>Property tax</source>
      <translation>房产税</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>Property tax (10,000 CNY)</source>
      <translation>房产税（万元）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Property tax (share of rent)</source>
      <translation>房产税（从租）税率</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>Property tax rate on rent without VAT</source>
      <translation>房产税税率（从租，按不含增值税租金）</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Proven optimal: the program's values are the engine's figures and its solve is optimal.</source>
      <translation>已证明最优：规划模型的取值即引擎的计算结果，求解达到最优。</translation>
    </message>
    <message>
      <location filename="../definitions.py" />
      <source>Public</source>
      <translation>公共服务</translation>
    </message>
    <message>
      <location filename="../processing_provider/postgis_algorithms.py" />
      <source>Publish scheme to PostGIS</source>
      <translation>发布方案到 PostGIS</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>Publish to PostGIS</source>
      <translation>发布到 PostGIS</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>Publish to PostGIS…</source>
      <translation>发布到 PostGIS…</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Quality-deficient</source>
      <translation>质量低效</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>Quick deduction factor</source>
      <translation>速算扣除系数</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>REIT distribution yield</source>
      <translation>REITs 现金分派率</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>REIT distribution yield at least</source>
      <translation>REITs 现金分派率不低于</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>REIT ready (3.8 %)</source>
      <translation>满足 REITs 要求（3.8%）</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>REIT ready (4 %)</source>
      <translation>满足 REITs 要求（4%）</translation>
    </message>
    <message>
      <location filename="../io/sheet_labels.py" />
      <source>Range</source>
      <translation>范围</translation>
    </message>
    <message>
      <location filename="../io/risk_sheet.py" />
      <source>Range (low, most likely, high)</source>
      <translation>取值范围（低、最可能、高）</translation>
    </message>
    <message>
      <location filename="../core/checks.py" />
      <source>Range rule</source>
      <translation>区间控制</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Range rules</source>
      <translation>区间控制</translation>
    </message>
    <message>
      <location filename="../io/sheet_labels.py" />
      <source>Range: {name} ({scope})</source>
      <translation>范围：{name}（{scope}）</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>Rate</source>
      <translation>税率</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>Rates the taxes use</source>
      <translation>计税所用费率</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Reallocation: free outdated capacity for high-tech or large enterprises.</source>
      <translation>腾退再配置：淘汰落后产能，转给高新技术企业或规上企业。</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <location filename="../gui/industrial_panel.py" />
      <location filename="../io/industrial_sheet.py" />
      <location filename="../io/xlsx.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../core/checks.py" />
      <source>Rebuild ratio</source>
      <translation>拆建比</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Rebuild ratio (national cap)</source>
      <translation>拆建比（国家上限）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../io/sheet_labels.py" />
      <source>Rebuild ratio at most</source>
      <translation>拆建比上限</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../io/sheet_labels.py" />
      <source>Rebuild ratio counts underground floor area</source>
      <translation>拆建比计入地下建筑面积</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Rectify; where necessary, exit.</source>
      <translation>限期整改，必要时退出。</translation>
    </message>
    <message>
      <location filename="../core/report_content.py" />
      <source>Red line</source>
      <translation>规划红线</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>Refresh</source>
      <translation>刷新</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Relocated into {park}.</source>
      <translation>搬迁并入{park}。</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/industrial.py" />
      <source>Relocation into {park}</source>
      <translation>搬迁入驻：{park}</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_assumptions.py" />
      <source>Remove lump sum</source>
      <translation>删除专项收支</translation>
    </message>
    <message>
      <location filename="../gui/location_rules.py" />
      <source>Remove rule</source>
      <translation>删除规则</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Remove unit</source>
      <translation>删除单元</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_assumptions.py" />
      <source>Remove unit ratio</source>
      <translation>删除单元置换比例</translation>
    </message>
    <message>
      <location filename="../gui/commands/scheme_commands.py" />
      <source>Rename scheme</source>
      <translation>重命名方案</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>Rename scheme…</source>
      <translation>重命名方案…</translation>
    </message>
    <message>
      <location filename="../gui/compare_panel.py" />
      <source>Rename…</source>
      <translation>重命名…</translation>
    </message>
    <message>
      <location filename="../definitions.py" />
      <source>Renovate</source>
      <translation>改造</translation>
    </message>
    <message>
      <location filename="../core/indicators.py" />
      <source>Renovated floor area (m2)</source>
      <translation>改造建筑面积（平方米）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../io/sheet_labels.py" />
      <source>Renovation (yuan/m2)</source>
      <translation>改造费用（元/平方米）</translation>
    </message>
    <message>
      <location filename="../core/risk.py" />
      <location filename="../gui/location_rules.py" />
      <source>Rent</source>
      <translation>租金</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../io/sheet_labels.py" />
      <location filename="../io/xlsx.py" />
      <source>Rent (yuan/m2/month)</source>
      <translation>租金（元/平方米/月）</translation>
    </message>
    <message>
      <location filename="../core/checks.py" />
      <source>Rent growth</source>
      <translation>租金年涨幅</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Rent growth (no action changes it)</source>
      <translation>租金年涨幅（不受任何处置方式影响）</translation>
    </message>
    <message>
      <location filename="../core/checks.py" />
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../io/sheet_labels.py" />
      <source>Rent growth per year</source>
      <translation>租金年涨幅</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../io/sheet_labels.py" />
      <source>Rent growth per year at most</source>
      <translation>租金年涨幅上限</translation>
    </message>
    <message>
      <location filename="../core/report_content.py" />
      <source>Rents</source>
      <translation>租金</translation>
    </message>
    <message>
      <location filename="../processing_provider/postgis_algorithms.py" />
      <source>Replace a table of that name</source>
      <translation>替换同名数据表</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>Replace levels already set</source>
      <translation>覆盖已填写的层级</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms.py" />
      <location filename="../processing_provider/balance_algorithm.py" />
      <location filename="../processing_provider/location_algorithm.py" />
      <location filename="../processing_provider/optimise_algorithms.py" />
      <source>Report (JSON)</source>
      <translation>报告（JSON）</translation>
    </message>
    <message>
      <location filename="../gui/report.py" />
      <source>Report written: {path}. Its layouts are in the project (Project &gt; Layouts).</source>
      <translation>报告已写入：{path}。其布局已加入项目（项目 &gt; 布局）。</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" />
      <source>Report…</source>
      <translation>报告…</translation>
    </message>
    <message>
      <location filename="../core/checks.py" />
      <source>Resettled nearby</source>
      <translation>就地就近安置率</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../io/sheet_labels.py" />
      <source>Resettled on site or nearby at least</source>
      <translation>就地就近安置率下限</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" />
      <location filename="../gui/resettlement_assumptions.py" />
      <source>Resettlement</source>
      <translation>安置</translation>
    </message>
    <message>
      <location filename="../io/resettlement_sheet.py" />
      <source>Resettlement and fund balance: {scheme} (money in 10,000 CNY, areas in m2)</source>
      <translation>安置与资金平衡：{scheme}（金额单位：万元，面积单位：平方米）</translation>
    </message>
    <message>
      <location filename="../core/checks.py" />
      <source>Resettlement capacity</source>
      <translation>就地安置容量</translation>
    </message>
    <message>
      <location filename="../io/resettlement_sheet.py" />
      <source>Resettlement rules</source>
      <translation>安置规则</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Resettlement share (national minimum)</source>
      <translation>就地就近安置率（国家下限）</translation>
    </message>
    <message>
      <location filename="../definitions.py" />
      <source>Residential</source>
      <translation>住宅</translation>
    </message>
    <message>
      <location filename="../definitions.py" />
      <source>Retain</source>
      <translation>保留</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Retain until the missing figures are known.</source>
      <translation>补齐数据前暂时保留。</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Retain.</source>
      <translation>保留。</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <location filename="../processing_provider/optimise_algorithms.py" />
      <source>Retained buildings with an acquisition price may be renovated (acquired)</source>
      <translation>已设收购单价的保留建筑可改造（收购）</translation>
    </message>
    <message>
      <location filename="../core/indicators.py" />
      <source>Retained floor area (m2)</source>
      <translation>保留建筑面积（平方米）</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Return to green: reclaim the land and restore it to green use.</source>
      <translation>退还绿色：收回用地，复绿。</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>Revenue</source>
      <translation>收入</translation>
    </message>
    <message>
      <location filename="../core/indicators.py" />
      <source>Revenue (10,000 CNY)</source>
      <translation>总收入（万元）</translation>
    </message>
    <message>
      <location filename="../io/risk_sheet.py" />
      <source>Risk: {scheme} (money in 10,000 CNY)</source>
      <translation>风险分析：{scheme}（金额单位：万元）</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Round</source>
      <translation>轮次</translation>
    </message>
    <message>
      <location filename="../processing_provider/location_algorithm.py" />
      <source>Rule layer name (empty: the location layer's name)</source>
      <translation>规则中的图层名（空：取区位图层名称）</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Run again</source>
      <translation>重新运行</translation>
    </message>
    <message>
      <location filename="../gui/risk_panel.py" />
      <source>Run risk analysis</source>
      <translation>风险分析</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Safety alert</source>
      <translation>安全预警</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Safety evaluation passed</source>
      <translation>通过安全评价</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Safety evaluation passed.</source>
      <translation>是否通过安全评价。</translation>
    </message>
    <message>
      <location filename="../core/risk.py" />
      <location filename="../gui/location_rules.py" />
      <source>Sale price</source>
      <translation>销售价格</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../io/sheet_labels.py" />
      <location filename="../io/xlsx.py" />
      <source>Sale price (yuan/m2)</source>
      <translation>销售单价（元/平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/balance_algorithm.py" />
      <source>Sale price (yuan/m2; 0: the price book's)</source>
      <translation>售价（元/m2；0 取价格成本表）</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <source>Sale price of the financing plot; at 0, the use's sale price in the price book</source>
      <translation>融资地块售价；为 0 时取价格成本表中该用途的售价</translation>
    </message>
    <message>
      <location filename="../core/report_content.py" />
      <source>Sale prices</source>
      <translation>售价</translation>
    </message>
    <message>
      <location filename="../io/sheet_labels.py" />
      <source>Sale ratio</source>
      <translation>可售比例</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Sale ratio, add</source>
      <translation>可售比例（新增）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Sale ratio, renovate</source>
      <translation>可售比例（改造）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../io/sheet_labels.py" />
      <source>Sale years (default)</source>
      <translation>销售年限（默认）</translation>
    </message>
    <message>
      <location filename="../core/indicators.py" />
      <location filename="../gui/module_card.py" />
      <location filename="../io/xlsx.py" />
      <source>Saleable area (m2)</source>
      <translation>可售面积（平方米）</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <location filename="../io/resettlement_sheet.py" />
      <source>Saleable new housing available (m2)</source>
      <translation>可售新建住宅面积（m2）</translation>
    </message>
    <message>
      <location filename="../gui/feasibility_view.py" />
      <source>Sales</source>
      <translation>销售收入</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../io/sheet_labels.py" />
      <source>Sales costs (share of sales)</source>
      <translation>销售费用（占销售收入比例）</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <location filename="../io/resettlement_sheet.py" />
      <source>Sales given up (10,000 CNY)</source>
      <translation>减少的销售收入（万元）</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>Sales incl. VAT (10,000 CNY)</source>
      <translation>含税销售收入（万元）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Sales income</source>
      <translation>销售收入</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>Sales received from the modules incl. VAT</source>
      <translation>模块实收销售款（含增值税）</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <location filename="../processing_provider/postgis_algorithms.py" />
      <source>Schema</source>
      <translation>模式</translation>
    </message>
    <message>
      <location filename="../core/report_content.py" />
      <location filename="../io/xlsx.py" />
      <source>Scheme</source>
      <translation>方案</translation>
    </message>
    <message>
      <location filename="../processing_provider/postgis_algorithms.py" />
      <source>Scheme (economic or polygon layer)</source>
      <translation>方案（经济图层或面图层）</translation>
    </message>
    <message>
      <location filename="../gui/commands/scheme_commands.py" />
      <source>Scheme name</source>
      <translation>方案名称</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" />
      <location filename="../gui/report.py" />
      <location filename="../processing_provider/report_algorithm.py" />
      <source>Scheme report (PDF)</source>
      <translation>方案报告（PDF）</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>Scheme report (PDF)…</source>
      <translation>方案报告（PDF）…</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>Scheme report layouts (layout designer)</source>
      <translation>方案报告布局（布局设计器）</translation>
    </message>
    <message>
      <location filename="../processing_provider/optimise_algorithms.py" />
      <source>Scheme risk (tornado and Monte Carlo)</source>
      <translation>方案风险（龙卷风图与蒙特卡洛模拟）</translation>
    </message>
    <message>
      <location filename="../gui/export.py" />
      <location filename="../qgis_adapter/schemes.py" />
      <source>Schemes</source>
      <translation>方案</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>Schemes from the plots</source>
      <translation>由地块生成方案</translation>
    </message>
    <message>
      <location filename="../core/report_content.py" />
      <location filename="../gui/industrial_panel.py" />
      <location filename="../io/industrial_sheet.py" />
      <location filename="../io/xlsx.py" />
      <source>Scope</source>
      <translation>范围</translation>
    </message>
    <message>
      <location filename="../processing_provider/optimise_algorithms.py" />
      <source>Scope field (true: the optimiser may change the module)</source>
      <translation>优化范围字段（为真：优化器可改变该模块）</translation>
    </message>
    <message>
      <location filename="../processing_provider/optimise_algorithms.py" />
      <source>Seed</source>
      <translation>随机种子</translation>
    </message>
    <message>
      <location filename="../gui/module_card.py" />
      <source>Select a module on the map to see its figures.</source>
      <translation>在地图上选择一个模块，查看其经济指标。</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>Select a module on the map to see its history.</source>
      <translation>在地图上选择一个模块以查看其修改记录。</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>Select a polygon layer of industrial plots first.</source>
      <translation>请先选择工业地块面图层。</translation>
    </message>
    <message>
      <location filename="../gui/commands/scheme_commands.py" />
      <location filename="../gui/report.py" />
      <source>Select a scheme (an economic layer) first.</source>
      <translation>请先选择一个方案（经济图层）。</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>Select a scheme (an economic or polygon layer) first.</source>
      <translation>请先选择一个方案（经济图层或面图层）。</translation>
    </message>
    <message>
      <location filename="../gui/commands/upgrade_commands.py" />
      <source>Select an economic layer of an older version to upgrade it.</source>
      <translation>请先选择一个旧版本的经济图层，再进行升级。</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>Selected module</source>
      <translation>所选模块</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>Selling costs</source>
      <translation>销售费用</translation>
    </message>
    <message>
      <location filename="../core/report_content.py" />
      <source>Sensitivity of net profit (10,000 CNY)</source>
      <translation>净利润敏感性（万元）</translation>
    </message>
    <message>
      <location filename="../io/feasibility_sheets.py" />
      <source>Setting</source>
      <translation>取值</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>Several planners can then edit the scheme together: each panel follows the others' commits, conflicting edits are caught and the database records who changed what. No password is stored in the project (use a service file or QGIS authentication).</source>
      <translation>发布后多位规划师可协同编辑该方案：每个面板实时跟随他人的提交，冲突的编辑会被发现，数据库记录谁修改了什么。项目中不保存密码（请使用服务文件或 QGIS 身份验证）。</translation>
    </message>
    <message>
      <location filename="../core/price_books.py" />
      <source>Shanghai Lujiazui (core Pudong)</source>
      <translation>上海陆家嘴（浦东核心区）</translation>
    </message>
    <message>
      <location filename="../gui/compare_panel.py" />
      <source>Share</source>
      <translation>占比</translation>
    </message>
    <message>
      <location filename="../io/xlsx.py" />
      <source>Share of the NPV difference</source>
      <translation>占净现值变化比例</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>Share of the developed floor area</source>
      <translation>可售面积分摊比例</translation>
    </message>
    <message>
      <location filename="../io/xlsx.py" />
      <source>Share of the difference</source>
      <translation>占总变化比例</translation>
    </message>
    <message>
      <location filename="../io/feasibility_sheets.py" />
      <source>Share of the project's VAT and surcharges</source>
      <translation>分摊的项目增值税及附加</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>Shared scheme in PostGIS ({table}); your rights: {rights}.</source>
      <translation>PostGIS 中的共享方案（{table}）；您的权限：{rights}。</translation>
    </message>
    <message>
      <location filename="../gui/checks_panel.py" />
      <source>Short of {area} m2</source>
      <translation>缺口 {area} m2</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <location filename="../io/resettlement_sheet.py" />
      <source>Shortfall (m2)</source>
      <translation>安置面积缺口（m2）</translation>
    </message>
    <message>
      <location filename="../gui/compare_panel.py" />
      <source>Show a scheme other than the baseline to see what changed.</source>
      <translation>显示基准以外的方案，即可查看变化。</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>Show both (do not save yet)</source>
      <translation>同时显示（暂不保存）</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>Show or hide the Economic Layer panel</source>
      <translation>显示或隐藏经济图层面板</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>Size rule of the paper (section 3.1): over 4 km2 an industrial base, over 1 km2 an industrial community, else an industrial block; plots in no park are blocks.</source>
      <translation>论文 3.1 节的规模规则：大于 4 平方公里为产业基地，大于 1 平方公里为产业社区，其余为产业地块；不在园区内的地块为产业地块。</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Small clustering</source>
      <translation>小集聚</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Small clustering + moderate park</source>
      <translation>小集聚+适度园区</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>Soft cost (hard cost x soft cost ratio, per works period, to the fen)</source>
      <translation>其他工程费用（建安及拆除费用 × 费率，按工期计，精确到分）</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>Soft cost ratio</source>
      <translation>其他工程费用率</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../io/sheet_labels.py" />
      <source>Soft costs (share of hard costs)</source>
      <translation>前期及其他费用（占建安费比例）</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <source>Solve</source>
      <translation>求解</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <source>Solve for balance: financing plot</source>
      <translation>求解资金平衡：融资地块</translation>
    </message>
    <message>
      <location filename="../processing_provider/balance_algorithm.py" />
      <source>Solve for fund balance</source>
      <translation>求解资金平衡</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <source>Solved in {seconds} s</source>
      <translation>求解用时 {seconds} 秒</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>Someone else changed these modules</source>
      <translation>这些模块已被他人修改</translation>
    </message>
    <message>
      <location filename="../gui/location_rules.py" />
      <source>Source</source>
      <translation>依据来源</translation>
    </message>
    <message>
      <location filename="../gui/dialogs.py" />
      <location filename="../processing_provider/algorithms.py" />
      <source>Source layer</source>
      <translation>源图层</translation>
    </message>
    <message>
      <location filename="../io/resettlement_sheet.py" />
      <source>Source of the fees</source>
      <translation>费用依据</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_assumptions.py" />
      <location filename="../io/resettlement_sheet.py" />
      <source>Spread (years)</source>
      <translation>分摊年数</translation>
    </message>
    <message>
      <location filename="../gui/export.py" />
      <location filename="../processing_provider/algorithms.py" />
      <location filename="../processing_provider/industrial_algorithms.py" />
      <source>Spreadsheet</source>
      <translation>电子表格</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>Spreadsheet (*.xlsx)</source>
      <translation>电子表格 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../gui/export.py" />
      <source>Spreadsheet written: {path}</source>
      <translation>电子表格已写入：{path}</translation>
    </message>
    <message>
      <location filename="../io/xlsx.py" />
      <source>Start year</source>
      <translation>开工年份</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Starting values only: replace them with the project's own figures.</source>
      <translation>仅为起始值：请替换为本项目的测算数据。</translation>
    </message>
    <message>
      <location filename="../core/report_content.py" />
      <location filename="../gui/checks_panel.py" />
      <location filename="../io/xlsx.py" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <location filename="../processing_provider/optimise_algorithms.py" />
      <source>Status</source>
      <translation>求解状态</translation>
    </message>
    <message>
      <source>Still failing after the recompute</source>
      <translation type="obsolete">重新计算后仍未通过</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../io/sheet_labels.py" />
      <source>Storey height (m)</source>
      <translation>层高（米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms.py" />
      <source>Storey heights (m) per use, e.g. office=4.2, residential=2.8</source>
      <translation>各功能层高（米），如 office=4.2, residential=2.8</translation>
    </message>
    <message>
      <location filename="../io/industrial_sheet.py" />
      <source>Strategy</source>
      <translation>策略</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Subsidy</source>
      <translation>补贴</translation>
    </message>
    <message>
      <location filename="../processing_provider/balance_algorithm.py" />
      <source>Subsidy (yuan), one unit</source>
      <translation>补贴（元，单个单元）</translation>
    </message>
    <message>
      <source>Subsidy PV (10,000 CNY)</source>
      <translation type="obsolete">所需补贴现值（万元）</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <location filename="../core/indicators.py" />
      <location filename="../gui/feasibility_view.py" />
      <source>Subsidy needed, present value (10,000 CNY)</source>
      <translation>所需补贴现值（万元）</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <location filename="../io/resettlement_sheet.py" />
      <source>Subsidy to balance (10,000 CNY)</source>
      <translation>平衡所需补贴（万元）</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <location filename="../io/resettlement_sheet.py" />
      <source>Subsidy to balance, present value (10,000 CNY)</source>
      <translation>平衡所需补贴现值（万元）</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>Suggest levels</source>
      <translation>建议层级</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>Suggest levels…</source>
      <translation>建议层级…</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>Surcharges on VAT</source>
      <translation>增值税附加税率</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>Surcharges, the unit on its own</source>
      <translation>增值税附加（单元单独计算）</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_assumptions.py" />
      <source>Swap ratio</source>
      <translation>置换比例</translation>
    </message>
    <message>
      <location filename="../io/resettlement_sheet.py" />
      <source>Swap ratio (m2 in kind per m2 owned)</source>
      <translation>产权调换比例（每平方米原面积换安置面积）</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_assumptions.py" />
      <source>Swap ratio (m2 owed per m2 existing)</source>
      <translation>置换比例（每平方米现状面积应安置面积）</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_assumptions.py" />
      <source>Swap ratio by unit</source>
      <translation>各单元置换比例</translation>
    </message>
    <message>
      <location filename="../io/resettlement_sheet.py" />
      <source>Swap ratio of unit {unit}</source>
      <translation>单元 {unit} 的产权调换比例</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <source>Swap ratio {swap}, cap per household {cap}, moving fee {moving} yuan per move (two), transition fee {transition} yuan per household per month (Assumptions tab).</source>
      <translation>置换比例 {swap}，每户上限 {cap}，搬迁费 {moving} 元/次（两次），临时安置费 {transition} 元/户/月（见“参数”页）。</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>Table</source>
      <translation>数据表</translation>
    </message>
    <message>
      <location filename="../processing_provider/postgis_algorithms.py" />
      <source>Table (empty: the layer's name)</source>
      <translation>数据表（留空：使用图层名称）</translation>
    </message>
    <message>
      <location filename="../io/xlsx.py" />
      <source>Table 1. Economic calculation indicators: {scheme} (money in 10,000 CNY, areas in m2)</source>
      <translation>表1 经济测算指标表：{scheme}（金额单位：万元，面积单位：平方米）</translation>
    </message>
    <message>
      <location filename="../core/report_content.py" />
      <source>Table 1: areas, investment and income</source>
      <translation>表1 面积、投资与收益</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Tax (10,000 CNY/yr)</source>
      <translation>税收（万元/年）</translation>
    </message>
    <message>
      <location filename="../io/feasibility_sheets.py" />
      <source>Tax and financing options: {scheme}</source>
      <translation>税费与融资选项：{scheme}</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Tax per km2</source>
      <translation>地均税收</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <location filename="../gui/industrial_panel.py" />
      <source>Tax per mu</source>
      <translation>亩均税收</translation>
    </message>
    <message>
      <location filename="../io/industrial_sheet.py" />
      <source>Tax threshold (per mu)</source>
      <translation>亩均税收门槛</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>Taxable profit</source>
      <translation>应纳税所得额</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>Taxable profit, accrual basis (10,000 CNY)</source>
      <translation>应纳税所得额（权责发生制，万元）</translation>
    </message>
    <message>
      <location filename="../gui/feasibility_view.py" />
      <source>Taxes</source>
      <translation>税费</translation>
    </message>
    <message>
      <location filename="../io/feasibility_sheets.py" />
      <source>Taxes and finance cost per year: {scheme} (10,000 CNY)</source>
      <translation>逐年税费与财务费用：{scheme}（万元）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../io/sheet_labels.py" />
      <source>Taxes on sales (share of sales)</source>
      <translation>销售税费（占销售收入比例）</translation>
    </message>
    <message>
      <location filename="../cli/indicators.py" />
      <source>Taxes {taxes}, finance cost {finance}, exit value {exit}, net profit after tax and finance {net} (10,000 CNY); equity IRR {equity_irr}</source>
      <translation>税费 {taxes}，财务费用 {finance}，退出价值 {exit}，税后及财务费用后净利润 {net}（万元）；资本金内部收益率 {equity_irr}</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Taxes, fees and financing (feasibility stack)</source>
      <translation>计算税费与融资（可研测算）</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <location filename="../gui/feasibility_view.py" />
      <source>Taxes, total (10,000 CNY)</source>
      <translation>税费合计（万元）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms.py" />
      <source>The Table-1 spreadsheet of one or more schemes (xlsx): Table 1 with live formulas and stored values, indicators, modules, cash flow, checks, assumptions, and a comparison of the schemes.</source>
      <translation>导出一个或多个方案的经济测算指标表（xlsx）：表1（含公式及其数值）、指标、模块、现金流、校核、参数，以及方案比较。</translation>
    </message>
    <message>
      <location filename="../processing_provider/optimise_algorithms.py" />
      <source>The actions (retain, renovate, demolish; build a new block or not) that give the highest NPV or net profit while every chosen policy check passes, written as a new scheme layer (module ids kept), with a JSON report: status, objective before and after, binding limits and what one step more would gain, conflicting constraints when nothing is feasible. After the feasibility stack, the objective is the project NPV after tax or the net profit after tax and finance: taxes on totals enter as a linear approximation, the chosen scheme is recomputed exactly and the difference reported. Every chosen scheme is recomputed by the engine and checked: one that fails a check is never written. A retained building is renovated only with ACQUIRE_RETAINED and an acquisition rate set; SCOPE_FIELD limits the modules it may change. Needs SciPy.</source>
      <translation>在所选政策底线全部满足的前提下，求使净现值或净利润最高的更新方式（保留、改造、拆除；新增地块建或不建），结果写为新的方案图层（保留模块编号），并输出 JSON 报告：求解状态、优化前后目标值、起约束作用的限值及放宽一档的收益、无可行解时相互冲突的约束。按可研口径（税费、融资之后）优化时，目标为税后项目净现值或税后净利润：依赖总额的税费以线性近似进入模型，所选方案再精确重算并报告两者之差。所选方案均由计算引擎重算并校核，未通过校核的方案不会写出。保留建筑仅在勾选 ACQUIRE_RETAINED 且设有收购单价时才会改为改造；SCOPE_FIELD 限定可改变的模块。需要 SciPy。</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" />
      <source>The connection to the database is lost: other planners' changes are not shown until it is back (trying again).</source>
      <translation>与数据库的连接已断开：连接恢复前不显示其他规划师的修改（正在重试）。</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/schemes.py" />
      <source>The copy {name} cannot be opened (details in the log).</source>
      <translation>无法打开副本 {name}（详见日志）。</translation>
    </message>
    <message>
      <location filename="../gui/dialogs.py" />
      <source>The economic layer is a copy in a GeoPackage: it keeps every attribute of the source and adds the economic fields. The source layer is not changed.</source>
      <translation>经济图层是保存在 GeoPackage 中的副本：保留源图层的全部属性并增加经济字段，源图层不作改动。</translation>
    </message>
    <message>
      <location filename="../io/feasibility_sheets.py" />
      <source>The feasibility stack is off for this scheme.</source>
      <translation>本方案未启用可研测算（税费与融资）。</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>The feasibility stack is switched off in this scheme's assumptions</source>
      <translation>本方案的假设中未启用可研口径（税费、融资）</translation>
    </message>
    <message>
      <location filename="../gui/excluded_panel.py" />
      <source>The first {shown} are listed.</source>
      <translation>仅列出前 {shown} 个。</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>The history cannot be read: {error}</source>
      <translation>无法读取修改记录：{error}</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>The history is kept for schemes published to PostGIS (Economic Layer &gt; Publish to PostGIS…): the database records who changed what.</source>
      <translation>发布到 PostGIS 的方案（经济图层 &gt; 发布到 PostGIS…）才有修改记录：由数据库记录谁修改了什么。</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>The local search made {moves} change(s) after the program: +{gain}</source>
      <translation>规划求解后局部搜索又做了 {moves} 处改动：+{gain}</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>The local search stopped at its time limit.</source>
      <translation>局部搜索在时间上限处停止。</translation>
    </message>
    <message>
      <location filename="../gui/module_card.py" />
      <source>The module's floor area field (el_gfa) has a value: it is the floor area, and floors do not change it. Clear it to compute the floor area as footprint x floors.</source>
      <translation>模块的建筑面积字段（el_gfa）有值：即为建筑面积，层数不改变它。清空该字段则按基底面积 × 层数计算建筑面积。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms.py" />
      <source>The modules with their indicators as fields (money in yuan, areas in m2; left-out modules with their reason), and a JSON report of the project and its units.</source>
      <translation>输出带经济指标字段的模块图层（金额单位元，面积单位平方米；未计入的模块附原因），以及项目和单元指标的 JSON 报告。</translation>
    </message>
    <message>
      <location filename="../core/price_books.py" />
      <source>The plugin's default book: orders of magnitude chosen by its developers for a core district of a large Chinese city (residential sale 18,000 yuan/m2). Illustrative estimate, not market data.</source>
      <translation>插件的默认价格成本表：开发者为中国大城市核心区选定的量级（住宅售价每平方米 18,000 元）。示意性估算，不是市场数据。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms.py" />
      <source>The policy checks of the scheme (demolition share, rebuild ratio, resettlement, rent growth, floor area ratio, height, range rules): pass, fail or not evaluated, with the modules behind each failure.</source>
      <translation>校核方案的政策底线（拆除比例、拆建比、就地就近安置率、租金涨幅、容积率、建筑高度、区间控制）：通过、未通过或未评估，并列出导致未通过的模块。</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>The project (input VAT pooled)</source>
      <translation>项目整体（进项税额合并抵扣）</translation>
    </message>
    <message>
      <location filename="../gui/commands/export_commands.py" />
      <source>The project has no economic layer.</source>
      <translation>工程中没有经济图层。</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/report_units.py" />
      <source>The project has no project_units layer: these units are the layer's el_unit values, each outlined by its modules' footprints (add a polygon layer named project_units to draw them yourself).</source>
      <translation>项目中没有 project_units 图层：这些单元取自图层的 el_unit 值，边界由其模块轮廓合并而成（如需自行绘制，请添加名为 project_units 的面图层）。</translation>
    </message>
    <message>
      <location filename="../io/feasibility_sheets.py" />
      <source>The project is one taxpayer: input VAT pooled across units; shares in proportion to each unit on its own</source>
      <translation>项目为同一纳税人：各单元进项税额合并抵扣；按各单元单独计算额分摊</translation>
    </message>
    <message>
      <location filename="../gui/report.py" />
      <location filename="../processing_provider/report_algorithm.py" />
      <source>The report could not be written: {error}</source>
      <translation>报告无法写入：{error}</translation>
    </message>
    <message>
      <location filename="../gui/commands/layer_commands.py" />
      <source>The sample project could not be opened: {path}</source>
      <translation>无法打开示例工程：{path}</translation>
    </message>
    <message>
      <location filename="../gui/commands/layer_commands.py" />
      <source>The sample was opened before and may hold your changes ({path}). Start again from a fresh copy? (No: open your copy.)</source>
      <translation>示例此前已打开过，可能含有您的修改（{path}）。是否从全新副本重新开始？（否：打开您的副本。）</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>The scheme as it is fails</source>
      <translation>现方案未通过</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>The scheme changed since the optimiser started: the answer belongs to the scheme as it was then, and is not added. Run again to optimise the scheme as it is now.</source>
      <translation>优化开始后方案已变更：该结果属于开始时的方案，不予添加。请重新运行以优化当前方案。</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>The scheme changed while the optimiser ran: this answer is for the scheme as it was when the run started. Run again to optimise the scheme as it is now.</source>
      <translation>优化运行期间方案已变更：该结果针对运行开始时的方案。请重新运行以优化当前方案。</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/schemes.py" />
      <source>The scheme could not be copied as {name} (details in the log).</source>
      <translation>无法将方案复制为 {name}（详见日志）。</translation>
    </message>
    <message>
      <location filename="../gui/compare_panel.py" />
      <source>The scheme the others are compared with; by default the initial plan, the scheme at the bottom of the Schemes group</source>
      <translation>其他方案与之比较的基准方案；默认为初始方案，即“方案”组中最下方的方案</translation>
    </message>
    <message>
      <location filename="../processing_provider/report_algorithm.py" />
      <source>The scheme's report as PDF, from QGIS print layouts: the map, Table 1, the indicators, the policy checks, the comparison with the other schemes, charts, and one page per project unit.</source>
      <translation>以 QGIS 打印布局生成方案报告（PDF）：地图、表1、经济指标、政策校核、方案比较、图表，以及每个项目单元一页。</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/schemes.py" />
      <source>The scheme's table {name} could not be deleted from its GeoPackage (details in the log).</source>
      <translation>无法从 GeoPackage 中删除方案的数据表 {name}（详见日志）。</translation>
    </message>
    <message>
      <location filename="../gui/export.py" />
      <source>The spreadsheet could not be written: {error}</source>
      <translation>电子表格写入失败：{error}</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/gpkg.py" />
      <source>The table {table} cannot be created in the GeoPackage</source>
      <translation>无法在 GeoPackage 中创建表 {table}</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <location filename="../gui/feasibility_view.py" />
      <source>The three parties (10,000 CNY)</source>
      <translation>三方平衡（万元）</translation>
    </message>
    <message>
      <location filename="../io/feasibility_sheets.py" />
      <source>The three parties: {scheme} (10,000 CNY)</source>
      <translation>三方平衡：{scheme}（万元）</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>Theirs</source>
      <translation>对方的</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>These constraints conflict: relax one of them</source>
      <translation>以下约束相互冲突：请放宽其中之一</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" />
      <source>This layer is an economic layer of an older version: it lacks {fields}. Upgrade it to add them in place (empty; a backup of the GeoPackage is written first; every value is kept), or convert it into a new economic layer (a copy).</source>
      <translation>此图层是旧版本的经济图层：缺少字段 {fields}。升级即可在原图层中添加这些字段（为空；先备份 GeoPackage；所有原有值保留），也可将其转换为新的经济图层（副本）。</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" />
      <source>This layer is not an economic layer: it lacks the el_ fields of the economic model. Convert it into an economic layer (a copy; the layer itself is not changed), or create a new economic layer.</source>
      <translation>此图层不是经济图层：缺少经济模型的 el_ 字段。可将其转换为经济图层（生成副本，原图层不变），或新建经济图层。</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>Threshold of the level: {value}</source>
      <translation>该层级门槛：{value}</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>Thresholds</source>
      <translation>门槛</translation>
    </message>
    <message>
      <location filename="../processing_provider/optimise_algorithms.py" />
      <source>Time limit per solve (s)</source>
      <translation>单次求解时限（秒）</translation>
    </message>
    <message>
      <location filename="../io/risk_sheet.py" />
      <source>Tornado: NPV and net profit with one driver changed</source>
      <translation>敏感性（龙卷风图）：单一因素变动时的净现值与净利润</translation>
    </message>
    <message>
      <location filename="../io/risk_sheet.py" />
      <source>Tornado: NPV change from the plan (10,000 CNY)</source>
      <translation>龙卷风图：净现值相对基准的变化（万元）</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <location filename="../core/report_content.py" />
      <location filename="../core/tables.py" />
      <location filename="../gui/overview.py" />
      <location filename="../gui/resettlement_panel.py" />
      <location filename="../io/resettlement_sheet.py" />
      <location filename="../io/xlsx.py" />
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="../gui/feasibility_view.py" />
      <source>Total before taxes and finance</source>
      <translation>合计（未含税费与财务费用）</translation>
    </message>
    <message>
      <location filename="../gui/module_card.py" />
      <source>Total cost (10,000 CNY)</source>
      <translation>总成本（万元）</translation>
    </message>
    <message>
      <location filename="../gui/feasibility_view.py" />
      <source>Total of the items</source>
      <translation>各项合计</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_assumptions.py" />
      <location filename="../io/resettlement_sheet.py" />
      <source>Transition fee (yuan per household per month)</source>
      <translation>临时安置费（元/户/月）</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>Transition fees</source>
      <translation>过渡费</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <location filename="../io/resettlement_sheet.py" />
      <source>Transition fees (10,000 CNY)</source>
      <translation>临时安置费（万元）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../io/feasibility_sheets.py" />
      <source>Transition months for cash households</source>
      <translation>货币补偿户临时安置费月数</translation>
    </message>
    <message>
      <location filename="../io/resettlement_sheet.py" />
      <source>Transition months paid to cash households</source>
      <translation>货币补偿户的临时安置费月数</translation>
    </message>
    <message>
      <location filename="../definitions.py" />
      <source>Underground</source>
      <translation>地下空间</translation>
    </message>
    <message>
      <location filename="../core/report_content.py" />
      <location filename="../gui/checks_panel.py" />
      <location filename="../gui/module_card.py" />
      <location filename="../gui/resettlement_assumptions.py" />
      <location filename="../io/feasibility_sheets.py" />
      <location filename="../io/resettlement_sheet.py" />
      <location filename="../io/tax_detail_sheet.py" />
      <location filename="../io/xlsx.py" />
      <source>Unit</source>
      <translation>单元</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_assumptions.py" />
      <location filename="../io/resettlement_sheet.py" />
      <source>Unit lump sums</source>
      <translation>单元专项收支</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <location filename="../io/resettlement_sheet.py" />
      <source>Unit lump sums: cost (10,000 CNY)</source>
      <translation>单元专项支出（万元）</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <location filename="../io/resettlement_sheet.py" />
      <source>Unit lump sums: income (10,000 CNY)</source>
      <translation>单元专项收入（万元）</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>Unit lump-sum costs (calibration, public works)</source>
      <translation>单元一次性费用（校准、公共工程）</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>Unit lump-sum incomes (calibration, subsidies)</source>
      <translation>单元一次性收入（校准、补贴）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Unit lump-sum incomes taxed as</source>
      <translation>单元专项收入的税务性质</translation>
    </message>
    <message>
      <location filename="../gui/module_card.py" />
      <source>Unit price (yuan/m2)</source>
      <translation>单价（元/平方米）</translation>
    </message>
    <message>
      <location filename="../core/report_content.py" />
      <source>Unit {code} {name}</source>
      <translation>单元 {code} {name}</translation>
    </message>
    <message>
      <location filename="../processing_provider/balance_algorithm.py" />
      <source>Unit {unit} has no modules (units: {units})</source>
      <translation>单元 {unit} 没有模块（现有单元：{units}）</translation>
    </message>
    <message>
      <location filename="../io/resettlement_sheet.py" />
      <source>Unit {unit}: no financing plot found ({reason})</source>
      <translation>单元 {unit}：未能求得融资地块（{reason}）</translation>
    </message>
    <message>
      <location filename="../core/compare.py" />
      <source>Unit {unit}: resettlement and lump sums</source>
      <translation>单元 {unit}：安置与专项收支</translation>
    </message>
    <message>
      <location filename="../gui/commands/upgrade_commands.py" />
      <source>Upgrade</source>
      <translation>升级</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>Upgrade older scheme (active layer)</source>
      <translation>升级旧版本方案（当前图层）</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" />
      <source>Upgrade this layer</source>
      <translation>升级此图层</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../io/sheet_labels.py" />
      <source>Upkeep (yuan/m2)</source>
      <translation>维护费用（元/平方米）</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <location filename="../io/sheet_labels.py" />
      <location filename="../io/xlsx.py" />
      <source>Use</source>
      <translation>功能</translation>
    </message>
    <message>
      <location filename="../gui/dialogs.py" />
      <location filename="../processing_provider/algorithms.py" />
      <source>Use from</source>
      <translation>功能字段</translation>
    </message>
    <message>
      <location filename="../processing_provider/balance_algorithm.py" />
      <source>Use of the financing plot</source>
      <translation>融资地块用途</translation>
    </message>
    <message>
      <location filename="../gui/dialogs.py" />
      <location filename="../processing_provider/algorithms.py" />
      <source>Use where no use field is mapped</source>
      <translation>未指定功能字段时的功能</translation>
    </message>
    <message>
      <location filename="../gui/location_rules.py" />
      <source>Uses (empty: all)</source>
      <translation>用途（空：全部）</translation>
    </message>
    <message>
      <location filename="../io/feasibility_sheets.py" />
      <source>VAT</source>
      <translation>增值税</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <location filename="../gui/feasibility_view.py" />
      <source>VAT (10,000 CNY)</source>
      <translation>增值税（万元）</translation>
    </message>
    <message>
      <location filename="../io/feasibility_sheets.py" />
      <source>VAT and surcharges per unit: {scheme} (10,000 CNY)</source>
      <translation>增值税及附加分摊到单元：{scheme}（万元）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../io/feasibility_sheets.py" />
      <source>VAT on rent</source>
      <translation>租金增值税税率</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>VAT on sales</source>
      <translation>销售增值税税率</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>VAT payable, the unit on its own</source>
      <translation>应纳增值税（单元单独计算）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../io/feasibility_sheets.py" />
      <source>VAT prepaid on advance receipts</source>
      <translation>预收款预缴增值税率</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>VAT rate on rent</source>
      <translation>租金增值税税率</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>VAT rate on sales</source>
      <translation>销售增值税税率</translation>
    </message>
    <message>
      <source>VAT rate on sales and rent</source>
      <translation type="obsolete">销售及租金增值税率</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>VAT sales amount: sales received incl. VAT + lump-sum incomes taxed as sales</source>
      <translation>增值税销售额：实收销售款（含税）+ 按销售计税的一次性收入</translation>
    </message>
    <message>
      <location filename="../io/feasibility_sheets.py" />
      <source>VAT surcharges</source>
      <translation>增值税附加</translation>
    </message>
    <message>
      <location filename="../core/feasibility_tables.py" />
      <source>VAT surcharges (10,000 CNY)</source>
      <translation>增值税附加（万元）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>VAT surcharges (share of VAT)</source>
      <translation>增值税附加率</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>VAT taxpayer</source>
      <translation>增值税纳税主体</translation>
    </message>
    <message>
      <location filename="../io/feasibility_sheets.py" />
      <source>VAT taxpayer (project or unit)</source>
      <translation>增值税纳税主体（项目或单元）</translation>
    </message>
    <message>
      <location filename="../core/report_content.py" />
      <location filename="../gui/checks_panel.py" />
      <location filename="../io/xlsx.py" />
      <source>Value</source>
      <translation>数值</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Value of held assets at the end (exit value)</source>
      <translation>计入持有资产期末价值</translation>
    </message>
    <message>
      <location filename="../io/xlsx.py" />
      <source>Values from defaults</source>
      <translation>取默认值的字段</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms.py" />
      <source>Values that could not be read</source>
      <translation>无法识别的值</translation>
    </message>
    <message>
      <location filename="../io/industrial_sheet.py" />
      <source>Values that could not be used</source>
      <translation>无法使用的数值</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Water (10,000 t/yr)</source>
      <translation>用水量（万吨/年）</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Water per output</source>
      <translation>单位产值水耗</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>What changed</source>
      <translation>修改内容</translation>
    </message>
    <message>
      <location filename="../io/xlsx.py" />
      <source>What changed from {base} to {scheme} (largest first)</source>
      <translation>从{base}到{scheme}的变化（按影响排序）</translation>
    </message>
    <message>
      <location filename="../gui/compare_panel.py" />
      <source>What changed from {base} to {scheme}: {count} modules and {units} unit rows (resettlement and lump sums), net profit {delta} (10,000 CNY). Click one to select it.</source>
      <translation>从 {base} 到 {scheme} 的变化：{count} 个模块和 {units} 个单元行（安置与专项收支），净利润变化 {delta} 万元。点击可选中该模块。</translation>
    </message>
    <message>
      <source>What changed from {base} to {scheme}: {count} modules, net profit {delta} (10,000 CNY). Click one to select it.</source>
      <translation type="obsolete">从 {base} 到 {scheme} 的变化：{count} 个模块，净利润变化 {delta} 万元。点击可选中该模块。</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>What changes</source>
      <translation>变化的模块</translation>
    </message>
    <message>
      <location filename="../gui/overview.py" />
      <source>What location is worth (10,000 CNY)</source>
      <translation>区位价值（万元）</translation>
    </message>
    <message>
      <location filename="../processing_provider/location_algorithm.py" />
      <source>What location is worth (yuan)</source>
      <translation>区位收益（元）</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>When (UTC)</source>
      <translation>时间（UTC）</translation>
    </message>
    <message>
      <source>Where a feature has a height but no floors, its floors are derived from the height (and marked as derived).</source>
      <translation type="obsolete">要素有高度而无层数时，由高度推算层数（并标记为推算）。</translation>
    </message>
    <message>
      <location filename="../gui/dialogs.py" />
      <source>Where a feature has a height but no floors, its floors are the height divided by the storey height of its use, at most the floor cap (capped features are reported). Exact duplicate footprints get a floor area of 0 and heavy overlaps are reported.</source>
      <translation>要素有高度而无层数时，层数 = 高度 ÷ 其功能的层高，且不超过层数上限（被封顶的要素逐一报告）。完全重复的轮廓建筑面积设为 0，严重重叠的轮廓逐一报告。</translation>
    </message>
    <message>
      <source>Where floors are empty, derive them from the height</source>
      <translation type="obsolete">层数为空时，由高度推算层数</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>While you were editing, other planners committed changes to {count} of the modules you changed. Nothing is overwritten unless you say so.</source>
      <translation>在您编辑期间，其他规划师已提交了对您所改模块中 {count} 个的修改。除非您确认，否则不会覆盖任何内容。</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>Who</source>
      <translation>修改人</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>Whole project</source>
      <translation>整个项目</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Without it a retained building is never renovated: the project would have to acquire it</source>
      <translation>不勾选时保留建筑不会改造：项目须先收购</translation>
    </message>
    <message>
      <location filename="../gui/feasibility_view.py" />
      <source>Works</source>
      <translation>工程费用</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>Works (construction, renovation, upkeep)</source>
      <translation>建安工程费（新建、改造、维护）</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>Write categories</source>
      <translation>写入类别</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>Write each plot's category and reason into el_ind_category and el_ind_reason (one undoable edit; save the layer to keep it)</source>
      <translation>将各地块的类别与原因写入 el_ind_category 和 el_ind_reason（一次可撤销的编辑；保存图层以保留）</translation>
    </message>
    <message>
      <location filename="../processing_provider/postgis_algorithms.py" />
      <source>Writes an economic layer (a polygon layer is converted first) into a schema of a PostgreSQL/PostGIS database for team editing: fields, constraints, form and style (layer_styles), assumptions (el_assumptions), versions, history (el_history) and notifications of every commit. The connection is the name of a QGIS PostgreSQL connection, service=NAME or a libpq connection string; no password is written into the layer or the project.</source>
      <translation>将经济图层（面图层先转换）写入 PostgreSQL/PostGIS 数据库的模式，供多人协同编辑：字段、约束、表单和样式（layer_styles）、参数（el_assumptions）、版本、修改记录（el_history）及每次提交的通知。连接可为 QGIS PostgreSQL 连接名、service=名称或 libpq 连接串；图层和项目中不保存密码。</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Written by Classify: green, efficiency, quality, equity, safety, efficient or not_evaluated.</source>
      <translation>由“分类”写入：绿色、效率、质量、公平、安全、高效或未评价。</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>Written by Classify: why the plot has its category.</source>
      <translation>由“分类”写入：地块归入该类别的原因。</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>Wrote {path}</source>
      <translation>已写入 {path}</translation>
    </message>
    <message>
      <location filename="../core/report_content.py" />
      <location filename="../gui/resettlement_assumptions.py" />
      <location filename="../io/feasibility_sheets.py" />
      <location filename="../io/resettlement_sheet.py" />
      <location filename="../io/tax_detail_sheet.py" />
      <location filename="../io/xlsx.py" />
      <source>Year</source>
      <translation>年份</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Year end</source>
      <translation>年末</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../io/feasibility_sheets.py" />
      <source>Years a tax loss is carried forward</source>
      <translation>亏损结转年限</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>Years of straight-line depreciation of held buildings</source>
      <translation>持有房屋直线折旧年限</translation>
    </message>
    <message>
      <location filename="../gui/commands/layer_commands.py" />
      <source>Zhongshan Third Road sample</source>
      <translation>中山三路示例</translation>
    </message>
    <message>
      <location filename="../io/xlsx.py" />
      <source>Zhongshan Third Road sample, feasibility view: the final plan with taxes, financing and exit value (the feasibility stack at its defaults) and an estimate of the households moved (60 m2 of demolished floor area each; in kind as many as the new housing holds).</source>
      <translation>中山三路示例（可研视图）：最终方案加上税费、融资和期末价值（可研测算取默认参数），并估算搬迁户数（每户按 60 平方米拆除建筑面积计；实物安置户数以新建住宅可容纳为限）。</translation>
    </message>
    <message>
      <location filename="../io/xlsx.py" />
      <source>Zhongshan Third Road sample, location view: the final plan with location rules for the metro stations and the park (docs/location.md's examples and sources) on the illustrative layers stations and parks (not the real stations and park).</source>
      <translation>中山三路示例（区位视图）：最终方案加上地铁站和公园的区位规则（取自 docs/location.md 的示例和文献），作用于示意图层 stations 和 parks（并非真实的车站和公园）。</translation>
    </message>
    <message>
      <location filename="../io/xlsx.py" />
      <source>Zhongshan Third Road sample: the developers' illustrative price book for a core district of Chongqing; each unit's calibration lump sums (labelled 校准) reconcile with the paper's Table 1.</source>
      <translation>中山三路示例：开发商对重庆核心区的示意价格成本表；各单元的校准一次性收支（标注“校准”）与论文表1 相符。</translation>
    </message>
    <message>
      <location filename="../core/optimise/evaluate.py" />
      <source>a new block on a standing building ({pair})</source>
      <translation>新增地块下的现状建筑未拆除（{pair}）</translation>
    </message>
    <message>
      <location filename="../core/checks.py" />
      <source>above ground</source>
      <translation>计容</translation>
    </message>
    <message>
      <location filename="../core/checks.py" />
      <source>above-ground (计容) floor area</source>
      <translation>计容建筑面积（不含地下）</translation>
    </message>
    <message>
      <location filename="../core/compare.py" />
      <location filename="../gui/history_panel.py" />
      <source>added</source>
      <translation>新增</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/upgrade.py" />
      <source>an economic layer of an older version: it lacks {missing}; run `{command}` to add them in place (a backup of the GeoPackage is written first; every value is kept)</source>
      <translation>旧版本的经济图层：缺少 {missing}；运行 `{command}` 在原图层上补齐这些字段（先在旁边备份 GeoPackage，所有数值保持不变）</translation>
    </message>
    <message>
      <location filename="../cli/balance.py" />
      <source>answer</source>
      <translation>结论</translation>
    </message>
    <message>
      <location filename="../gui/location_rules.py" />
      <source>at least</source>
      <translation>最低</translation>
    </message>
    <message>
      <location filename="../cli/upgrade.py" />
      <source>backup: {path}</source>
      <translation>备份：{path}</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>base (industrial base), community (industrial community) or block (industrial block).</source>
      <translation>base（产业基地）、community（产业社区）或 block（产业地块）。</translation>
    </message>
    <message>
      <location filename="../cli/risk.py" />
      <source>base: NPV {npv}, net profit {net}</source>
      <translation>基准：净现值 {npv}，净利润 {net}</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>before {before}, after {after} (10,000 CNY)</source>
      <translation>修改前 {before}，修改后 {after}（万元）</translation>
    </message>
    <message>
      <location filename="../cli/optimise.py" />
      <source>best found, not proven optimal (no single change, or pair on small schemes, improves it)</source>
      <translation>已找到的最优解，未证明最优（任一单项调整，或小方案中的两两调整，均不能改进）</translation>
    </message>
    <message>
      <location filename="../cli/optimise.py" />
      <source>binding limits (one step more):</source>
      <translation>起约束作用的限值（再放宽一步）：</translation>
    </message>
    <message>
      <location filename="../io/feasibility_sheets.py" />
      <source>by floor area</source>
      <translation>按建筑面积分摊</translation>
    </message>
    <message>
      <location filename="../io/feasibility_sheets.py" />
      <source>capitalised</source>
      <translation>资本化</translation>
    </message>
    <message>
      <location filename="../core/location.py" />
      <source>capped</source>
      <translation>封顶</translation>
    </message>
    <message>
      <location filename="../cli/industrial.py" />
      <source>categories: {counts}</source>
      <translation>类别：{counts}</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>changed</source>
      <translation>修改</translation>
    </message>
    <message>
      <location filename="../cli/compare.py" />
      <source>compare needs two sources or more</source>
      <translation>比较至少需要两个数据源</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_assumptions.py" />
      <location filename="../io/resettlement_sheet.py" />
      <source>cost</source>
      <translation>支出</translation>
    </message>
    <message>
      <location filename="../gui/module_card.py" />
      <source>default</source>
      <translation>默认</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>deleted</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../core/optimise/options.py" />
      <source>demolition cap</source>
      <translation>拆除比例上限</translation>
    </message>
    <message>
      <location filename="../gui/module_card.py" />
      <source>derived</source>
      <translation>推算</translation>
    </message>
    <message>
      <location filename="../io/feasibility_sheets.py" />
      <source>direct costs</source>
      <translation>直接成本</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>district</source>
      <translation>全域</translation>
    </message>
    <message>
      <location filename="../io/feasibility_sheets.py" />
      <source>each unit</source>
      <translation>各单元分别纳税</translation>
    </message>
    <message>
      <location filename="../cli/upgrade.py" />
      <location filename="../qgis_adapter/sources.py" />
      <source>economic</source>
      <translation>经济</translation>
    </message>
    <message>
      <location filename="../core/compare.py" />
      <source>edited</source>
      <translation>修改</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/convert.py" />
      <source>el_floors written for {count} from their height (÷ the storey height of each one's use)</source>
      <translation>{count} 个要素按高度写入 el_floors（高度 ÷ 各自功能的层高）</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/convert.py" />
      <source>el_floors written for {count} from their height (÷ the storey height of each one's use, at most {cap} floors)</source>
      <translation>{count} 个要素按高度写入 el_floors（高度 ÷ 各自功能的层高，至多 {cap} 层）</translation>
    </message>
    <message>
      <location filename="../core/messages.py" />
      <source>el_resettled_onsite ({value}) is above el_households ({limit})</source>
      <translation>就地就近安置户数（{value}）大于居民户数（{limit}）</translation>
    </message>
    <message>
      <location filename="../core/messages.py" />
      <source>el_sale_ratio + el_lease_ratio is above 1: {value}</source>
      <translation>可售比例与租赁比例之和大于 1：{value}</translation>
    </message>
    <message>
      <location filename="../core/messages.py" />
      <source>el_start_year {value} is before the project's base year {limit}</source>
      <translation>开工年份 {value} 早于项目基准年 {limit}</translation>
    </message>
    <message>
      <location filename="../core/resettlement_rules.py" />
      <source>estimate: the developers' order of magnitude for a core district of a large Chinese city (2025); replace with the city's own rules (e.g. its 国有土地上房屋征收与补偿 implementing rules)</source>
      <translation>估算：开发者对国内大城市核心区的量级估计（2025 年）；请按所在城市的国有土地上房屋征收与补偿实施细则替换</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>every rule evaluated, none matched</source>
      <translation>各项均已评价，均未触发</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>every scheme found fails the checks when recomputed: nothing to add</source>
      <translation>找到的方案经重新计算均未通过检查：无可添加的方案</translation>
    </message>
    <message>
      <location filename="../core/checks.py" />
      <location filename="../core/industrial.py" />
      <source>fail</source>
      <translation>未通过</translation>
    </message>
    <message>
      <location filename="../cli/optimise.py" />
      <source>failing when recomputed by the engine (nothing written): {checks}</source>
      <translation>经测算引擎复核未通过（未写出）：{checks}</translation>
    </message>
    <message>
      <location filename="../cli/optimise.py" />
      <source>feasible, not proven optimal</source>
      <translation>可行，未证明最优</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>feasible, with a gap</source>
      <translation>可行解（存在间隙）</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>feature {fid}: no land area ({why}); left out of every per-area figure</source>
      <translation>要素 {fid}：没有用地面积（{why}），不计入各项地均指标</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>feature {fid}: {field} = {value!r} is not a number of at least 0; taken as not known</source>
      <translation>要素 {fid}：{field} = {value!r} 不是不小于 0 的数值，按未知处理</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/convert.py" />
      <source>feature {fid}: {field} = {value!r} is not a usable {role} value; {target} left empty</source>
      <translation>要素 {fid}：{field} = {value!r} 不是可用的 {role} 值，{target} 留空</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>feature {fid}: {field} = {value!r} is not one of {allowed}; taken as not known</source>
      <translation>要素 {fid}：{field} = {value!r} 不是 {allowed} 之一，按未知处理</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>feature {fid}: {field} = {value!r} is not yes (1) or no (0); taken as not known</source>
      <translation>要素 {fid}：{field} = {value!r} 不是“是”（1）或“否”（0），按未知处理</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/convert.py" />
      <source>feature {fid}{named} and feature {other}{other_named} share {share} of the smaller footprint ({area} m2): both are counted; if one is a part of the other, give it el_gfa 0 or delete it</source>
      <translation>要素 {fid}{named} 与要素 {other}{other_named} 重叠，占较小基底的 {share}（{area} m2）：两者都计入；如其中一个是另一个的一部分，请将其 el_gfa 设为 0 或删除</translation>
    </message>
    <message>
      <source>feature {fid}{named}: the same footprint as feature {other}{other_named}; el_gfa set to 0 so that it is left out of the totals (clear el_gfa to count it)</source>
      <translation type="obsolete">要素 {fid}{named}：基底与要素 {other}{other_named} 完全相同；el_gfa 已设为 0，不计入合计（清空 el_gfa 即计入）</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/convert.py" />
      <source>feature {fid}{named}: the same footprint as feature {other}{other_named}; el_gfa set to 0 so that it is left out of the totals{hint}</source>
      <translation>要素 {fid}{named}：基底与要素 {other}{other_named} 完全相同；el_gfa 已设为 0，不计入合计{hint}</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/convert.py" />
      <source>feature {fid}{named}: {height} m / {storey} m gives {floors} floors; capped at {cap} (give its el_floors or el_gfa if it has more)</source>
      <translation>要素 {fid}{named}：{height} m / {storey} m 得 {floors} 层，按上限取 {cap} 层（如实际更多，请填写 el_floors 或 el_gfa）</translation>
    </message>
    <message>
      <location filename="../core/checks.py" />
      <source>floor area including underground</source>
      <translation>含地下建筑面积</translation>
    </message>
    <message>
      <location filename="../core/optimise/options.py" />
      <source>floor area ratio limit</source>
      <translation>容积率上限</translation>
    </message>
    <message>
      <location filename="../gui/module_card.py" />
      <source>floor area set by el_gfa</source>
      <translation>由 el_gfa 设定</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/convert.py" />
      <source>floor cap {cap}: give a whole number from 0 (no cap) to {most} (the most floors el_floors holds)</source>
      <translation>层数上限 {cap}：请填 0（不封顶）到 {most}（el_floors 可容纳的最大层数）之间的整数</translation>
    </message>
    <message>
      <source>floors derived from height for {count}</source>
      <translation type="obsolete">{count} 个按高度推算层数</translation>
    </message>
    <message>
      <location filename="../core/optimise/options.py" />
      <source>fund balance</source>
      <translation>资金平衡</translation>
    </message>
    <message>
      <location filename="../core/optimise/evaluate.py" />
      <source>fund balance (unit {unit})</source>
      <translation>资金平衡（单元 {unit}）</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>gap</source>
      <translation>间隙</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>geometry</source>
      <translation>几何形状</translation>
    </message>
    <message>
      <location filename="../core/optimise/options.py" />
      <source>height limit</source>
      <translation>限高</translation>
    </message>
    <message>
      <location filename="../gui/risk_panel.py" />
      <source>high</source>
      <translation>高值</translation>
    </message>
    <message>
      <location filename="../core/checks.py" />
      <source>incl. underground</source>
      <translation>含地下</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_assumptions.py" />
      <location filename="../io/resettlement_sheet.py" />
      <source>income</source>
      <translation>收入</translation>
    </message>
    <message>
      <location filename="../cli/compare.py" />
      <source>indicator</source>
      <translation>指标</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/industrial.py" />
      <source>industrial</source>
      <translation>工业用地</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" />
      <source>industrial land</source>
      <translation>工业用地</translation>
    </message>
    <message>
      <location filename="../cli/optimise.py" />
      <location filename="../gui/optimise_dialog.py" />
      <source>infeasible</source>
      <translation>无可行解</translation>
    </message>
    <message>
      <location filename="../cli/optimise.py" />
      <source>infeasible when recomputed by the engine</source>
      <translation>经测算引擎复核不可行</translation>
    </message>
    <message>
      <location filename="../core/location.py" />
      <source>inside</source>
      <translation>内</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>inside an ecological protection red line</source>
      <translation>位于生态保护红线内</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/location.py" />
      <source>invalid</source>
      <translation>无效</translation>
    </message>
    <message>
      <location filename="../cli/industrial.py" />
      <source>land (mu)</source>
      <translation>用地（亩）</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>land area is zero</source>
      <translation>用地面积为 0</translation>
    </message>
    <message>
      <location filename="../cli/compare.py" />
      <source>largest first:</source>
      <translation>按金额从大到小：</translation>
    </message>
    <message>
      <location filename="../cli/indicators.py" />
      <source>left out: feature {fid} ({module_id}): {message}</source>
      <translation>未计入：要素 {fid}（{module_id}）：{message}</translation>
    </message>
    <message>
      <location filename="../io/industrial_sheet.py" />
      <source>level not known</source>
      <translation>层级未知</translation>
    </message>
    <message>
      <location filename="../cli/optimise.py" />
      <source>linear estimate {estimate}, recomputed exactly {exact}: difference {difference} (10,000 CNY)</source>
      <translation>线性估算 {estimate}，精确复算 {exact}：差额 {difference}（万元）</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/optimise.py" />
      <source>locked</source>
      <translation>锁定</translation>
    </message>
    <message>
      <location filename="../core/optimise/options.py" />
      <source>locked modules</source>
      <translation>锁定模块</translation>
    </message>
    <message>
      <location filename="../gui/risk_panel.py" />
      <source>low</source>
      <translation>低值</translation>
    </message>
    <message>
      <location filename="../io/feasibility_sheets.py" />
      <source>mid-year</source>
      <translation>年中计息</translation>
    </message>
    <message>
      <location filename="../core/module.py" />
      <source>module id {module_id} is used by {count} modules: features {features} (a module id must be unique within the scheme)</source>
      <translation>模块编号{module_id}重复（{count} 个模块）：要素 {features}（模块编号应在方案内唯一）</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" />
      <source>money in 10,000 CNY</source>
      <translation>金额单位：万元</translation>
    </message>
    <message>
      <location filename="../gui/risk_panel.py" />
      <source>most likely</source>
      <translation>最可能值</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>neither in a dominant sector nor high-tech</source>
      <translation>既非主导产业也非高新技术企业</translation>
    </message>
    <message>
      <location filename="../cli/balance.py" />
      <location filename="../cli/optimise.py" />
      <location filename="../cli/risk.py" />
      <source>net profit</source>
      <translation>净利润</translation>
    </message>
    <message>
      <location filename="../cli/optimise.py" />
      <source>net profit after tax and finance</source>
      <translation>税后及财务费用后净利润</translation>
    </message>
    <message>
      <location filename="../core/optimise/options.py" />
      <source>new blocks need the buildings under them demolished</source>
      <translation>新增地块须先拆除其下现状建筑</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <location filename="../io/feasibility_sheets.py" />
      <location filename="../io/sheet_labels.py" />
      <location filename="../io/tax_detail_sheet.py" />
      <location filename="../qgis_adapter/industrial.py" />
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../core/messages.py" />
      <source>no area: the geometry has no area and el_gfa is empty</source>
      <translation>无面积：几何无面积且建筑面积为空</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_assumptions.py" />
      <source>no cap</source>
      <translation>不封顶</translation>
    </message>
    <message>
      <location filename="../core/checks.py" />
      <source>no existing floor area</source>
      <translation>无现状建筑面积</translation>
    </message>
    <message>
      <location filename="../core/messages.py" />
      <source>no floor area: el_gfa and el_floors are both empty</source>
      <translation>无建筑面积：建筑面积与层数均为空</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>no geometry</source>
      <translation>没有几何图形</translation>
    </message>
    <message>
      <location filename="../core/checks.py" />
      <source>no household is resettled in kind</source>
      <translation>无产权调换安置户</translation>
    </message>
    <message>
      <location filename="../core/checks.py" />
      <source>no households are moved</source>
      <translation>无搬迁居民</translation>
    </message>
    <message>
      <location filename="../cli/industrial.py" />
      <source>no park</source>
      <translation>不属于园区</translation>
    </message>
    <message>
      <location filename="../cli/optimise.py" />
      <location filename="../gui/optimise_dialog.py" />
      <source>no solution in the time limit</source>
      <translation>时限内未找到解</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>non-residential</source>
      <translation>非住宅</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <location filename="../gui/resettlement_panel.py" />
      <location filename="../io/resettlement_sheet.py" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../cli/indicators.py" />
      <source>none (the flow ends below zero)</source>
      <translation>无（累计现金流最终为负）</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/sources.py" />
      <source>not an economic layer (a polygon layer with the el_ fields); convert it first</source>
      <translation>不是经济图层（带 el_ 字段的面图层）；请先转换</translation>
    </message>
    <message>
      <location filename="../cli/upgrade.py" />
      <source>not an economic layer, older or current (no el_ fields); convert it</source>
      <translation>不是经济图层（旧版或现版均不是，没有 el_ 字段）；请先转换</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/industrial.py" />
      <source>not an industrial layer (missing {fields})</source>
      <translation>不是工业用地图层（缺少 {fields}）</translation>
    </message>
    <message>
      <location filename="../cli/optimise.py" />
      <location filename="../gui/optimise_dialog.py" />
      <source>not built</source>
      <translation>不建</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/industrial.py" />
      <source>not classified</source>
      <translation>未分类</translation>
    </message>
    <message>
      <location filename="../cli/optimise.py" />
      <source>not enforced in this run: {checks}</source>
      <translation>本次未强制的校核：{checks}</translation>
    </message>
    <message>
      <location filename="../core/checks.py" />
      <source>not evaluated</source>
      <translation>未评估</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/style.py" />
      <source>not set</source>
      <translation>未设置</translation>
    </message>
    <message>
      <location filename="../core/checks.py" />
      <source>nothing above ground is demolished</source>
      <translation>无地上（计容）拆除面积</translation>
    </message>
    <message>
      <location filename="../cli/optimise.py" />
      <source>nothing better than the scheme as it is was found (every scheme the program chose was worth less, recomputed exactly, and no single change improves it): it is kept</source>
      <translation>未找到优于现方案的方案（规划求解选出的方案经精确复算均更差，且任一单项调整均不能改进）：保留现方案</translation>
    </message>
    <message>
      <location filename="../core/checks.py" />
      <source>nothing is demolished</source>
      <translation>无拆除</translation>
    </message>
    <message>
      <location filename="../cli/optimise.py" />
      <source>objective ({objective}) before {before}{failing}, after {after} (10,000 CNY)</source>
      <translation>目标（{objective}）优化前 {before}{failing}，优化后 {after}（万元）</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <location filename="../io/resettlement_sheet.py" />
      <source>of which calibration: cost (10,000 CNY)</source>
      <translation>其中校准支出（万元）</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <location filename="../io/resettlement_sheet.py" />
      <source>of which calibration: income (10,000 CNY)</source>
      <translation>其中校准收入（万元）</translation>
    </message>
    <message>
      <location filename="../io/calibration_rows.py" />
      <source>of which calibration: income (unit lump sums)</source>
      <translation>其中校准收入（单元专项收入）</translation>
    </message>
    <message>
      <location filename="../io/calibration_rows.py" />
      <source>of which calibration: investment (unit lump sums)</source>
      <translation>其中校准投资（单元专项支出）</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <location filename="../io/resettlement_sheet.py" />
      <source>of which in cash</source>
      <translation>其中货币补偿</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <location filename="../io/resettlement_sheet.py" />
      <source>of which in kind (on site or nearby)</source>
      <translation>其中产权调换（就地就近）</translation>
    </message>
    <message>
      <location filename="../core/optimise/options.py" />
      <source>on-site resettlement capacity</source>
      <translation>就地安置容量</translation>
    </message>
    <message>
      <location filename="../cli/optimise.py" />
      <location filename="../gui/optimise_dialog.py" />
      <source>optimal</source>
      <translation>最优</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>optimised</source>
      <translation>优化</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>ordinary residential</source>
      <translation>普通住宅</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>other residential</source>
      <translation>其他住宅</translation>
    </message>
    <message>
      <location filename="../cli/optimise.py" />
      <source>out of scope: {scope} modules outside the scope keep their action; {acquisition} retained buildings are not renovated (they would have to be acquired: --acquire-retained with an acquisition rate)</source>
      <translation>范围之外：{scope} 个范围外模块保持原处置方式；{acquisition} 栋保留建筑不改造（需先收购：使用 --acquire-retained 并设定收购单价）</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>output {value} per mu below the {level} threshold {limit} (10,000 CNY)</source>
      <translation>亩均产值 {value} 万元，低于{level}门槛 {limit} 万元</translation>
    </message>
    <message>
      <location filename="../core/location.py" />
      <source>own price wins</source>
      <translation>采用模块自身价格，不乘区位系数</translation>
    </message>
    <message>
      <location filename="../io/feasibility_sheets.py" />
      <source>paid by equity</source>
      <translation>股东投入</translation>
    </message>
    <message>
      <location filename="../core/checks.py" />
      <location filename="../core/industrial.py" />
      <source>pass</source>
      <translation>通过</translation>
    </message>
    <message>
      <location filename="../gui/feasibility_view.py" />
      <source>per unit, see Project</source>
      <translation>按单元计算，见“项目”页</translation>
    </message>
    <message>
      <location filename="../cli/industrial.py" />
      <source>persons/km2</source>
      <translation>人/平方千米</translation>
    </message>
    <message>
      <location filename="../cli/balance.py" />
      <source>plot m2</source>
      <translation>融资地块（平方米）</translation>
    </message>
    <message>
      <location filename="../cli/industrial.py" />
      <source>plots</source>
      <translation>地块数</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>present</source>
      <translation>有</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <source>price book</source>
      <translation>价格成本表</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/convert.py" />
      <source>price book: {book}</source>
      <translation>价格成本表：{book}</translation>
    </message>
    <message>
      <location filename="../cli/check.py" />
      <location filename="../core/optimise/options.py" />
      <location filename="../io/sheet_labels.py" />
      <source>project</source>
      <translation>项目</translation>
    </message>
    <message>
      <location filename="../cli/optimise.py" />
      <source>project NPV after the feasibility stack</source>
      <translation>计入税费与融资后的项目净现值</translation>
    </message>
    <message>
      <location filename="../cli/location.py" />
      <source>project: location is worth {income} (10,000 CNY) of income</source>
      <translation>项目：区位价值带来收入 {income}（万元）</translation>
    </message>
    <message>
      <location filename="../cli/optimise.py" />
      <source>proven optimal (the program's values are the engine's figures, its solve optimal)</source>
      <translation>已证明最优（规划模型的数值即测算引擎的结果，求解为最优）</translation>
    </message>
    <message>
      <location filename="../cli/publish.py" />
      <source>published {layer} as {table} ({count} modules)</source>
      <translation>已将 {layer} 发布为 {table}（{count} 个模块）</translation>
    </message>
    <message>
      <location filename="../core/optimise/options.py" />
      <source>range rule</source>
      <translation>区间控制</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>read and edit</source>
      <translation>可读可编辑</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>read only (the database does not let you edit)</source>
      <translation>只读（数据库不允许您编辑）</translation>
    </message>
    <message>
      <location filename="../core/optimise/options.py" />
      <source>rebuild ratio cap</source>
      <translation>拆建比上限</translation>
    </message>
    <message>
      <location filename="../core/compare.py" />
      <source>removed</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../core/optimise/options.py" />
      <source>resettlement minimum</source>
      <translation>就地就近安置率下限</translation>
    </message>
    <message>
      <location filename="../core/compare.py" />
      <source>resettlement, lump sums</source>
      <translation>安置、专项收支</translation>
    </message>
    <message>
      <location filename="../cli/optimise.py" />
      <source>round {number}: estimate {estimate}, exact {exact}, difference {difference} (10,000 CNY), {changes} changes</source>
      <translation>第 {number} 轮：估算 {estimate}，精确 {exact}，差额 {difference}（万元），调整 {changes} 处</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>safety evaluation not passed</source>
      <translation>未通过安全评价</translation>
    </message>
    <message>
      <location filename="../io/feasibility_sheets.py" />
      <source>sale</source>
      <translation>出售</translation>
    </message>
    <message>
      <location filename="../gui/module_card.py" />
      <source>sale x{sale}, rent x{rent}</source>
      <translation>售价 ×{sale}，租金 ×{rent}</translation>
    </message>
    <message>
      <location filename="../io/feasibility_sheets.py" />
      <location filename="../io/tax_detail_sheet.py" />
      <source>sales income</source>
      <translation>销售收入</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/convert.py" />
      <source>storey height {part!r}: between 1.5 and 20 m</source>
      <translation>层高 {part!r}：应在 1.5 至 20 米之间</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/convert.py" />
      <source>storey height {part!r}: give use=metres, e.g. office=4.0</source>
      <translation>层高 {part!r}：请写成 用途=米数，如 office=4.0</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/convert.py" />
      <source>storey height {part!r}: unknown use (known: {uses})</source>
      <translation>层高 {part!r}：未知用途（可用：{uses}）</translation>
    </message>
    <message>
      <location filename="../cli/balance.py" />
      <location filename="../io/feasibility_sheets.py" />
      <location filename="../io/tax_detail_sheet.py" />
      <source>subsidy</source>
      <translation>补贴</translation>
    </message>
    <message>
      <location filename="../cli/balance.py" />
      <source>subsidy PV</source>
      <translation>补贴现值</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>tax {value} per mu below the {level} threshold {limit} (10,000 CNY)</source>
      <translation>亩均税收 {value} 万元，低于{level}门槛 {limit} 万元</translation>
    </message>
    <message>
      <location filename="../core/messages.py" />
      <source>the geometry is not a valid polygon: {value}</source>
      <translation>几何不是有效的面：{value}</translation>
    </message>
    <message>
      <location filename="../dependencies.py" />
      <source>the indicator tables, comparison, export and report (the whole plugin)</source>
      <translation>指标表、方案比较、导出和报告（插件的全部功能）</translation>
    </message>
    <message>
      <location filename="../dependencies.py" />
      <source>the optimiser (mixed-integer solver)</source>
      <translation>方案优化（整数规划求解）</translation>
    </message>
    <message>
      <location filename="../io/feasibility_sheets.py" />
      <source>the project (one taxpayer)</source>
      <translation>项目整体（一个纳税人）</translation>
    </message>
    <message>
      <location filename="../gui/overview.py" />
      <source>the project: {count} rates</source>
      <translation>项目：{count} 个收益率</translation>
    </message>
    <message>
      <location filename="../dependencies.py" />
      <source>the spreadsheet export (Table 1, the workbook)</source>
      <translation>导出 Excel 表（表 1、工作簿）</translation>
    </message>
    <message>
      <location filename="../core/checks.py" />
      <source>the unit has no floor area ratio limit</source>
      <translation>项目单元缺少容积率上限</translation>
    </message>
    <message>
      <location filename="../core/checks.py" />
      <source>the unit has no height limit</source>
      <translation>项目单元缺少限高</translation>
    </message>
    <message>
      <location filename="../core/checks.py" />
      <source>the unit has no land area</source>
      <translation>项目单元缺少用地面积</translation>
    </message>
    <message>
      <location filename="../cli/compare.py" />
      <source>the {shown} largest of {count}:</source>
      <translation>共 {count} 项，列出金额最大的 {shown} 项：</translation>
    </message>
    <message>
      <location filename="../cli/optimise.py" />
      <source>these constraints conflict (relax one of them):</source>
      <translation>以下约束相互冲突（放宽其中之一）：</translation>
    </message>
    <message>
      <location filename="../cli/balance.py" />
      <location filename="../io/sheet_labels.py" />
      <source>unit</source>
      <translation>单元</translation>
    </message>
    <message>
      <location filename="../core/engine.py" />
      <source>unit '{code}' is not one of the scheme's project units ({declared}): module(s) {named} (a typo in el_unit?)</source>
      <translation>项目单元“{code}”不在方案的项目单元（{declared}）中：模块 {named}（el_unit 是否输错？）</translation>
    </message>
    <message>
      <location filename="../cli/check.py" />
      <location filename="../core/optimise/options.py" />
      <source>unit {unit}</source>
      <translation>单元 {unit}</translation>
    </message>
    <message>
      <location filename="../core/balance.py" />
      <source>unit {unit} balances already: no financing plot or subsidy is needed</source>
      <translation>单元 {unit} 已资金平衡，无需融资地块或补贴</translation>
    </message>
    <message>
      <location filename="../core/balance.py" />
      <source>unit {unit} has no modules and no lump sums</source>
      <translation>单元 {unit} 不存在</translation>
    </message>
    <message>
      <location filename="../core/balance.py" />
      <source>unit {unit}: a financing plot of {area} m2 of {use} at {price} yuan/m2, or a subsidy of {subsidy} (10,000 CNY){pv}</source>
      <translation>单元 {unit}：融资地块 {area} m2 {use}（{price} 元/m2），或补贴 {subsidy} 万元{pv}</translation>
    </message>
    <message>
      <location filename="../core/balance.py" />
      <source>unit {unit}: each extra m2 of {use} at {price} yuan/m2 loses {per} yuan, so no financing plot can balance it; a subsidy of {subsidy} (10,000 CNY){pv} would</source>
      <translation>单元 {unit}：每增加 1 m2 {use}（{price} 元/m2）亏损 {per} 元，融资地块无法平衡；需补贴 {subsidy} 万元{pv}</translation>
    </message>
    <message>
      <location filename="../cli/location.py" />
      <source>unit {unit}: location is worth {income} (10,000 CNY) of income</source>
      <translation>单元 {unit}：区位价值带来收入 {income}（万元）</translation>
    </message>
    <message>
      <location filename="../core/balance.py" />
      <source>unit {unit}: not even {most} m2 of {use} at {price} yuan/m2 (the most floor area a module may have) balances it; a subsidy of {subsidy} (10,000 CNY){pv} would</source>
      <translation>单元 {unit}：即使 {most} m2 的{use}（单价 {price} 元/m2，单个模块建筑面积的上限）也无法实现资金平衡；需补贴 {subsidy} 万元{pv}</translation>
    </message>
    <message>
      <location filename="../cli/compare.py" />
      <source>unit {unit}: resettlement and lump sums</source>
      <translation>单元 {unit}：安置与专项收支</translation>
    </message>
    <message>
      <location filename="../gui/overview.py" />
      <source>unit {unit}: {count} rates</source>
      <translation>单元 {unit}：{count} 个收益率</translation>
    </message>
    <message>
      <location filename="../core/checks.py" />
      <source>unknown quantity {quantity}</source>
      <translation>未知指标 {quantity}</translation>
    </message>
    <message>
      <location filename="../io/feasibility_sheets.py" />
      <source>valuation</source>
      <translation>估值</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>variables</source>
      <translation>个变量</translation>
    </message>
    <message>
      <location filename="../cli/compare.py" />
      <source>what changed from {base} to {scheme}: {modules} modules and {units} unit rows (resettlement and lump sums), net profit {delta} (10,000 CNY); {largest}</source>
      <translation>从 {base} 到 {scheme} 的变化：{modules} 个模块和 {units} 个单元行（安置与专项收支），净利润 {delta}（万元）；{largest}</translation>
    </message>
    <message>
      <location filename="../cli/location_map.py" />
      <source>wrote {layer}: {count} modules, {located} located; location is worth {income} (10,000 CNY) of income</source>
      <translation>已写出 {layer}：{count} 个模块，{located} 个有区位；区位带来收入 {income}（万元）</translation>
    </message>
    <message>
      <location filename="../cli/export.py" />
      <location filename="../cli/industrial.py" />
      <source>wrote {path}</source>
      <translation>已写出 {path}</translation>
    </message>
    <message>
      <location filename="../cli/optimise.py" />
      <source>wrote {path} (layer {layer})</source>
      <translation>已写出 {path}（图层 {layer}）</translation>
    </message>
    <message>
      <location filename="../cli/report.py" />
      <source>wrote {path} ({seconds} s)</source>
      <translation>已写出 {path}（{seconds} 秒）</translation>
    </message>
    <message>
      <location filename="../io/feasibility_sheets.py" />
      <source>year end</source>
      <translation>年末计息</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <location filename="../io/feasibility_sheets.py" />
      <location filename="../io/resettlement_sheet.py" />
      <location filename="../io/sheet_labels.py" />
      <location filename="../io/tax_detail_sheet.py" />
      <location filename="../qgis_adapter/industrial.py" />
      <location filename="../qgis_adapter/optimise.py" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>{capped} floors capped, {duplicates} duplicate footprints left out, {overlaps} heavy overlaps: see the log panel (Economic Layer).</source>
      <translation type="obsolete">{capped} 个要素层数被封顶，{duplicates} 个重复轮廓不计入，{overlaps} 处严重重叠：详见日志面板（Economic Layer）。</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>{category} not evaluated (missing {fields})</source>
      <translation>{category}未评价（缺 {fields}）</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>{count} commits; Δ: how the project's net profit and NPV moved with each (10,000 CNY).</source>
      <translation>共 {count} 次提交；Δ：每次提交后项目净收益和净现值的变化（万元）。</translation>
    </message>
    <message>
      <location filename="../core/checks.py" />
      <source>{count} demolished module(s) have no el_households</source>
      <translation>{count} 个拆除模块缺少居民户数</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/convert.py" />
      <source>{count} exact duplicates left out (el_gfa 0)</source>
      <translation>{count} 个完全重复的基底不计入（el_gfa 为 0）</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/convert.py" />
      <source>{count} features converted</source>
      <translation>已转换 {count} 个要素</translation>
    </message>
    <message>
      <source>{count} features converted into {name}.</source>
      <translation type="obsolete">已将 {count} 个要素转换为 {name}。</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/convert.py" />
      <source>{count} floors capped</source>
      <translation>{count} 个层数按上限截取</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/convert.py" />
      <source>{count} heavy overlaps (counted)</source>
      <translation>{count} 处严重重叠（均计入）</translation>
    </message>
    <message>
      <location filename="../core/report_content.py" />
      <source>{count} left out of the totals</source>
      <translation>{count} 个未计入合计</translation>
    </message>
    <message>
      <location filename="../core/checks.py" />
      <source>{count} module(s) have neither el_height nor el_floors</source>
      <translation>{count} 个模块缺少高度和层数</translation>
    </message>
    <message>
      <location filename="../core/report_content.py" />
      <source>{count} modules</source>
      <translation>{count} 个模块</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" />
      <source>{count} modules are left out of the totals.</source>
      <translation>{count} 个模块未计入合计。</translation>
    </message>
    <message>
      <location filename="../gui/excluded_panel.py" />
      <source>{count} modules are left out of the totals. Click one to zoom to it.</source>
      <translation>{count} 个模块未计入合计。点击可缩放至该模块。</translation>
    </message>
    <message>
      <location filename="../gui/module_card.py" />
      <source>{count} modules are selected: the first is shown.</source>
      <translation>已选择 {count} 个模块：显示第一个。</translation>
    </message>
    <message>
      <location filename="../cli/optimise.py" />
      <source>{count} modules change, largest first (10,000 CNY):</source>
      <translation>{count} 个模块调整，按金额从大到小（万元）：</translation>
    </message>
    <message>
      <location filename="../processing_provider/postgis_algorithms.py" />
      <source>{count} modules published as {name}</source>
      <translation>已发布 {count} 个模块为 {name}</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>{count} modules published to PostGIS as {name}.</source>
      <translation>已将 {count} 个模块发布到 PostGIS，名为 {name}。</translation>
    </message>
    <message>
      <location filename="../cli/common.py" />
      <location filename="../cli/risk.py" />
      <source>{count} modules were left out of the totals</source>
      <translation>{count} 个模块未计入合计</translation>
    </message>
    <message>
      <location filename="../cli/optimise.py" />
      <source>{count} modules were left out of the totals (they keep their action)</source>
      <translation>{count} 个模块未计入合计（保持原处置方式）</translation>
    </message>
    <message>
      <location filename="../io/risk_sheet.py" />
      <source>{count} modules: above {limit}; run `economic-layer risk` for this scheme.</source>
      <translation>{count} 个模块，超过 {limit}；请用 `economic-layer risk` 计算该方案。</translation>
    </message>
    <message>
      <location filename="../gui/overview.py" />
      <source>{count} rates of return: IRR is ambiguous</source>
      <translation>{count} 个收益率：内部收益率不唯一</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>{count} rule(s): {rules}</source>
      <translation>{count} 条规则：{rules}</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>{count} schemes built in {path}: select one to see its economics; the Compare tab compares them.</source>
      <translation>已在 {path} 生成 {count} 个方案：选中一个查看其经济测算；“比较”页比较各方案。</translation>
    </message>
    <message>
      <location filename="../gui/module_card.py" />
      <source>{count} values come from the price book.</source>
      <translation>{count} 项取值来自价格成本表。</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/convert.py" />
      <source>{count} values could not be read (left empty)</source>
      <translation>{count} 个值无法读取（留空）</translation>
    </message>
    <message>
      <source>{count} values could not be read and were left empty: see the log panel (Economic Layer).</source>
      <translation type="obsolete">{count} 个值无法识别，已留空：详见日志面板（Economic Layer）。</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>{count} values could not be used (see the log panel).</source>
      <translation>{count} 个数值无法使用（见日志面板）。</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/convert.py" />
      <source>{count} values of the source's el_ fields kept</source>
      <translation>保留源图层 el_ 字段的 {count} 个值</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>{count} values suggested: review them in the attribute table and save the layer (undo to take them back).</source>
      <translation>已建议 {count} 个数值：请在属性表中核对并保存图层（可撤销）。</translation>
    </message>
    <message>
      <location filename="../core/report_content.py" />
      <location filename="../gui/checks_panel.py" />
      <source>{failed} failed, {passed} passed, {open} not evaluated</source>
      <translation>{failed} 项未通过，{passed} 项通过，{open} 项未评估</translation>
    </message>
    <message>
      <location filename="../core/messages.py" />
      <source>{field} has an unknown value: {value} (allowed: {allowed})</source>
      <translation>{field}取值无法识别：{value}（可选：{allowed}）</translation>
    </message>
    <message>
      <location filename="../core/messages.py" />
      <source>{field} is 0: the module has no floor area</source>
      <translation>{field}为 0：模块没有建筑面积</translation>
    </message>
    <message>
      <location filename="../core/messages.py" />
      <source>{field} is above {limit}: {value}</source>
      <translation>{field}大于{limit}：{value}</translation>
    </message>
    <message>
      <location filename="../core/messages.py" />
      <source>{field} is below {limit}: {value}</source>
      <translation>{field}小于{limit}：{value}</translation>
    </message>
    <message>
      <location filename="../core/messages.py" />
      <source>{field} is empty</source>
      <translation>{field}为空</translation>
    </message>
    <message>
      <location filename="../core/messages.py" />
      <source>{field} is negative: {value}</source>
      <translation>{field}为负数：{value}</translation>
    </message>
    <message>
      <location filename="../core/messages.py" />
      <source>{field} is not a finite number: {value}</source>
      <translation>{field}不是有限数值：{value}</translation>
    </message>
    <message>
      <location filename="../core/messages.py" />
      <source>{field} is not a number: {value}</source>
      <translation>{field}不是数字：{value}</translation>
    </message>
    <message>
      <location filename="../core/messages.py" />
      <source>{field} must be a whole number: {value}</source>
      <translation>{field}应为整数：{value}</translation>
    </message>
    <message>
      <location filename="../core/messages.py" />
      <source>{field} must be between 0 and 1: {value}</source>
      <translation>{field}应在 0 到 1 之间：{value}</translation>
    </message>
    <message>
      <location filename="../io/industrial_sheet.py" />
      <source>{indicator} / district</source>
      <translation>{indicator}／全域</translation>
    </message>
    <message>
      <location filename="../processing_provider/inputs.py" />
      <location filename="../processing_provider/report_algorithm.py" />
      <source>{layer} is not an economic layer: it lacks the el_ fields. Convert it first.</source>
      <translation>{layer} 不是经济图层：缺少 el_ 字段。请先转换。</translation>
    </message>
    <message>
      <location filename="../processing_provider/industrial_algorithms.py" />
      <source>{layer} is not an industrial layer: it lacks the el_ind_ fields.</source>
      <translation>{layer} 不是工业用地图层：缺少 el_ind_ 字段。</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/location.py" />
      <source>{layer}: feature {fid} has an invalid geometry ({why}); skipped</source>
      <translation>{layer}：要素 {fid} 的几何图形无效（{why}），已跳过</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/location.py" />
      <source>{layer}: feature {fid} has no geometry; skipped</source>
      <translation>{layer}：要素 {fid} 没有几何图形，已跳过</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/location.py" />
      <source>{layer}: no such location layer in the project (rule layer name)</source>
      <translation>{layer}：项目中没有这个区位图层（规则中的图层名）</translation>
    </message>
    <message>
      <location filename="../cli/location_map.py" />
      <source>{layer}: the style was not saved ({why})</source>
      <translation>{layer}：样式未能保存（{why}）</translation>
    </message>
    <message>
      <location filename="../cli/location.py" />
      <source>{module_id} ({use}): sale x{sale}, rent x{rent}</source>
      <translation>{module_id}（{use}）：售价 ×{sale}，租金 ×{rent}</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" />
      <source>{modules} modules</source>
      <translation>{modules} 个模块</translation>
    </message>
    <message>
      <location filename="../gui/commands/upgrade_commands.py" />
      <source>{name} is no longer in the project: nothing was upgraded.</source>
      <translation>{name} 已不在项目中：未升级任何图层。</translation>
    </message>
    <message>
      <location filename="../gui/commands/upgrade_commands.py" />
      <source>{name} lacks {fields}: an economic layer of an older version.</source>
      <translation>{name} 缺少 {fields}：旧版本的经济图层。</translation>
    </message>
    <message>
      <location filename="../gui/commands/upgrade_commands.py" />
      <source>{name} upgraded: {fields} added, every value kept.</source>
      <translation>{name} 已升级：已添加 {fields}，已有数值全部保留。</translation>
    </message>
    <message>
      <location filename="../gui/commands/upgrade_commands.py" />
      <source>{name} was not upgraded: {error}</source>
      <translation>{name} 未升级：{error}</translation>
    </message>
    <message>
      <location filename="../cli/upgrade.py" />
      <source>{name}: added {fields} (empty; every other value kept)</source>
      <translation>{name}：已添加 {fields}（为空；其他数值全部保留）</translation>
    </message>
    <message>
      <location filename="../cli/upgrade.py" />
      <source>{name}: an UPDATE without el_version is refused</source>
      <translation>{name}：不带 el_version 的 UPDATE 将被拒绝</translation>
    </message>
    <message>
      <location filename="../cli/upgrade.py" />
      <source>{name}: an UPDATE without el_version is taken</source>
      <translation>{name}：不带 el_version 的 UPDATE 将被接受</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/industrial.py" />
      <location filename="../qgis_adapter/optimise.py" />
      <source>{name}: cannot be edited</source>
      <translation>{name}：无法编辑</translation>
    </message>
    <message>
      <location filename="../cli/upgrade.py" />
      <source>{name}: constraints, triggers and history function of this version installed</source>
      <translation>{name}：已安装本版本的约束、触发器和修改记录函数</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/convert.py" />
      <source>{name}: feature {fid} could not be written</source>
      <translation>{name}：要素 {fid} 无法写入</translation>
    </message>
    <message>
      <location filename="../cli/balance.py" />
      <source>{name}: fund balance (10,000 CNY): net profit {net}, NPV {npv}, subsidy {subsidy}</source>
      <translation>{name}：资金平衡（万元）：净利润 {net}，净现值 {npv}，补贴 {subsidy}</translation>
    </message>
    <message>
      <location filename="../cli/upgrade.py" />
      <source>{name}: no field missing</source>
      <translation>{name}：没有缺少的字段</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/industrial.py" />
      <source>{name}: no field {field!r}</source>
      <translation>{name}：没有字段 {field!r}</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/convert.py" />
      <source>{name}: no field {field!r} (mapped to {role})</source>
      <translation>{name}：没有字段 {field!r}（对应 {role}）</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/optimise.py" />
      <source>{name}: no field {field!r} to read locks from</source>
      <translation>{name}：没有用于读取锁定的字段 {field!r}</translation>
    </message>
    <message>
      <location filename="../cli/location.py" />
      <source>{name}: no location rules (store them with the scheme, or give --rules)</source>
      <translation>{name}：没有区位规则（请随方案保存规则，或用 --rules 指定）</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/convert.py" />
      <location filename="../qgis_adapter/industrial.py" />
      <source>{name}: not a polygon layer</source>
      <translation>{name}：不是面图层</translation>
    </message>
    <message>
      <location filename="../cli/check.py" />
      <source>{name}: policy checks</source>
      <translation>{name}：政策校核</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/optimise.py" />
      <source>{name}: that is the scheme itself; give the optimised scheme another name</source>
      <translation>{name}：这是方案本身；请为优化后的方案另取名称</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/industrial.py" />
      <source>{name}: the actions could not be written</source>
      <translation>{name}：无法写入留改拆增</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/gpkg.py" />
      <source>{name}: the assumptions could not be saved</source>
      <translation>{name}：无法保存参数</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/convert.py" />
      <source>{name}: the converted layer cannot be opened</source>
      <translation>{name}：无法打开转换后的图层</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/gpkg.py" />
      <location filename="../qgis_adapter/industrial.py" />
      <source>{name}: the coordinate reference system is not valid</source>
      <translation>{name}：坐标参照系无效</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/optimise.py" />
      <source>{name}: the copy cannot be opened</source>
      <translation>{name}：无法打开副本</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/optimise.py" />
      <source>{name}: the copy has {copied} features, the scheme {count}</source>
      <translation>{name}：副本有 {copied} 个要素，方案有 {count} 个</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/gpkg.py" />
      <source>{name}: the layer cannot be written in the GeoPackage</source>
      <translation>{name}：无法将图层写入 GeoPackage</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/gpkg.py" />
      <location filename="../qgis_adapter/industrial.py" />
      <source>{name}: the new layer cannot be opened</source>
      <translation>{name}：无法打开新图层</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/optimise.py" />
      <source>{name}: the optimised actions could not be saved</source>
      <translation>{name}：无法保存优化后的留改拆增</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/optimise.py" />
      <source>{name}: the optimised scheme cannot be written in the GeoPackage</source>
      <translation>{name}：无法将优化方案写入 GeoPackage</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/industrial.py" />
      <source>{name}: the relocation modules could not be written</source>
      <translation>{name}：无法写入搬迁模块</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/convert.py" />
      <location filename="../qgis_adapter/industrial.py" />
      <source>{name}: the source layer is not a valid vector layer</source>
      <translation>{name}：源图层不是有效的矢量图层</translation>
    </message>
    <message>
      <location filename="../cli/risk.py" />
      <source>{name}: tornado (10,000 CNY; NPV low / high, net profit low / high)</source>
      <translation>{name}：龙卷风图（万元；净现值 低 / 高，净利润 低 / 高）</translation>
    </message>
    <message>
      <location filename="../cli/balance.py" />
      <source>{name}: unit {unit} has no modules (units: {units})</source>
      <translation>{name}：单元 {unit} 没有模块（现有单元：{units}）</translation>
    </message>
    <message>
      <location filename="../cli/indicators.py" />
      <source>{name}: {count} modules, {excluded} left out of the totals</source>
      <translation>{name}：{count} 个模块，{excluded} 个未计入合计</translation>
    </message>
    <message>
      <location filename="../cli/industrial.py" />
      <source>{name}: {count} plots (money in 10,000 CNY; per mu, 1 mu = 666.67 m2)</source>
      <translation>{name}：{count} 个地块（金额单位万元；亩均，1 亩 = 666.67 平方米）</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/industrial.py" />
      <source>{park}: no plot of the park to place the rebuilt floor area on</source>
      <translation>{park}：园区内没有可放置新建建筑面积的地块</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/industrial.py" />
      <source>{park}: {count} plots moved in have no el_ind_floor_area (features {features}); their floor area is not rebuilt</source>
      <translation>{park}：迁入的 {count} 个地块没有 el_ind_floor_area（要素 {features}），其建筑面积未计入新建</translation>
    </message>
    <message>
      <location filename="../cli/optimise.py" />
      <source>{path} ({name}): that is the scheme itself; give the optimised scheme another name</source>
      <translation>{path}（{name}）：这是方案本身；请为优化后的方案另取名称</translation>
    </message>
    <message>
      <location filename="../cli/optimise.py" />
      <source>{path}: a layer named {name} exists already (--overwrite replaces it, --name gives the optimised scheme another name)</source>
      <translation>{path}：已有名为 {name} 的图层（--overwrite 覆盖，--name 为优化后的方案另取名称）</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/sources.py" />
      <source>{path}: holds no {kind} layer (a polygon layer with the {fields} fields)</source>
      <translation>{path}：没有{kind}图层（带 {fields} 字段的面图层）</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/sources.py" />
      <source>{path}: holds several {kind} layers ({names}); name one: {example}</source>
      <translation>{path}：有多个{kind}图层（{names}）；请指定其一：{example}</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/sources.py" />
      <source>{path}: is a folder; name a GeoPackage file in it</source>
      <translation>{path}：是文件夹；请指定其中的 GeoPackage 文件</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/sources.py" />
      <source>{path}: is a folder; name a GeoPackage file in it (it holds {files})</source>
      <translation>{path}：是文件夹；请指定其中的 GeoPackage 文件（其中有 {files}）</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/report_source.py" />
      <source>{path}: no economic layer {name!r} (it has {names})</source>
      <translation>{path}：没有经济图层 {name!r}（现有 {names}）</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/sources.py" />
      <source>{path}: no layer {name!r}</source>
      <translation>{path}：没有图层 {name!r}</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/report_source.py" />
      <location filename="../qgis_adapter/sources.py" />
      <source>{path}: no such file</source>
      <translation>{path}：文件不存在</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/sources.py" />
      <source>{path}: not a GeoPackage or other vector file that can be opened</source>
      <translation>{path}：不是可打开的 GeoPackage 或其他矢量文件</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/report_source.py" />
      <source>{path}: the project cannot be read</source>
      <translation>{path}：无法读取项目</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/report_source.py" />
      <source>{path}: the project has no economic layer</source>
      <translation>{path}：项目中没有经济图层</translation>
    </message>
    <message>
      <location filename="../cli/export.py" />
      <source>{path}: the workbook is written as .xlsx (name the file OUT.xlsx)</source>
      <translation>{path}：工作簿以 .xlsx 格式写出（文件名应为 OUT.xlsx）</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>{plots} plots, {mu} mu; output {output} and tax {tax} per mu (10,000 CNY).</source>
      <translation>{plots} 个地块，{mu} 亩；亩均产值 {output}、亩均税收 {tax}（万元）。</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/convert.py" />
      <source>{problem}; its floors from the height take the storey height of the default use {use} ({storey} m)</source>
      <translation>{problem}；按高度推算层数时采用默认功能 {use} 的层高（{storey} 米）</translation>
    </message>
    <message>
      <location filename="../core/industrial.py" />
      <source>{reason}; provisional: {skipped}</source>
      <translation>{reason}；待定：{skipped}</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/stored_assumptions.py" />
      <source>{scheme}: no assumptions are stored with this scheme (none in its el_assumptions table): the default price book prices its modules, which may not be the scheme's own. Check them in the Assumptions tab and save, or copy the scheme from its original GeoPackage.</source>
      <translation>方案 {scheme} 没有随图层保存的参数（el_assumptions 表中没有它）：按默认价格成本表计价，测算结果可能与原方案不同。在“参数”页核对后保存，或从原 GeoPackage 复制该方案。</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" />
      <source>{scheme}: the default price book (the plugin's sample: illustrative prices, not market data) prices its modules. Enter the scheme's own prices in the Assumptions tab.</source>
      <translation>{scheme}：模块按默认价格表（插件示例：示意价格，并非市场数据）计价。请在参数页填写本方案自己的价格。</translation>
    </message>
    <message>
      <location filename="../cli/optimise.py" />
      <source>{scheme}: {status} ({objective}); {variables} variables, {constraints} constraints, solved in {seconds} s</source>
      <translation>{scheme}：{status}（{objective}）；{variables} 个变量，{constraints} 个约束，求解用时 {seconds} 秒</translation>
    </message>
    <message>
      <location filename="../cli/upgrade.py" />
      <source>{source}: --require-version and --allow-unversioned are for schemes published to PostGIS</source>
      <translation>{source}：--require-version 和 --allow-unversioned 仅用于发布到 PostGIS 的方案</translation>
    </message>
    <message>
      <location filename="../cli/convert.py" />
      <source>{source}: not a layer that can be opened</source>
      <translation>{source}：不是可打开的图层</translation>
    </message>
    <message>
      <location filename="../cli/watch.py" />
      <source>{source}: not a scheme published to PostGIS (watch follows PostGIS schemes)</source>
      <translation>{source}：不是发布到 PostGIS 的方案（watch 只跟踪 PostGIS 方案）</translation>
    </message>
    <message>
      <location filename="../cli/upgrade.py" />
      <source>{source}: not an economic layer (a polygon layer with the el_ fields)</source>
      <translation>{source}：不是经济图层（带 el_ 字段的面图层）</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/sources.py" />
      <source>{source}: unknown option {option!r} (use PATH or PATH|layername=NAME)</source>
      <translation>{source}：未知选项 {option!r}（请用 PATH 或 PATH|layername=NAME）</translation>
    </message>
    <message>
      <location filename="../cli/convert.py" />
      <source>{summary}; wrote {layer}</source>
      <translation>{summary}；已写出 {layer}</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>{type}: acquisition and other cost of its modules</source>
      <translation>{type}：其模块的收购费及其他费用</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>{type}: developed floor area of its modules (m2)</source>
      <translation>{type}：其模块的开发建筑面积（平方米）</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>{type}: land premium of its modules</source>
      <translation>{type}：其模块的土地出让金</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>{type}: sales of its modules incl. VAT and in-kind flats</source>
      <translation>{type}：其模块的销售额（含增值税及回迁房）</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>{type}: sold floor area (m2)</source>
      <translation>{type}：可售建筑面积（平方米）</translation>
    </message>
    <message>
      <location filename="../io/tax_detail_sheet.py" />
      <source>{type}: works of its modules</source>
      <translation>{type}：其模块的建安工程费</translation>
    </message>
    <message>
      <location filename="../gui/location_rules.py" />
      <source>{where}.bands: {part!r} is not "metres: per cent" (e.g. 500: 6)</source>
      <translation>{where}.bands：{part!r} 不是“米: 百分比”（例如 500: 6）</translation>
    </message>
    <message>
      <location filename="../gui/location_rules.py" />
      <source>{where}.inside: {value!r} is not a number</source>
      <translation>{where}.inside：{value!r} 不是数字</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../gui/resettlement_assumptions.py" />
      <source>{where}: a number is needed</source>
      <translation>{where}：需要填写数字</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_assumptions.py" />
      <source>{where}: the unit is empty</source>
      <translation>{where}：单元为空</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../gui/resettlement_assumptions.py" />
      <source>{where}: {value} is not a number</source>
      <translation>{where}：{value} 不是数字</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_assumptions.py" />
      <source>{where}: {value} is not a whole number</source>
      <translation>{where}：{value} 不是整数</translation>
    </message>
    <message>
      <location filename="../cli/indicators.py" />
      <source>{years} years</source>
      <translation>{years} 年</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>Δ NPV</source>
      <translation>Δ 净现值</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>Δ net profit</source>
      <translation>Δ 净收益</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>… and {count} more</source>
      <translation>…… 另有 {count} 项</translation>
    </message>
  </context>
</TS>
