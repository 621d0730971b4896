// Submission form: an indicator's total is the sum of its categories once any category is filled in
// (shown live and read-only); with no category filled, the total is typed as before.
(function () {
  function number(text) {
    var t = (text || '').replace(/[,，\s]/g, '');
    return t === '' || isNaN(Number(t)) ? null : Number(t);
  }
  function update(code) {
    var total = document.querySelector('[data-breakdown-total="' + code + '"]');
    if (!total || total.hasAttribute('data-locked')) {
      return;
    }
    var parts = document.querySelectorAll('[data-breakdown-of="' + code + '"]');
    var sum = 0, filled = false, scale = 0;
    parts.forEach(function (input) {
      var v = number(input.value);
      if (v !== null) {
        filled = true;
        sum += v;
        var dot = input.value.indexOf('.');
        scale = Math.max(scale, dot < 0 ? 0 : Math.min(2, input.value.length - dot - 1));
      }
    });
    total.readOnly = filled;
    total.classList.toggle('bg-body-secondary', filled);
    if (filled) {
      total.value = sum.toFixed(scale);
    }
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-breakdown-total]').forEach(function (total) {
      if (total.readOnly) {
        total.setAttribute('data-locked', '');  // a locked or accepted form stays as it is
      }
      update(total.getAttribute('data-breakdown-total'));
    });
    document.addEventListener('input', function (event) {
      var code = event.target.getAttribute && event.target.getAttribute('data-breakdown-of');
      if (code) {
        update(code);
      }
    });
  });
})();
