/*
 * A long operation that runs in one request (bulk verification, verify-accounts.xhtml): once its form is
 * sent, shows the page's progress element (role=status, so a screen reader hears it too) and refuses a
 * second send until the answer comes. The button is not disabled: a disabled button's name would not be
 * sent and Faces would not run its action. A file of its own: the Content-Security-Policy allows no
 * inline script. The page works without it.
 */
(function () {
  'use strict';
  var busy = document.getElementById('busy');
  if (!busy) {
    return;
  }
  var form = document.getElementById(busy.getAttribute('data-form'));
  if (!form) {
    return;
  }
  var sent = false;
  form.addEventListener('submit', function (event) {
    if (sent) {
      event.preventDefault();
      return;
    }
    sent = true;
    busy.hidden = false;
    form.setAttribute('aria-busy', 'true');
    Array.prototype.forEach.call(form.querySelectorAll('input[type=submit]'), function (b) {
      b.setAttribute('aria-disabled', 'true');
    });
  });
}());
