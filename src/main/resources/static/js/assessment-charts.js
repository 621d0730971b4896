// Assessment charts (ECharts): a run's radar of each category's share of its points (#run-chart) and a scheme's
// ranking as bars coloured by grade (#ranking-chart). Data come from the element's data-chart attribute (CSP forbids
// inline scripts); tooltips are drawn on the canvas (richText), as the dashboards do.
(function () {
  'use strict';
  var GRADE_COLOURS = { A: '#198754', B: '#0d6efd', C: '#fd7e14', D: '#dc3545' };
  function render(id, build) {
    var el = document.getElementById(id);
    if (!el || typeof echarts === 'undefined') { return; }
    var data = JSON.parse(el.getAttribute('data-chart'));
    var option = build(data);
    option.animation = false;
    if (option.tooltip) { option.tooltip.renderMode = 'richText'; }
    var c = echarts.init(el);
    c.setOption(option);
    window.addEventListener('resize', function () { c.resize(); });
    el.setAttribute('data-rendered', 'true');
  }
  function start() {
    render('run-chart', function (d) {
      return {
        tooltip: {},
        radar: { indicator: d.axes, radius: '65%' },
        series: [{ type: 'radar', data: [{ name: d.name, value: d.values, areaStyle: { opacity: 0.2 } }] }]
      };
    });
    render('ranking-chart', function (d) {
      return {
        tooltip: {}, grid: { left: 16, right: 16, bottom: 8, top: 24, containLabel: true },
        xAxis: { type: 'category', data: d.names, axisLabel: { rotate: 30, interval: 0 } },
        yAxis: { type: 'value', max: d.max },
        series: [{ type: 'bar', data: d.totals.map(function (v, i) {
          return { value: v, itemStyle: { color: GRADE_COLOURS[d.grades[i]] || '#6c757d' } };
        }), label: { show: true, position: 'top' } }]
      };
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
