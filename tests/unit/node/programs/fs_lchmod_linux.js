// Linux has no lchmod: fs.lchmod and fs.lchmodSync are present but undefined, and
// fs.promises.lchmod rejects with ERR_METHOD_NOT_IMPLEMENTED before checking its arguments.
const fs = require('fs');
console.log(typeof fs.lchmod, typeof fs.lchmodSync, typeof fs.promises.lchmod, 'lchmod' in fs);
fs.promises.lchmod('x', 0o644).catch((e) => console.log(e.name, e.code, e.message));
