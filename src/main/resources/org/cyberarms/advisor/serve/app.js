// Placeholder page script (the page itself is built separately): shows each element's level from /api/report.
"use strict";
fetch("/api/report").then(r => r.json()).then(report => {
  const status = document.getElementById("status");
  status.textContent = JSON.stringify(report).length + " bytes of report loaded.";
});
