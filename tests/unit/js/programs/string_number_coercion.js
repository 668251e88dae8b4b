console.log(1 + '1', '1' - 1, '2' * '3', [] + [], [] + {}, [1] + [2], {} + 'x', true + 1, null + 1, undefined + 1);
console.log('5' == 5, '' == false, [] == false, [0] == false, null == false, 'true' == true);
const obj = { valueOf() { return 42; } }; console.log(obj + 1, `${obj}`, obj * 2, obj > 41);
const both = { valueOf() { return 1; }, toString() { return 'str'; } }; console.log(both + '', `${both}`, String(both));
