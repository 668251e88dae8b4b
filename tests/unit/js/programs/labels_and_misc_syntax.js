const a = [1, 2, 3];
let total = 0;
for (const v of a) total += v;
console.log(total);
const obj = { if: 1, class: 2, new: 3, default: 4 };
console.log(obj.if + obj.class + obj.new + obj.default, obj);
console.log(((a, b) => a + b)(1, 2), (function () { return this; }).call(7) !== undefined);
