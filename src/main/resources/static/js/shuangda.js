// htmx requests carry the CSRF token from the page's meta tags (no inline scripts: the CSP forbids them).
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
// Buttons with data-confirm ask before submitting (delete, revoke).
document.addEventListener('submit', function (event) {
  var message = event.submitter && event.submitter.getAttribute('data-confirm');
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});
// Bars whose width is data (a campaign's phases, the time elapsed) carry it as data-width="42.5" (percent):
// set through CSSOM here, since the CSP refuses style="" attributes. Anything but a number 0–100 is ignored.
function sdApplyWidths(root) {
  root.querySelectorAll('[data-width]').forEach(function (el) {
    var percent = parseFloat(el.getAttribute('data-width'));
    if (isFinite(percent) && percent >= 0 && percent <= 100) {
      el.style.width = percent + '%';
    }
  });
}
document.addEventListener('DOMContentLoaded', function () { sdApplyWidths(document); });
document.addEventListener('htmx:afterSwap', function (event) { sdApplyWidths(event.target); });
