// Lists that are not paged sort in the browser: a <table data-sortable> whose <th data-sort="text|number|date">
// headers become buttons. A cell may carry data-sort-value (a number, an ISO date, a state's rank) when its
// text is not what it sorts by. Equal rows keep their server order (the list's stable default order).
// Paged lists sort on the server instead (?sort=&dir=, org.shuangda.shared.ListSort, fragments/sort.html).
(function () {
  function cellValue(row, index, type) {
    var cell = row.cells[index];
    if (!cell) {
      return null;
    }
    var raw = cell.hasAttribute('data-sort-value') ? cell.getAttribute('data-sort-value') : cell.textContent;
    raw = (raw || '').trim();
    if (raw === '') {
      return null;
    }
    if (type === 'number') {
      var n = parseFloat(raw.replace(/[,，\s]/g, ''));
      return isFinite(n) ? n : null;
    }
    return raw;
  }

  function compare(a, b, type) {
    if (a === null && b === null) { return 0; }
    if (a === null) { return 1; }
    if (b === null) { return -1; }
    if (type === 'number') { return a - b; }
    return a.localeCompare(b, 'zh-Hans-CN', { numeric: true });
  }

  function sortBy(table, th) {
    var headers = Array.prototype.slice.call(th.parentNode.children);
    var index = headers.indexOf(th);
    var type = th.getAttribute('data-sort') || 'text';
    var descending = th.getAttribute('aria-sort') === 'ascending';
    headers.forEach(function (h) { if (h.hasAttribute('data-sort')) { h.setAttribute('aria-sort', 'none'); } });
    th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
    Array.prototype.forEach.call(table.tBodies, function (body) {
      var rows = Array.prototype.slice.call(body.rows).filter(function (r) { return !r.hasAttribute('data-sort-fixed'); });
      var fixed = Array.prototype.slice.call(body.rows).filter(function (r) { return r.hasAttribute('data-sort-fixed'); });
      var keyed = rows.map(function (r, i) { return { row: r, at: i, value: cellValue(r, index, type) }; });
      keyed.sort(function (x, y) {
        var c = compare(x.value, y.value, type);
        if (c !== 0 && x.value !== null && y.value !== null && descending) { c = -c; }
        return c !== 0 ? c : x.at - y.at;
      });
      keyed.forEach(function (k) { body.appendChild(k.row); });
      fixed.forEach(function (r) { body.appendChild(r); });
    });
  }

  function init(root) {
    root.querySelectorAll('table[data-sortable]').forEach(function (table) {
      if (table.hasAttribute('data-sortable-ready')) {
        return;
      }
      table.setAttribute('data-sortable-ready', '');
      table.querySelectorAll('thead th[data-sort]').forEach(function (th) {
        th.setAttribute('aria-sort', th.getAttribute('aria-sort') || 'none');
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'sort-button';
        while (th.firstChild) { button.appendChild(th.firstChild); }
        var icon = document.createElement('i');
        icon.className = 'bi bi-chevron-expand sort-idle';
        icon.setAttribute('aria-hidden', 'true');
        button.appendChild(icon);
        th.appendChild(button);
        button.addEventListener('click', function () {
          sortBy(table, th);
          table.querySelectorAll('thead th[data-sort] .sort-button i').forEach(function (i) {
            var state = i.closest('th').getAttribute('aria-sort');
            i.className = 'bi ' + (state === 'ascending' ? 'bi-caret-up-fill' : state === 'descending'
              ? 'bi-caret-down-fill' : 'bi-chevron-expand sort-idle');
          });
        });
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () { init(document); });
  document.addEventListener('htmx:afterSwap', function (event) { init(event.target); });
})();
