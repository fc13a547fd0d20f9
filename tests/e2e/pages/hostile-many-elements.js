// 25,000 rows of 4 elements each (100,000 elements); every 2,500th row asks for a SOC 2 report,
// the last of them near the end of the page.
(function () {
  var rows = document.getElementById('rows');
  var fragment = document.createDocumentFragment();
  for (var i = 0; i < 25000; i++) {
    var row = document.createElement('div');
    var label = document.createElement('span');
    var body = document.createElement('b');
    var note = document.createElement('i');
    label.textContent = 'Question ' + i + ': ';
    body.textContent =
      i % 2500 === 2499
        ? window.__request('Please attach your most recent SOC 2 Type II report.')
        : 'Lorem ipsum dolor sit amet.';
    note.textContent = ' (optional)';
    row.append(label, body, note);
    fragment.append(row);
  }
  rows.append(fragment);
  window.__ready();
})();
