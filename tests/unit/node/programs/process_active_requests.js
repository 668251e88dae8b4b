// process._getActiveRequests(): one entry per pool request whose callback has not run yet.
const fs = require('fs');
let done = 0;
for (let i = 0; i < 12; i++) fs.open(__filename, 'r', () => ++done);
console.log(process._getActiveRequests().length);
fs.stat(__filename, () => {});
console.log(process._getActiveRequests().length);
setTimeout(() => console.log('later', process._getActiveRequests().length), 50);
