const fs = require('fs');
fs.readFile('missing.txt', (err, data) => {
  console.log(err.code, err.syscall, data);
  console.log(err.message);
});
