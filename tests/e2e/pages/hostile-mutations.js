// Mutates the DOM every 5 ms (about 200 times a second) for 4 seconds: text changes, nodes added
// and removed, attributes flipped. Meanwhile it adds four requests and removes one.
// `window.__mutation` reports progress: { ticks, done }.
(function () {
  var RUN_MS = 4000;
  var ticker = document.getElementById('ticker').firstChild;
  var churn = document.getElementById('churn');
  var questions = document.getElementById('questions');
  var added = [
    [500, 'Please attach your SOC 2 Type I report.'],
    [1500, 'Do you hold an ISO 27001 certificate?'],
    [2500, 'Please attach your most recent SOC 2 Type II report.'],
    [3500, 'Do you have a SOC 1 report?'],
  ];
  var state = { ticks: 0, done: false };
  window.__mutation = state;
  window.__ready();
  var start = performance.now();
  var timer = setInterval(function () {
    var elapsed = performance.now() - start;
    state.ticks++;
    switch (state.ticks % 3) {
      case 0:
        ticker.data = 'Tick ' + state.ticks + ' at ' + Math.round(elapsed) + ' ms';
        break;
      case 1:
        var line = document.createElement('p');
        line.textContent = 'Lorem ipsum dolor sit amet ' + state.ticks + '.';
        churn.append(line);
        if (churn.childNodes.length > 40) churn.firstChild.remove();
        break;
      default:
        churn.setAttribute('data-tick', String(state.ticks));
    }
    while (added.length > 0 && elapsed >= added[0][0]) {
      var question = document.createElement('p');
      question.setAttribute('data-q', 'added-' + added[0][0]);
      question.textContent = added[0][1];
      questions.append(question);
      added.shift();
    }
    if (elapsed >= 2000) {
      var gone = document.getElementById('removed-later');
      if (gone) gone.remove();
    }
    if (elapsed >= RUN_MS) {
      clearInterval(timer);
      state.done = true;
      state.elapsed = elapsed;
    }
  }, 5);
})();
