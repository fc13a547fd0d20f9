// 40 same-origin frames: 20 with srcdoc, 20 with src; each holds one request.
(function () {
  var box = document.getElementById('frames');
  for (var i = 0; i < 20; i++) {
    var inline = document.createElement('iframe');
    inline.setAttribute('data-frame', 'srcdoc-' + i);
    inline.setAttribute(
      'srcdoc',
      '<!doctype html><meta charset="utf-8"><p>Frame ' +
        i +
        ': Please attach your most recent SOC 2 Type II report.</p>',
    );
    box.append(inline);
    var linked = document.createElement('iframe');
    linked.setAttribute('data-frame', 'src-' + i);
    linked.src = 'hostile-iframe-child.html?n=' + i;
    box.append(linked);
  }
  window.__ready();
})();
