// require exists in CommonJS only: the ES module stops at it with a ReferenceError.
const path = require('path');
console.log(path.basename('/a/b.txt'));
