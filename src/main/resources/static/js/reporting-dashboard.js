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
      var c = echarts.init(el);
      c.setOption(option);
      window.addEventListener('resize', function () { c.resize(); });
      el.setAttribute('data-rendered', 'true');
    }
    chart('chart-bars', {
      tooltip: {}, grid: { left: 48, right: 16, bottom: 90 },
      xAxis: { type: 'category', data: data.bars.labels, axisLabel: { rotate: 40, interval: 0 } },
      yAxis: { type: 'value' },
      series: [{ type: 'bar', name: data.indicator, data: data.bars.values }]
    });
    chart('chart-trend', {
      tooltip: { trigger: 'axis' }, grid: { left: 48, right: 16 },
      xAxis: { type: 'category', data: data.trend.labels },
      yAxis: { type: 'value' },
      series: [{ type: 'line', name: data.indicator, data: data.trend.values }]
    });
    var c = data.completeness;
    chart('chart-completeness', {
      tooltip: { trigger: 'item' },
      color: ['#198754', '#0d6efd', '#dc3545'],
      series: [{ type: 'pie', radius: ['45%', '70%'], label: { formatter: '{b}: {c}' },
        data: [{ name: c.labels[0], value: c.accepted }, { name: c.labels[1], value: c.pending },
               { name: c.labels[2], value: c.missing }] }]
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
