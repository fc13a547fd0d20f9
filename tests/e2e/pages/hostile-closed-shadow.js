// Closed shadow roots hide their content from every script but the page's, the extension's
// included: requests inside them cannot be found. Open roots and light DOM slotted into a
// closed root can. The page keeps its closed roots in `window.__closedRoots`.
(function () {
  function para(text) {
    var p = document.createElement('p');
    p.textContent = text;
    return p;
  }
  var open = document.getElementById('open-host').attachShadow({ mode: 'open' });
  open.append(para('Do you have a SOC 1 report?'));

  var closed = document.getElementById('closed-host').attachShadow({ mode: 'closed' });
  closed.append(para('Hidden: please attach your SOC 2 Type I report.'));
  // An open root inside a closed one: unreachable as well.
  var inner = document.createElement('div');
  closed.append(inner);
  inner.attachShadow({ mode: 'open' }).append(para('Hidden too: a SOC 3 report?'));

  var slotted = document.getElementById('slotted-host').attachShadow({ mode: 'closed' });
  slotted.append(para('Section:'), document.createElement('slot'));
  window.__closedRoots = [closed, slotted];
  window.__ready();
})();
