/*
 * The progress page of a client opening (opening.xhtml): asks every second how the opening stands
 * (opening-status), keeps the elapsed time up to date, and shows the result when it is there by
 * loading the page again. The page works without this script too: its link checks again.
 * A file of its own, served from this origin: the Content-Security-Policy allows no inline script.
 */
(function () {
  'use strict';
  var progress = document.getElementById('progress');
  if (!progress || !window.fetch) {
    return;
  }
  var elapsed = document.getElementById('elapsed');
  var url = progress.getAttribute('data-status');
  function poll() {
    fetch(url, {credentials: 'same-origin', cache: 'no-store', headers: {'Accept': 'application/json'}})
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.json();
      })
      .then(function (status) {
        if (status.state !== 'RUNNING') {
          window.location.reload();
          return;
        }
        if (elapsed) {
          elapsed.textContent = status.text;
        }
        window.setTimeout(poll, 1000);
      })
      .catch(function () {
        window.setTimeout(poll, 3000);
      });
  }
  window.setTimeout(poll, 1000);
}());
