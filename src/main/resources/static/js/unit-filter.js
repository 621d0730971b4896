// Unit pickers: a search box (data-filter-for="<select id>") hides the options whose unit or region name does
// not contain the typed text; selected options always stay visible, empty region groups are hidden.
document.addEventListener('input', function (event) {
  var id = event.target.getAttribute && event.target.getAttribute('data-filter-for');
  var select = id && document.getElementById(id);
  if (!select) {
    return;
  }
  var text = event.target.value.trim();
  select.querySelectorAll('optgroup').forEach(function (group) {
    var groupMatches = text === '' || group.label.indexOf(text) >= 0;
    var shown = 0;
    group.querySelectorAll('option').forEach(function (option) {
      var visible = groupMatches || option.selected || option.textContent.indexOf(text) >= 0;
      option.hidden = !visible;
      shown += visible ? 1 : 0;
    });
    group.hidden = shown === 0;
  });
});
