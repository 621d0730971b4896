// The case form (issue 13): 案值 is the sum of the goods' values where values are given. The sum is shown live
// under 案值 (the server computes the same when 案值 is left empty); "采用" fills it in.
(function () {
  'use strict';
  function sum() {
    var total = 0;
    var any = false;
    document.querySelectorAll('input[name=goodsValue]').forEach(function (input) {
      var v = input.value.trim().replace(/[,，]/g, '');
      if (v !== '' && !isNaN(Number(v))) {
        total += Math.round(Number(v) * 100);
        any = true;
      }
    });
    return any ? (total / 100).toFixed(2).replace(/\.00$/, '') : null;
  }
  function refresh() {
    var note = document.getElementById('case-goods-sum');
    if (!note) {
      return;
    }
    var s = sum();
    var button = document.getElementById('case-goods-sum-adopt');
    if (s === null) {
      note.firstChild.textContent = note.getAttribute('data-hint');
      if (button) {
        button.classList.add('d-none');
      }
      return;
    }
    note.firstChild.textContent = note.getAttribute('data-template').replace('{0}', s) + ' ';
    if (!button) {
      button = document.createElement('button');
      button.type = 'button';
      button.id = 'case-goods-sum-adopt';
      button.className = 'btn btn-link btn-sm p-0 align-baseline';
      button.textContent = note.getAttribute('data-adopt');
      button.addEventListener('click', function () {
        document.getElementById('caseValue').value = sum() || '';
      });
      note.appendChild(button);
    }
    button.classList.remove('d-none');
  }
  document.addEventListener('DOMContentLoaded', function () {
    var note = document.getElementById('case-goods-sum');
    if (!note) {
      return;
    }
    note.setAttribute('data-hint', note.textContent);
    note.textContent = '';
    note.appendChild(document.createTextNode(''));
    refresh();
  });
  document.addEventListener('input', function (event) {
    if (event.target.matches && event.target.matches('input[name=goodsValue]')) {
      refresh();
    }
  });
})();
