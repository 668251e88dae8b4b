const base = { a: 1, b: 2 };
const over = { ...base, b: 3, c: 4 };
const { a, ...others } = over;
console.log(over, a, others, { ...'hi' }, { ...null }, { ...[1, 2] });
function f({ x, ...r }) { return [x, r]; } console.log(f({ x: 1, y: 2, z: 3 }));
