// An interval that is never cleared keeps the loop alive forever.
setInterval(() => {}, 100);
