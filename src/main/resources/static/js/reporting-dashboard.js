// Dashboard charts (ECharts). Data come from the #dashboard element's data-chart attribute (CSP forbids inline
// scripts); data-animation="false" (set by ?animation=0 or by tests) turns animation off for screenshots.
(function () {
  'use strict';
  function start() {
    var root = document.getElementById('dashboard');
    if (!root || typeof echarts === 'undefined') { return; }
    var data = JSON.parse(root.getAttribute('data-chart'));
    var animation = root.getAttribute('data-animation') !== 'false';
    function chart(id, option) {
      var el = document.getElementById(id);
      if (!el) { return; }
      option.animation = animation;
      // tooltips drawn on the canvas: ECharts' HTML tooltips are markup with style="" attributes, which the
      // CSP refuses (no 'unsafe-inline' for styles)
      if (option.tooltip) { option.tooltip.renderMode = 'richText'; }
      var c = echarts.init(el);
      c.setOption(option);
      window.addEventListener('resize', function () { c.resize(); });
      el.setAttribute('data-rendered', 'true');
    }
    // "黎城县公安局", "中共黎城县委宣传部": the region is in the page title, so drop it from each bar's name
    function shortName(label) {
      var rest = label.replace(/^中共[\u4e00-\u9fa5]{2,4}?([县市区旗])委/, '$1委')
          .replace(/^[\u4e00-\u9fa5]{2,4}?[县市区旗](?!委)/, '');
      return rest.length >= 2 ? rest : label;
    }
    chart('chart-bars', {
      tooltip: {}, grid: { left: 16, right: 16, bottom: 8, top: 24, containLabel: true },
      xAxis: { type: 'category', data: data.bars.labels.map(shortName),
        axisLabel: { rotate: 35, interval: 0 } },
      yAxis: { type: 'value' },
      series: [{ type: 'bar', name: data.indicator, data: data.bars.values }]
    });
    chart('chart-trend', {
      tooltip: { trigger: 'axis' }, grid: { left: 48, right: 16 },
      xAxis: { type: 'category', data: data.trend.labels },
      yAxis: { type: 'value' },
      series: [{ type: 'line', name: data.indicator, data: data.trend.values, symbolSize: 9,
        label: { show: true, position: 'top' } }]
    });
    var c = data.completeness;
    chart('chart-completeness', {
      tooltip: { trigger: 'item' },
      series: [{ type: 'pie', radius: ['45%', '70%'], label: { formatter: '{b}: {c}' },
        // each slice keeps its own colour when empty ones are left out
        data: [{ name: c.labels[0], value: c.accepted, itemStyle: { color: '#198754' } },
               { name: c.labels[1], value: c.pending, itemStyle: { color: '#0d6efd' } },
               { name: c.labels[2], value: c.missing, itemStyle: { color: '#dc3545' } }]
            .filter(function (d) { return d.value > 0; }) }]
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
