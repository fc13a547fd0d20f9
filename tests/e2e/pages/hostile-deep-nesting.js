// 5,000 nested elements (the HTML parser stops nesting at 512, the DOM does not), with a request
// near the top, one half-way down and one at the very bottom.
(function () {
  var DEPTH = 5000;
  var at = {
    1: 'Do you have a SOC 1 report?',
    2500: 'Please attach your most recent SOC 2 Type II report.',
    5000: 'Provide your ISO 27001 certificate.',
  };
  // `?noheading`: no heading anywhere, so nothing seen on the way names the section and the
  // search for one has to look around each request itself.
  if (new URLSearchParams(location.search).has('noheading')) document.querySelector('h1').remove();
  var parent = document.getElementById('root');
  for (var level = 1; level <= DEPTH; level++) {
    var child = document.createElement(level % 2 ? 'div' : 'section');
    if (at[level]) {
      var question = document.createElement('p');
      question.setAttribute('data-level', String(level));
      question.textContent = window.__request(at[level]);
      child.append(question);
    }
    parent.append(child);
    parent = child;
  }
  window.__ready();
})();
