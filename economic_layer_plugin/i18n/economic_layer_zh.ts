<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>EconomicLayer</name>
    <message>
      <location filename="../gui/dock.py" />
      <source> (editing: figures include unsaved edits)</source>
      <translation>（编辑中：数字含未保存的修改）</translation>
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
      <location filename="../gui/optimise_dialog.py" />
      <source>10,000 CNY</source>
      <translation>万元</translation>
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
      <location filename="../gui/dialogs.py" />
      <source>A layer name starts with a letter and has letters, digits, _ or - only.</source>
      <translation>图层名称须以字母或汉字开头，只含字母、汉字、数字、_ 或 -。</translation>
    </message>
    <message>
      <location filename="../gui/location_rules.py" />
      <source>A module's sale price or rent from the price book moves by the per cent of the band its distance to the nearest feature of the layer falls in (docs/location.md). Bands: "500: 6, 1000: 3" is +6 % up to 500 m, +3 % up to 1,000 m. Uses: residential, apartment, office, commercial, ... separated by commas.</source>
      <translation>模块按价格成本表取的售价或租金，按其到该图层最近要素的距离所落区段的百分比调整（见 docs/location.md）。距离区段：“500: 6, 1000: 3” 即 500 m 以内 +6 %、1,000 m 以内 +3 %。用途：residential、apartment、office、commercial 等，用逗号分隔。</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>A new block stands on a standing building where their footprints overlap by more than this</source>
      <translation>新增地块与现状建筑基底重叠面积超过此值时，视为建在该建筑之上</translation>
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
      <location filename="../gui/dialogs.py" />
      <location filename="../processing_provider/algorithms.py" />
      <source>Action of every module</source>
      <translation>模块更新方式（全部）</translation>
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
      <source>Amount (10,000 CNY)</source>
      <translation>金额（万元）</translation>
    </message>
    <message>
      <location filename="../processing_provider/balance_algorithm.py" />
      <source>Answer</source>
      <translation>结论</translation>
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
      <location filename="../gui/resettlement_panel.py" />
      <source>Area taken out of sale (m2)</source>
      <translation>扣减可售面积（m2）</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" />
      <source>Assumptions</source>
      <translation>参数</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Average flat sold (m2)</source>
      <translation>平均单套销售面积（平方米）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
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
      <source>Build years (default)</source>
      <translation>建设年限（默认）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms.py" />
      <source>Cancelled: nothing was written.</source>
      <translation>已取消：未写入任何内容。</translation>
    </message>
    <message>
      <location filename="../gui/location_rules.py" />
      <source>Cap on the combined factor: at most</source>
      <translation>综合区位系数封顶：最高</translation>
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
      <source>Cash compensation (10,000 CNY)</source>
      <translation>货币补偿（万元）</translation>
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
      <location filename="../gui/industrial_panel.py" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../gui/compare_panel.py" />
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
      <location filename="../gui/checks_panel.py" />
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
      <source>Code</source>
      <translation>编号</translation>
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
      <location filename="../gui/feasibility_view.py" />
      <source>Compensation</source>
      <translation>征收补偿</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Compensation (yuan/m2)</source>
      <translation>征收补偿（元/平方米）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Compensation deducted from the VAT sales amount</source>
      <translation>拆迁补偿费从增值税销售额中扣除</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <source>Compensation paid in kind (10,000 CNY)</source>
      <translation>以房屋支付的补偿（万元）</translation>
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
      <source>Construction (yuan/m2)</source>
      <translation>建安造价（元/平方米）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Contingency (share of hard + soft cost)</source>
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
      <location filename="../gui/assumptions_panel.py" />
      <source>Corporate income tax</source>
      <translation>企业所得税税率</translation>
    </message>
    <message>
      <location filename="../gui/feasibility_view.py" />
      <source>Corporate income tax (10,000 CNY)</source>
      <translation>企业所得税（万元）</translation>
    </message>
    <message>
      <source>Cost (10,000 CNY)</source>
      <translation type="obsolete">总成本（万元）</translation>
    </message>
    <message>
      <location filename="../gui/feasibility_view.py" />
      <source>Cost breakdown (10,000 CNY)</source>
      <translation>成本构成（万元）</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_assumptions.py" />
      <source>Cost or income</source>
      <translation>支出或收入</translation>
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
      <location filename="../gui/assumptions_panel.py" />
      <source>Debt share of the funding need</source>
      <translation>借款占资金需求比例</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Deed tax (share of land premium)</source>
      <translation>契税税率</translation>
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
      <location filename="../gui/assumptions_panel.py" />
      <source>Demolished / existing floor area at most</source>
      <translation>拆除面积占现状面积比例上限</translation>
    </message>
    <message>
      <location filename="../gui/feasibility_view.py" />
      <source>Demolition</source>
      <translation>拆除</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Demolition (yuan/m2)</source>
      <translation>拆除费用（元/平方米）</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Demolition share (national cap)</source>
      <translation>拆除比例（国家上限）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Depreciation of held buildings (years)</source>
      <translation>持有物业折旧年限（年）</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Difference</source>
      <translation>差额</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Direct costs to their product type</source>
      <translation>直接成本计入所属产品类型</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Discount rate</source>
      <translation>折现率</translation>
    </message>
    <message>
      <location filename="../gui/location_rules.py" />
      <source>Distance bands (m: %)</source>
      <translation>距离区段（m: %）</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>District</source>
      <translation>全域</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>Documentation</source>
      <translation>使用说明</translation>
    </message>
    <message>
      <location filename="../processing_provider/optimise_algorithms.py" />
      <source>Draws</source>
      <translation>抽样次数</translation>
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
      <source>Dynamic payback (years)</source>
      <translation type="obsolete">动态回收期（年）</translation>
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
      <location filename="../gui/commands/messages.py" />
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
      <location filename="../gui/industrial_panel.py" />
      <source>Economic layers made from the plots: by category and the three county patterns, computed by the economic engine and compared</source>
      <translation>由地块生成经济图层：按类别施策及三种县域模式，用经济测算引擎计算并比较</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Edit location rules…</source>
      <translation>编辑区位规则…</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>Enterprise</source>
      <translation>企业</translation>
    </message>
    <message>
      <location filename="../gui/feasibility_view.py" />
      <source>Equity IRR</source>
      <translation>资本金内部收益率</translation>
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
      <location filename="../gui/module_card.py" />
      <source>Existing floor area (m2)</source>
      <translation>现状建筑面积（平方米）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Exit by asset securitisation (REITs)</source>
      <translation>资产证券化退出（REITs）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
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
      <location filename="../gui/assumptions_panel.py" />
      <source>Feasibility: taxes, fees and financing</source>
      <translation>可研测算：税费与融资</translation>
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
      <location filename="../gui/feasibility_view.py" />
      <source>Finance</source>
      <translation>财务费用</translation>
    </message>
    <message>
      <location filename="../gui/feasibility_view.py" />
      <source>Finance cost (10,000 CNY)</source>
      <translation>财务费用（万元）</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <source>Financing plot to balance (m2)</source>
      <translation>平衡所需融资地块（m2）</translation>
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
      <location filename="../gui/module_card.py" />
      <source>Floor area (m2)</source>
      <translation>建筑面积（平方米）</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <source>Floor area owed in kind (m2)</source>
      <translation>产权调换应安置面积（m2）</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <source>Floor area owed per household (m2)</source>
      <translation>每户应安置面积（m2）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
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
      <location filename="../gui/module_card.py" />
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
      <location filename="../gui/resettlement_panel.py" />
      <source>Fund balance, NPV (10,000 CNY)</source>
      <translation>资金平衡（净现值，万元）</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <source>Fund balance, static (10,000 CNY)</source>
      <translation>资金平衡（静态，万元）</translation>
    </message>
    <message>
      <location filename="../gui/risk_panel.py" />
      <source>Funding gap</source>
      <translation>资金缺口</translation>
    </message>
    <message>
      <source>Funding gap (10,000 CNY)</source>
      <translation type="obsolete">资金缺口（万元）</translation>
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
      <location filename="../gui/feasibility_view.py" />
      <source>Government: land premium, taxes and fees less subsidies. Owners and residents: compensation and acquisition. Implementer: net profit after tax and finance.</source>
      <translation>政府：土地出让金、税费减补贴；产权人与居民：征收补偿与收购款；实施主体：税后及财务费用后净利润。</translation>
    </message>
    <message>
      <location filename="../gui/dialogs.py" />
      <location filename="../processing_provider/algorithms.py" />
      <source>Height (m) from</source>
      <translation>高度（米）字段</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Height limit (m)</source>
      <translation>限高（米）</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Height limit of each unit</source>
      <translation>各单元限高</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>Help</source>
      <translation>帮助</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" />
      <source>History</source>
      <translation>修改记录</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <source>Households moved</source>
      <translation>搬迁户数</translation>
    </message>
    <message>
      <source>IRR</source>
      <translation type="obsolete">内部收益率</translation>
    </message>
    <message>
      <location filename="../gui/overview.py" />
      <source>IRR is ambiguous ({items}): the cash flow changes sign more than once and has several rates of return; the one closest to 0 is shown. Judge the scheme by NPV and MIRR.</source>
      <translation>内部收益率不唯一（{items}）：现金流多次正负变号，存在多个收益率，此处显示最接近 0 的一个。请以净现值和修正内部收益率判断方案。</translation>
    </message>
    <message>
      <location filename="../gui/feasibility_view.py" />
      <source>Implementer</source>
      <translation>实施主体</translation>
    </message>
    <message>
      <location filename="../gui/feasibility_view.py" />
      <source>Income breakdown (10,000 CNY)</source>
      <translation>收入构成（万元）</translation>
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
      <location filename="../gui/industrial_panel.py" />
      <source>Indicators</source>
      <translation>指标</translation>
    </message>
    <message>
      <location filename="../processing_provider/industrial_algorithms.py" />
      <source>Industrial layer</source>
      <translation>工业用地图层</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Input VAT on hard cost</source>
      <translation>建安成本进项税率</translation>
    </message>
    <message>
      <location filename="../gui/location_rules.py" />
      <source>Inside (%)</source>
      <translation>位于其内（%）</translation>
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
      <location filename="../gui/assumptions_panel.py" />
      <source>LAT deductions</source>
      <translation>土地增值税扣除项目</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>LAT developer deduction (share of land + development cost)</source>
      <translation>土增税加计扣除率</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>LAT development expenses (share of land + development cost)</source>
      <translation>土增税开发费用率</translation>
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
      <location filename="../gui/resettlement_assumptions.py" />
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
      <source>Land (mu)</source>
      <translation>用地（亩）</translation>
    </message>
    <message>
      <location filename="../gui/feasibility_view.py" />
      <source>Land appreciation tax (10,000 CNY)</source>
      <translation>土地增值税（万元）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Land area (m2)</source>
      <translation>用地面积（平方米）</translation>
    </message>
    <message>
      <location filename="../gui/feasibility_view.py" />
      <source>Land premium</source>
      <translation>土地出让金</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
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
      <location filename="../gui/module_card.py" />
      <source>Leasable area (m2)</source>
      <translation>可租面积（平方米）</translation>
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
      <location filename="../gui/dock.py" />
      <source>Left out</source>
      <translation>未计入</translation>
    </message>
    <message>
      <location filename="../gui/module_card.py" />
      <source>Left out of the totals: {reasons}</source>
      <translation>未计入合计：{reasons}</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>Level</source>
      <translation>层级</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>Level field (base/community/block)</source>
      <translation>层级字段（base/community/block）</translation>
    </message>
    <message>
      <location filename="../gui/checks_panel.py" />
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
      <source>MIRR</source>
      <translation type="obsolete">修正内部收益率</translation>
    </message>
    <message>
      <location filename="../gui/report.py" />
      <source>Make the report layouts again (drops changes made in the layout designer)</source>
      <translation>重新生成报告布局（将丢弃在布局设计器中所做的修改）</translation>
    </message>
    <message>
      <source>Margin</source>
      <translation type="obsolete">净利润率</translation>
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
      <location filename="../gui/compare_panel.py" />
      <location filename="../gui/dock.py" />
      <location filename="../gui/history_panel.py" />
      <source>Module</source>
      <translation>模块</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>Modules</source>
      <translation>模块</translation>
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
      <location filename="../gui/resettlement_assumptions.py" />
      <source>Moving fee (yuan per household per move)</source>
      <translation>搬迁费（元/户/次）</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <source>Moving fees (10,000 CNY)</source>
      <translation>搬迁费（万元）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Municipal infrastructure fee (yuan/m2 above ground)</source>
      <translation>基础设施配套费（元/平方米）</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <location filename="../gui/risk_panel.py" />
      <location filename="../processing_provider/optimise_algorithms.py" />
      <source>NPV</source>
      <translation>净现值</translation>
    </message>
    <message>
      <location filename="../gui/compare_panel.py" />
      <source>NPV (10,000 CNY)</source>
      <translation>净现值（万元）</translation>
    </message>
    <message>
      <location filename="../gui/compare_panel.py" />
      <source>NPV share</source>
      <translation>净现值变化占比</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../gui/industrial_panel.py" />
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
      <location filename="../gui/optimise_dialog.py" />
      <location filename="../gui/risk_panel.py" />
      <location filename="../processing_provider/optimise_algorithms.py" />
      <source>Net profit</source>
      <translation>净利润</translation>
    </message>
    <message>
      <location filename="../gui/compare_panel.py" />
      <location filename="../gui/module_card.py" />
      <source>Net profit (10,000 CNY)</source>
      <translation>净利润（万元）</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Net profit after tax</source>
      <translation>税后净利润</translation>
    </message>
    <message>
      <location filename="../gui/feasibility_view.py" />
      <source>Net profit after tax and finance (10,000 CNY)</source>
      <translation>税后净利润（万元）</translation>
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
      <location filename="../gui/dock.py" />
      <location filename="../plugin.py" />
      <source>New economic layer…</source>
      <translation>新建经济图层…</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>New scheme</source>
      <translation>新方案</translation>
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
      <location filename="../gui/history_panel.py" />
      <source>Not saved: {count} modules were changed by others meanwhile. Your edits are kept in the edit session; their values are in the History tab.</source>
      <translation>未保存：其间有 {count} 个模块被他人修改。您的编辑保留在编辑会话中；对方的数值见“修改记录”页。</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Nothing better than the scheme as it is was found: every scheme the linearised program chose was worth less, recomputed exactly.</source>
      <translation>未找到优于现方案的方案：线性化模型选出的各方案经精确重算后均不及现方案，故保留现方案。</translation>
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
      <source>Occupancy</source>
      <translation>出租率</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>On-site resettlement capacity of each unit</source>
      <translation>各单元就地安置容量</translation>
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
      <location filename="../gui/assumptions_panel.py" />
      <source>Operating costs (share of rent)</source>
      <translation>运营成本（占租金比例）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
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
      <location filename="../gui/feasibility_view.py" />
      <source>Other income</source>
      <translation>其他收入</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Out of scope: {scope} modules keep their action; {acquisition} retained buildings are not renovated (the project would have to acquire them)</source>
      <translation>优化范围之外：{scope} 个模块保持原处置方式；{acquisition} 栋保留建筑不改造（项目须先收购）</translation>
    </message>
    <message>
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
      <location filename="../gui/industrial_panel.py" />
      <source>Output per mu by park (10,000 CNY; red: the district)</source>
      <translation>各园区亩均产值（万元；红线：全域）</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Overlap tolerance</source>
      <translation>重叠容差</translation>
    </message>
    <message>
      <location filename="../gui/feasibility_view.py" />
      <source>Owners and residents</source>
      <translation>产权人与居民</translation>
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
      <source>Park</source>
      <translation>园区</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>Park name field</source>
      <translation>园区名称字段</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>Parks layer (empty: by park size)</source>
      <translation>园区图层（空：按园区规模）</translation>
    </message>
    <message>
      <location filename="../gui/module_card.py" />
      <source>Payback (years)</source>
      <translation>静态回收期（年）</translation>
    </message>
    <message>
      <location filename="../gui/feasibility_view.py" />
      <source>Peak debt (10,000 CNY)</source>
      <translation>最大借款余额（万元）</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>Plots</source>
      <translation>地块数</translation>
    </message>
    <message>
      <location filename="../processing_provider/industrial_algorithms.py" />
      <source>Plots evaluated</source>
      <translation>已评价地块</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>Plots per category (Figure 3: first match wins)</source>
      <translation>各类别地块数（图3：逐级判定，先中先定）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
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
      <location filename="../gui/assumptions_panel.py" />
      <source>Preliminaries (share of hard cost)</source>
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
      <location filename="../gui/assumptions_panel.py" />
      <source>Price book (defaults per use)</source>
      <translation>价格成本表（按功能的默认值）</translation>
    </message>
    <message>
      <location filename="../gui/risk_panel.py" />
      <source>Probability of a loss (net profit &amp;lt; 0): {share}</source>
      <translation>亏损概率（净利润 &amp;lt; 0）：{share}</translation>
    </message>
    <message>
      <location filename="../gui/checks_panel.py" />
      <location filename="../gui/dock.py" />
      <location filename="../gui/overview.py" />
      <source>Project</source>
      <translation>项目</translation>
    </message>
    <message>
      <location filename="../gui/feasibility_view.py" />
      <source>Project IRR after tax</source>
      <translation>项目税后内部收益率</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Project NPV after tax</source>
      <translation>税后项目净现值</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
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
      <location filename="../gui/assumptions_panel.py" />
      <location filename="../gui/overview.py" />
      <source>Project units</source>
      <translation>项目单元</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Property tax (share of rent)</source>
      <translation>房产税（从租）税率</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Proven optimal: the program's values are the engine's figures and its solve is optimal.</source>
      <translation>已证明最优：规划模型的取值即引擎的计算结果，求解达到最优。</translation>
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
      <location filename="../gui/assumptions_panel.py" />
      <source>REIT distribution yield at least</source>
      <translation>REITs 现金分派率不低于</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Range rules</source>
      <translation>区间控制</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Rebuild ratio (national cap)</source>
      <translation>拆建比（国家上限）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Rebuild ratio at most</source>
      <translation>拆建比上限</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Rebuild ratio counts underground floor area</source>
      <translation>拆建比计入地下建筑面积</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>Refresh</source>
      <translation>刷新</translation>
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
      <location filename="../gui/assumptions_panel.py" />
      <source>Renovation (yuan/m2)</source>
      <translation>改造费用（元/平方米）</translation>
    </message>
    <message>
      <location filename="../gui/location_rules.py" />
      <source>Rent</source>
      <translation>租金</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Rent (yuan/m2/month)</source>
      <translation>租金（元/平方米/月）</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>Rent growth (no action changes it)</source>
      <translation>租金年涨幅（不受任何处置方式影响）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Rent growth per year</source>
      <translation>租金年涨幅</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Rent growth per year at most</source>
      <translation>租金年涨幅上限</translation>
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
      <location filename="../gui/assumptions_panel.py" />
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
      <location filename="../gui/optimise_dialog.py" />
      <source>Resettlement share (national minimum)</source>
      <translation>就地就近安置率（国家下限）</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <location filename="../processing_provider/optimise_algorithms.py" />
      <source>Retained buildings with an acquisition price may be renovated (acquired)</source>
      <translation>已设收购单价的保留建筑可改造（收购）</translation>
    </message>
    <message>
      <source>Revenue (10,000 CNY)</source>
      <translation type="obsolete">总收入（万元）</translation>
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
      <location filename="../gui/location_rules.py" />
      <source>Sale price</source>
      <translation>售价</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
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
      <source>Sale years (default)</source>
      <translation>销售年限（默认）</translation>
    </message>
    <message>
      <location filename="../gui/module_card.py" />
      <source>Saleable area (m2)</source>
      <translation>可售面积（平方米）</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
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
      <source>Sales costs (share of sales)</source>
      <translation>销售费用（占销售收入比例）</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <source>Sales given up (10,000 CNY)</source>
      <translation>减少的销售收入（万元）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Sales income</source>
      <translation>销售收入</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <location filename="../processing_provider/postgis_algorithms.py" />
      <source>Schema</source>
      <translation>模式</translation>
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
      <source>Schemes</source>
      <translation>方案</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>Schemes from the plots</source>
      <translation>由地块生成方案</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
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
      <location filename="../gui/history_panel.py" />
      <source>Selected module</source>
      <translation>所选模块</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>Several planners can then edit the scheme together: each panel follows the others' commits, conflicting edits are caught and the database records who changed what. No password is stored in the project (use a service file or QGIS authentication).</source>
      <translation>发布后多位规划师可协同编辑该方案：每个面板实时跟随他人的提交，冲突的编辑会被发现，数据库记录谁修改了什么。项目中不保存密码（请使用服务文件或 QGIS 身份验证）。</translation>
    </message>
    <message>
      <location filename="../gui/compare_panel.py" />
      <source>Share</source>
      <translation>占比</translation>
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
      <location filename="../gui/assumptions_panel.py" />
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
      <location filename="../gui/resettlement_assumptions.py" />
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
      <location filename="../gui/assumptions_panel.py" />
      <source>Starting values only: replace them with the project's own figures.</source>
      <translation>仅为起始值：请替换为本项目的测算数据。</translation>
    </message>
    <message>
      <location filename="../gui/checks_panel.py" />
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
      <source>Storey height (m)</source>
      <translation>层高（米）</translation>
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
      <location filename="../gui/feasibility_view.py" />
      <source>Subsidy needed, present value (10,000 CNY)</source>
      <translation>所需补贴现值（万元）</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <source>Subsidy to balance (10,000 CNY)</source>
      <translation>平衡所需补贴（万元）</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
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
      <location filename="../gui/resettlement_assumptions.py" />
      <source>Swap ratio</source>
      <translation>置换比例</translation>
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
      <location filename="../gui/industrial_panel.py" />
      <source>Tax per mu</source>
      <translation>亩均税收</translation>
    </message>
    <message>
      <location filename="../gui/feasibility_view.py" />
      <source>Taxes</source>
      <translation>税费</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Taxes on sales (share of sales)</source>
      <translation>销售税费（占销售收入比例）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Taxes, fees and financing (feasibility stack)</source>
      <translation>计算税费与融资（可研测算）</translation>
    </message>
    <message>
      <location filename="../gui/feasibility_view.py" />
      <source>Taxes, total (10,000 CNY)</source>
      <translation>税费合计（万元）</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" />
      <source>The connection to the database is lost: other planners' changes are not shown until it is back (trying again).</source>
      <translation>与数据库的连接已断开：连接恢复前不显示其他规划师的修改（正在重试）。</translation>
    </message>
    <message>
      <location filename="../gui/dialogs.py" />
      <source>The economic layer is a copy in a GeoPackage: it keeps every attribute of the source and adds the economic fields. The source layer is not changed.</source>
      <translation>经济图层是保存在 GeoPackage 中的副本：保留源图层的全部属性并增加经济字段，源图层不作改动。</translation>
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
      <location filename="../gui/export.py" />
      <source>The spreadsheet could not be written: {error}</source>
      <translation>电子表格写入失败：{error}</translation>
    </message>
    <message>
      <location filename="../gui/feasibility_view.py" />
      <source>The three parties (10,000 CNY)</source>
      <translation>三方平衡（万元）</translation>
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
      <location filename="../gui/overview.py" />
      <location filename="../gui/resettlement_panel.py" />
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
      <source>Transition fee (yuan per household per month)</source>
      <translation>临时安置费（元/户/月）</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <source>Transition fees (10,000 CNY)</source>
      <translation>临时安置费（万元）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Transition months for cash households</source>
      <translation>货币补偿户临时安置费月数</translation>
    </message>
    <message>
      <location filename="../gui/checks_panel.py" />
      <location filename="../gui/module_card.py" />
      <location filename="../gui/resettlement_assumptions.py" />
      <source>Unit</source>
      <translation>单元</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_assumptions.py" />
      <source>Unit lump sums</source>
      <translation>单元专项收支</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <source>Unit lump sums: cost (10,000 CNY)</source>
      <translation>单元专项支出（万元）</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <source>Unit lump sums: income (10,000 CNY)</source>
      <translation>单元专项收入（万元）</translation>
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
      <location filename="../processing_provider/balance_algorithm.py" />
      <source>Unit {unit} has no modules (units: {units})</source>
      <translation>单元 {unit} 没有模块（现有单元：{units}）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Upkeep (yuan/m2)</source>
      <translation>维护费用（元/平方米）</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <source>Use</source>
      <translation>用途</translation>
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
      <source>Use where no use field is mapped</source>
      <translation>未指定功能字段时的功能</translation>
    </message>
    <message>
      <location filename="../gui/location_rules.py" />
      <source>Uses (empty: all)</source>
      <translation>用途（空：全部）</translation>
    </message>
    <message>
      <location filename="../gui/feasibility_view.py" />
      <source>VAT (10,000 CNY)</source>
      <translation>增值税（万元）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>VAT on rent</source>
      <translation>租金增值税税率</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>VAT on sales</source>
      <translation>销售增值税税率</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>VAT prepaid on advance receipts</source>
      <translation>预收款预缴增值税率</translation>
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
      <location filename="../gui/checks_panel.py" />
      <source>Value</source>
      <translation>数值</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Value of held assets at the end (exit value)</source>
      <translation>计入持有资产期末价值</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms.py" />
      <source>Values that could not be read</source>
      <translation>无法识别的值</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>What changed</source>
      <translation>修改内容</translation>
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
      <location filename="../gui/dialogs.py" />
      <source>Where a feature has a height but no floors, its floors are derived from the height (and marked as derived).</source>
      <translation>要素有高度而无层数时，由高度推算层数（并标记为推算）。</translation>
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
      <location filename="../gui/industrial_panel.py" />
      <source>Wrote {path}</source>
      <translation>已写入 {path}</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_assumptions.py" />
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
      <source>Years a tax loss is carried forward</source>
      <translation>亏损结转年限</translation>
    </message>
    <message>
      <location filename="../gui/commands/layer_commands.py" />
      <source>Zhongshan Third Road sample</source>
      <translation>中山三路示例</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>added</source>
      <translation>新增</translation>
    </message>
    <message>
      <location filename="../gui/location_rules.py" />
      <source>at least</source>
      <translation>最低</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>before {before}, after {after} (10,000 CNY)</source>
      <translation>修改前 {before}，修改后 {after}（万元）</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>changed</source>
      <translation>修改</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_assumptions.py" />
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
      <location filename="../gui/module_card.py" />
      <source>derived</source>
      <translation>推算</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>district</source>
      <translation>全域</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>every scheme found fails the checks when recomputed: nothing to add</source>
      <translation>找到的方案经重新计算均未通过检查：无可添加的方案</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>feasible, with a gap</source>
      <translation>可行解（存在间隙）</translation>
    </message>
    <message>
      <location filename="../gui/module_card.py" />
      <source>floor area set by el_gfa</source>
      <translation>由 el_gfa 设定</translation>
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
      <location filename="../gui/resettlement_assumptions.py" />
      <source>income</source>
      <translation>收入</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" />
      <source>industrial land</source>
      <translation>工业用地</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>infeasible</source>
      <translation>无可行解</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" />
      <source>money in 10,000 CNY</source>
      <translation>金额单位：万元</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_assumptions.py" />
      <source>no cap</source>
      <translation>不封顶</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>no solution in the time limit</source>
      <translation>时限内未找到解</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>not built</source>
      <translation>不建</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <source>of which calibration: cost (10,000 CNY)</source>
      <translation>其中校准支出（万元）</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <source>of which calibration: income (10,000 CNY)</source>
      <translation>其中校准收入（万元）</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <source>of which in cash</source>
      <translation>其中货币补偿</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <source>of which in kind (on site or nearby)</source>
      <translation>其中产权调换（就地就近）</translation>
    </message>
    <message>
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
      <location filename="../gui/feasibility_view.py" />
      <source>per unit, see Project</source>
      <translation>按单元计算，见“项目”页</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <source>price book</source>
      <translation>价格成本表</translation>
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
      <location filename="../gui/module_card.py" />
      <source>sale x{sale}, rent x{rent}</source>
      <translation>售价 ×{sale}，租金 ×{rent}</translation>
    </message>
    <message>
      <location filename="../gui/overview.py" />
      <source>the project: {count} rates</source>
      <translation>项目：{count} 个收益率</translation>
    </message>
    <message>
      <location filename="../gui/overview.py" />
      <source>unit {unit}: {count} rates</source>
      <translation>单元 {unit}：{count} 个收益率</translation>
    </message>
    <message>
      <location filename="../gui/optimise_dialog.py" />
      <source>variables</source>
      <translation>个变量</translation>
    </message>
    <message>
      <location filename="../gui/history_panel.py" />
      <source>{count} commits; Δ: how the project's net profit and NPV moved with each (10,000 CNY).</source>
      <translation>共 {count} 次提交；Δ：每次提交后项目净收益和净现值的变化（万元）。</translation>
    </message>
    <message>
      <location filename="../gui/commands/layer_commands.py" />
      <source>{count} features converted into {name}.</source>
      <translation>已将 {count} 个要素转换为 {name}。</translation>
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
      <location filename="../gui/commands/layer_commands.py" />
      <source>{count} values could not be read and were left empty: see the log panel (Economic Layer).</source>
      <translation>{count} 个值无法识别，已留空：详见日志面板（Economic Layer）。</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>{count} values could not be used (see the log panel).</source>
      <translation>{count} 个数值无法使用（见日志面板）。</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>{count} values suggested: review them in the attribute table and save the layer (undo to take them back).</source>
      <translation>已建议 {count} 个数值：请在属性表中核对并保存图层（可撤销）。</translation>
    </message>
    <message>
      <location filename="../gui/checks_panel.py" />
      <source>{failed} failed, {passed} passed, {open} not evaluated</source>
      <translation>{failed} 项未通过，{passed} 项通过，{open} 项未评估</translation>
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
      <location filename="../gui/dock.py" />
      <source>{modules} modules</source>
      <translation>{modules} 个模块</translation>
    </message>
    <message>
      <location filename="../gui/industrial_panel.py" />
      <source>{plots} plots, {mu} mu; output {output} and tax {tax} per mu (10,000 CNY).</source>
      <translation>{plots} 个地块，{mu} 亩；亩均产值 {output}、亩均税收 {tax}（万元）。</translation>
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
