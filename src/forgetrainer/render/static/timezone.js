// Fills the registration form's time zone from the browser, so that "today" is the person's day.
// Without JavaScript the field stays empty and the account follows the server's clock.
(function () {
  "use strict";
  var zone = "";
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  } catch (error) {
    return;
  }
  var fields = document.querySelectorAll('input[data-fill="timezone"]');
  for (var i = 0; i < fields.length; i += 1) {
    if (!fields[i].value) {
      fields[i].value = zone;
    }
  }
})();
