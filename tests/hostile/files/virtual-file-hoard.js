// Virtual files live in memory: appending gigabytes meets the heap limit.
const fs = require('fs');
const chunk = 'x'.repeat(2 ** 24);
for (let i = 0; i < 200; i++) fs.appendFileSync('big.txt', chunk);
