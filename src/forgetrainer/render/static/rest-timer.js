// After a set is logged, count down the prescribed rest. The page works the same without it.
(function () {
  "use strict";
  var timer = document.getElementById("rest-timer");
  var rest = parseInt(sessionStorage.getItem("forge-rest") || "0", 10);
  var started = parseInt(sessionStorage.getItem("forge-rest-started") || "0", 10);
  document.querySelectorAll("form.log-set").forEach(function (form) {
    form.addEventListener("submit", function () {
      sessionStorage.setItem("forge-rest", form.dataset.rest || "0");
      sessionStorage.setItem("forge-rest-started", String(Date.now()));
    });
  });
  if (!timer || !rest || !started) { return; }
  function tick() {
    var left = Math.round(rest - (Date.now() - started) / 1000);
    if (left <= 0) {
      timer.textContent = "Rest over: next set.";
      sessionStorage.removeItem("forge-rest");
      return;
    }
    timer.hidden = false;
    timer.textContent = "Rest: " + Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0");
    setTimeout(tick, 1000);
  }
  tick();
}());
