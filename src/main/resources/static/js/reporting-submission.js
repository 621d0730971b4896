// Submission form: an indicator's total is the sum of its categories once any category is filled in
// (shown live and read-only); with no category filled, the total is typed as before.
// 采用 / 全部采用 (a figure, or every differing figure, from the unit's records) work in place: the figures are
// filled in at once, the form as typed is saved as the draft in the background (the same POST as without
// script) and the saved form, with its derived figures, rules and notice, replaces the old one without a reload.
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
  function init() {
    document.querySelectorAll('[data-breakdown-total]').forEach(function (total) {
      if (total.readOnly) {
        total.setAttribute('data-locked', '');  // a locked or accepted form stays as it is
      }
      update(total.getAttribute('data-breakdown-total'));
    });
  }

  // the figure of one indicator from the records: typed into its field, its categories cleared
  function take(code, value) {
    document.querySelectorAll('[data-breakdown-of="' + code + '"]').forEach(function (input) {
      input.value = '';
    });
    var total = document.getElementById('v-' + code);
    if (total) {
      total.readOnly = false;
      total.classList.remove('bg-body-secondary');
      total.value = value;
    }
  }
  // 全部采用: per indicator, its first offer where the field is blank or agrees with no offer (as the server decides)
  function takeAll() {
    var offers = {};
    document.querySelectorAll('[data-offer-of]').forEach(function (o) {
      var code = o.getAttribute('data-offer-of');
      (offers[code] = offers[code] || []).push(o.getAttribute('data-offer-value'));
    });
    Object.keys(offers).forEach(function (code) {
      var field = document.getElementById('v-' + code);
      if (!field || field.tagName !== 'INPUT') {
        return;
      }
      var text = (field.value || '').replace(/[,，\s]/g, '');
      var typed = text === '' ? null : number(text);  // null: blank or no number, agrees with no offer
      var agrees = offers[code].some(function (v) { return typed !== null && Number(v) === typed; });
      if (!agrees) {
        take(code, offers[code][0]);
      }
    });
  }

  function swap(html, focusId) {
    var next = new DOMParser().parseFromString(html, 'text/html').getElementById('submission-live');
    var live = document.getElementById('submission-live');
    if (!next || !live) {
      return false;
    }
    live.replaceWith(document.importNode(next, true));
    init();
    var notice = document.getElementById('notice') || document.getElementById('form-errors');
    var focus = (focusId && document.getElementById(focusId)) || notice;
    if (focus) {
      focus.focus({preventScroll: !!focusId});
    }
    return true;
  }

  function submitInPlace(form, button) {
    var action = button.value;
    var code = button.getAttribute('data-take');
    if (code) {
      take(code, button.getAttribute('data-take-value'));
    } else {
      takeAll();
    }
    var data = new FormData(form);
    data.set('action', action);
    form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = true; });
    button.setAttribute('aria-busy', 'true');
    if (form.getAttribute('data-working')) {
      button.title = form.getAttribute('data-working');
    }
    // form.action would be the buttons named "action": the attribute is the address
    fetch(form.getAttribute('action'), {method: 'POST', body: new URLSearchParams(data), credentials: 'same-origin',
                        headers: {'Accept': 'text/html'}})
      .then(function (response) {
        if (!response.ok && response.status !== 422) {  // 422: the form again with its errors
          throw new Error('HTTP ' + response.status);
        }
        return response.text();
      })
      .then(function (html) {
        if (!swap(html, code ? 'v-' + code : null)) {
          throw new Error('no form in the answer');
        }
      })
      .catch(function (problem) {
        if (window.console) {
          console.warn('采用 in place failed, sending the form: ' + problem);
        }
        // the background request failed: send the form the ordinary way (the page then shows what happened)
        form.setAttribute('data-plain', '');
        form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = false; });
        form.requestSubmit(button);
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    init();
    document.addEventListener('input', function (event) {
      var code = event.target.getAttribute && event.target.getAttribute('data-breakdown-of');
      if (code) {
        update(code);
      }
    });
    document.addEventListener('submit', function (event) {
      var form = event.target;
      var button = event.submitter;
      if (form.id !== 'submission-form' || form.hasAttribute('data-plain') || !button
          || !(button.value === 'take-all' || button.value.indexOf('take:') === 0)) {
        return;
      }
      event.preventDefault();
      submitInPlace(form, button);
    });
    // Enter in a figure saves the draft (the first button of the form would otherwise be a 采用)
    document.addEventListener('keydown', function (event) {
      var input = event.target;
      if (event.key !== 'Enter' || !input.form || input.form.id !== 'submission-form' || input.tagName !== 'INPUT') {
        return;
      }
      var save = document.getElementById('save-draft');
      event.preventDefault();
      if (save && !save.disabled) {
        input.form.requestSubmit(save);
      }
    });
  });
})();
