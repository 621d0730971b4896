// Complaint statistics charts (ECharts). Data come from #filing-stats's data-chart attribute (CSP forbids
// inline scripts): {group label: {item label: count}}.
document.addEventListener('DOMContentLoaded', function () {
  var root = document.getElementById('filing-stats');
  if (!root || typeof echarts === 'undefined') { return; }
  var data = JSON.parse(root.getAttribute('data-chart'));
  document.querySelectorAll('.filing-chart').forEach(function (el) {
    var counts = data[el.getAttribute('data-group')] || {};
    var chart = echarts.init(el);
    chart.setOption({
      animation: false,
      tooltip: { renderMode: 'richText' }, // drawn on the canvas: HTML tooltips carry style="" (CSP)
      grid: { left: 120, right: 20, top: 10, bottom: 20 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: Object.keys(counts), inverse: true },
      series: [{ type: 'bar', data: Object.values(counts), itemStyle: { color: '#0d6efd' } }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
});
