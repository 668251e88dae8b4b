// Buffer.concat of 4 GB: the total is reserved before copying.
const b = Buffer.alloc(2 ** 26);
const list = [];
for (let i = 0; i < 64; i++) list.push(b);
console.log(Buffer.concat(list).length);
