// Shared by the hostile-*.html fixtures. Light on purpose: any long task after
// `window.__fixtureReady` is the extension's, not the page's.
// `?control` builds the same page without any request (the extension then takes its fast path).
window.__control = new URLSearchParams(location.search).has('control');
window.__request = function (text) {
  return window.__control ? 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.' : text;
};
// Marks the end of the page's own set-up; forces the first layout first so its cost is the page's.
window.__ready = function () {
  void document.body.offsetHeight;
  window.__fixtureReady = performance.now();
};
