<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>EconomicLayer</name>
    <message>
      <location filename="../plugin.py" />
      <source>&lt;b&gt;Economic Layer {version}&lt;/b&gt;&lt;p&gt;The economics of urban renewal schemes, module by module, on the map.&lt;/p&gt;&lt;p&gt;Money in 10,000 CNY, areas in m2.&lt;/p&gt;&lt;p&gt;&lt;a href="{homepage}"&gt;Documentation&lt;/a&gt; · &lt;a href="{tracker}"&gt;Report a problem&lt;/a&gt;&lt;/p&gt;</source>
      <translation>&lt;b&gt;经济图层 {version}&lt;/b&gt;&lt;p&gt;在地图上逐个模块测算城市更新方案的经济账。&lt;/p&gt;&lt;p&gt;金额单位：万元；面积单位：平方米。&lt;/p&gt;&lt;p&gt;&lt;a href="{homepage}"&gt;使用说明&lt;/a&gt; · &lt;a href="{tracker}"&gt;反馈问题&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>About Economic Layer</source>
      <translation>关于经济图层</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>Documentation</source>
      <translation>使用说明</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" />
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
      <location filename="../plugin.py" />
      <source>Help</source>
      <translation>帮助</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" />
      <source>No economic layer is selected. Select an economic layer in the Layers panel to see the cost, revenue and indicators of its scheme.</source>
      <translation>未选择经济图层。请在图层面板中选择一个经济图层，查看其方案的成本、收入和经济指标。</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>Show or hide the Economic Layer panel</source>
      <translation>显示或隐藏经济图层面板</translation>
    </message>
  </context>
</TS>
