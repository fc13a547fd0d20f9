// One text node of 2 MB, with one real request near its end.
(function () {
  var filler = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor. ';
  var size = 2 * 1024 * 1024;
  var tail = filler.repeat(10);
  var request = window.__request('Please attach your most recent SOC 2 Type II report. ');
  var head = filler.repeat(Math.ceil((size - tail.length - request.length) / filler.length));
  document.getElementById('big').append(document.createTextNode(head + request + tail));
  window.__ready();
})();
