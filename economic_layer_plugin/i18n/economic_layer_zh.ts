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
      <location filename="../gui/resettlement_panel.py" />
      <source>(capped)</source>
      <translation>（已封顶）</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" />
      <source>, {excluded} left out of the totals</source>
      <translation>，{excluded} 个未计入合计</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>&lt;b&gt;Economic Layer {version}&lt;/b&gt;&lt;p&gt;The economics of urban renewal schemes, module by module, on the map.&lt;/p&gt;&lt;p&gt;Money in 10,000 CNY, areas in m2.&lt;/p&gt;&lt;p&gt;&lt;a href="{homepage}"&gt;Documentation&lt;/a&gt; · &lt;a href="{tracker}"&gt;Report a problem&lt;/a&gt;&lt;/p&gt;</source>
      <translation>&lt;b&gt;经济图层 {version}&lt;/b&gt;&lt;p&gt;在地图上逐个模块测算城市更新方案的经济账。&lt;/p&gt;&lt;p&gt;金额单位：万元；面积单位：平方米。&lt;/p&gt;&lt;p&gt;&lt;a href="{homepage}"&gt;使用说明&lt;/a&gt; · &lt;a href="{tracker}"&gt;反馈问题&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../gui/dialogs.py" />
      <source>A layer name starts with a letter and has letters, digits, _ or - only.</source>
      <translation>图层名称须以字母或汉字开头，只含字母、汉字、数字、_ 或 -。</translation>
    </message>
    <message>
      <location filename="../gui/dialogs.py" />
      <source>A projected CRS measures areas in metres. In an existing GeoPackage, a layer of the same name is replaced.</source>
      <translation>投影坐标系以米计量面积。若 GeoPackage 已有同名图层，将被替换。</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>About Economic Layer</source>
      <translation>关于经济图层</translation>
    </message>
    <message>
      <location filename="../gui/dialogs.py" />
      <location filename="../processing_provider/algorithms.py" />
      <source>Action of every module</source>
      <translation>模块更新方式（全部）</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_assumptions.py" />
      <source>Add lump sum</source>
      <translation>添加专项收支</translation>
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
      <source>Base year</source>
      <translation>基准年</translation>
    </message>
    <message>
      <location filename="../gui/compare_panel.py" />
      <source>Baseline</source>
      <translation>比较基准</translation>
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
      <location filename="../gui/resettlement_assumptions.py" />
      <source>Cap per household (m2; 0: none)</source>
      <translation>每户安置面积上限（m2；0 为不封顶）</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <source>Cash compensation (10,000 CNY)</source>
      <translation>货币补偿（万元）</translation>
    </message>
    <message>
      <location filename="../gui/compare_panel.py" />
      <source>Change</source>
      <translation>变化</translation>
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
      <location filename="../gui/dialogs.py" />
      <source>Choose a GeoPackage file.</source>
      <translation>请选择 GeoPackage 文件。</translation>
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
      <location filename="../gui/assumptions_panel.py" />
      <source>Compensation (yuan/m2)</source>
      <translation>征收补偿（元/平方米）</translation>
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
      <location filename="../gui/assumptions_panel.py" />
      <source>Construction (yuan/m2)</source>
      <translation>建安造价（元/平方米）</translation>
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
      <location filename="../gui/overview.py" />
      <source>Cost (10,000 CNY)</source>
      <translation>总成本（万元）</translation>
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
      <location filename="../gui/resettlement_assumptions.py" />
      <source>Default fees: {source}</source>
      <translation>默认费用标准：{source}</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>Delete scheme</source>
      <translation>删除方案</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>Delete scheme…</source>
      <translation>删除方案…</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
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
      <location filename="../gui/assumptions_panel.py" />
      <source>Demolition (yuan/m2)</source>
      <translation>拆除费用（元/平方米）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Discount rate</source>
      <translation>折现率</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>Documentation</source>
      <translation>使用说明</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
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
      <location filename="../gui/overview.py" />
      <source>Dynamic payback (years)</source>
      <translation>动态回收期（年）</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" />
      <location filename="../gui/export.py" />
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
      <location filename="../processing_provider/algorithms.py" />
      <location filename="../processing_provider/balance_algorithm.py" />
      <location filename="../processing_provider/provider.py" />
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
      <location filename="../processing_provider/algorithms.py" />
      <source>Failed checks</source>
      <translation>未通过的校核项</translation>
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
      <location filename="../gui/overview.py" />
      <source>Funding gap (10,000 CNY)</source>
      <translation>资金缺口（万元）</translation>
    </message>
    <message>
      <location filename="../gui/dialogs.py" />
      <location filename="../processing_provider/algorithms.py" />
      <source>GeoPackage</source>
      <translation>GeoPackage 文件</translation>
    </message>
    <message>
      <location filename="../gui/dialogs.py" />
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
      <location filename="../plugin.py" />
      <source>Help</source>
      <translation>帮助</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_panel.py" />
      <source>Households moved</source>
      <translation>搬迁户数</translation>
    </message>
    <message>
      <location filename="../gui/overview.py" />
      <source>IRR</source>
      <translation>内部收益率</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_assumptions.py" />
      <source>Label</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Land area (m2)</source>
      <translation>用地面积（平方米）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Land premium (yuan/m2)</source>
      <translation>土地出让金（元/平方米）</translation>
    </message>
    <message>
      <location filename="../gui/export.py" />
      <location filename="../processing_provider/algorithms.py" />
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <location filename="../gui/dialogs.py" />
      <location filename="../processing_provider/algorithms.py" />
      <source>Layer name</source>
      <translation>图层名称</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms.py" />
      <source>Layer source</source>
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
      <location filename="../gui/checks_panel.py" />
      <source>Limit</source>
      <translation>限值</translation>
    </message>
    <message>
      <location filename="../gui/overview.py" />
      <source>Margin</source>
      <translation>净利润率</translation>
    </message>
    <message>
      <location filename="../gui/compare_panel.py" />
      <location filename="../gui/dock.py" />
      <source>Module</source>
      <translation>模块</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms.py" />
      <source>Modules with indicators</source>
      <translation>带经济指标的模块</translation>
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
      <location filename="../gui/compare_panel.py" />
      <location filename="../gui/overview.py" />
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
      <location filename="../gui/compare_panel.py" />
      <location filename="../gui/module_card.py" />
      <location filename="../gui/overview.py" />
      <source>Net profit (10,000 CNY)</source>
      <translation>净利润（万元）</translation>
    </message>
    <message>
      <location filename="../gui/dialogs.py" />
      <source>New economic layer</source>
      <translation>新建经济图层</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
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
      <location filename="../gui/dock.py" />
      <source>No economic layer is selected. Select an economic layer in the Layers panel to see the cost, revenue and indicators of its scheme.</source>
      <translation>未选择经济图层。请在图层面板中选择一个经济图层，查看其方案的成本、收入和经济指标。</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Not applied: {error}</source>
      <translation>未应用：{error}</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Occupancy</source>
      <translation>出租率</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>Open the Zhongshan Third Road sample</source>
      <translation>打开中山三路示例</translation>
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
      <location filename="../gui/module_card.py" />
      <location filename="../gui/overview.py" />
      <source>Payback (years)</source>
      <translation>静态回收期（年）</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Policy limits</source>
      <translation>政策底线</translation>
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
      <location filename="../gui/checks_panel.py" />
      <location filename="../gui/dock.py" />
      <location filename="../gui/overview.py" />
      <source>Project</source>
      <translation>项目</translation>
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
      <source>Reason</source>
      <translation type="obsolete">原因</translation>
    </message>
    <message>
      <location filename="../gui/assumptions_panel.py" />
      <source>Rebuild ratio at most</source>
      <translation>拆建比上限</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_assumptions.py" />
      <source>Remove lump sum</source>
      <translation>删除专项收支</translation>
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
      <location filename="../plugin.py" />
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
      <location filename="../gui/assumptions_panel.py" />
      <source>Rent (yuan/m2/month)</source>
      <translation>租金（元/平方米/月）</translation>
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
      <location filename="../processing_provider/algorithms.py" />
      <location filename="../processing_provider/balance_algorithm.py" />
      <source>Report (JSON)</source>
      <translation>报告（JSON）</translation>
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
      <location filename="../gui/overview.py" />
      <source>Revenue (10,000 CNY)</source>
      <translation>总收入（万元）</translation>
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
      <location filename="../plugin.py" />
      <source>Scheme name</source>
      <translation>方案名称</translation>
    </message>
    <message>
      <location filename="../gui/export.py" />
      <source>Schemes</source>
      <translation>方案</translation>
    </message>
    <message>
      <source>Scope</source>
      <translation type="obsolete">范围</translation>
    </message>
    <message>
      <location filename="../gui/module_card.py" />
      <source>Select a module on the map to see its figures.</source>
      <translation>在地图上选择一个模块，查看其经济指标。</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>Select a scheme (an economic layer) first.</source>
      <translation>请先选择一个方案（经济图层）。</translation>
    </message>
    <message>
      <location filename="../gui/compare_panel.py" />
      <source>Share</source>
      <translation>占比</translation>
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
      <location filename="../plugin.py" />
      <source>Show or hide the Economic Layer panel</source>
      <translation>显示或隐藏经济图层面板</translation>
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
      <source>Spreadsheet</source>
      <translation>电子表格</translation>
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
      <location filename="../gui/assumptions_panel.py" />
      <source>Storey height (m)</source>
      <translation>层高（米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/balance_algorithm.py" />
      <source>Subsidy (yuan), one unit</source>
      <translation>补贴（元，单个单元）</translation>
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
      <location filename="../gui/assumptions_panel.py" />
      <source>Taxes on sales (share of sales)</source>
      <translation>销售税费（占销售收入比例）</translation>
    </message>
    <message>
      <location filename="../gui/dialogs.py" />
      <source>The economic layer is a copy in a GeoPackage: it keeps every attribute of the source and adds the economic fields. The source layer is not changed.</source>
      <translation>经济图层是保存在 GeoPackage 中的副本：保留源图层的全部属性并增加经济字段，源图层不作改动。</translation>
    </message>
    <message>
      <location filename="../gui/excluded_panel.py" />
      <source>The first {shown} are listed.</source>
      <translation>仅列出前 {shown} 个。</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>The project has no economic layer.</source>
      <translation>工程中没有经济图层。</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>The sample project could not be opened: {path}</source>
      <translation>无法打开示例工程：{path}</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>The sample was opened before and may hold your changes ({path}). Start again from a fresh copy? (No: open your copy.)</source>
      <translation>示例此前已打开过，可能含有您的修改（{path}）。是否从全新副本重新开始？（否：打开您的副本。）</translation>
    </message>
    <message>
      <location filename="../gui/export.py" />
      <source>The spreadsheet could not be written: {error}</source>
      <translation>电子表格写入失败：{error}</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" />
      <source>This layer is not an economic layer: it lacks the el_ fields of the economic model. Convert it into an economic layer (a copy; the layer itself is not changed), or create a new economic layer.</source>
      <translation>此图层不是经济图层：缺少经济模型的 el_ 字段。可将其转换为经济图层（生成副本，原图层不变），或新建经济图层。</translation>
    </message>
    <message>
      <location filename="../gui/overview.py" />
      <location filename="../gui/resettlement_panel.py" />
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="../gui/module_card.py" />
      <source>Total cost (10,000 CNY)</source>
      <translation>总成本（万元）</translation>
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
      <location filename="../gui/checks_panel.py" />
      <source>Value</source>
      <translation>数值</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms.py" />
      <source>Values that could not be read</source>
      <translation>无法识别的值</translation>
    </message>
    <message>
      <location filename="../gui/compare_panel.py" />
      <source>What changed from {base} to {scheme}: {count} modules, net profit {delta} (10,000 CNY). Click one to select it.</source>
      <translation>从 {base} 到 {scheme} 的变化：{count} 个模块，净利润变化 {delta} 万元。点击可选中该模块。</translation>
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
      <location filename="../gui/resettlement_assumptions.py" />
      <source>Year</source>
      <translation>年份</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>Zhongshan Third Road sample</source>
      <translation>中山三路示例</translation>
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
      <location filename="../gui/module_card.py" />
      <source>derived</source>
      <translation>推算</translation>
    </message>
    <message>
      <location filename="../gui/resettlement_assumptions.py" />
      <source>income</source>
      <translation>收入</translation>
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
      <location filename="../gui/resettlement_panel.py" />
      <source>none</source>
      <translation>无</translation>
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
      <location filename="../gui/resettlement_panel.py" />
      <source>price book</source>
      <translation>价格成本表</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>{count} features converted into {name}.</source>
      <translation>已将 {count} 个要素转换为 {name}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms.py" />
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
      <location filename="../gui/module_card.py" />
      <source>{count} values come from the price book.</source>
      <translation>{count} 项取值来自价格成本表。</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>{count} values could not be read and were left empty: see the log panel (Economic Layer).</source>
      <translation>{count} 个值无法识别，已留空：详见日志面板（Economic Layer）。</translation>
    </message>
    <message>
      <location filename="../gui/checks_panel.py" />
      <source>{failed} failed, {passed} passed, {open} not evaluated</source>
      <translation>{failed} 项未通过，{passed} 项通过，{open} 项未评估</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms.py" />
      <source>{layer} is not an economic layer: it lacks the el_ fields. Convert it first.</source>
      <translation>{layer} 不是经济图层：缺少 el_ 字段。请先转换。</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" />
      <source>{modules} modules</source>
      <translation>{modules} 个模块</translation>
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
  </context>
</TS>
