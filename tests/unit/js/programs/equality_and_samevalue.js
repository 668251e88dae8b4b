console.log(Object.is(NaN, NaN), Object.is(0, -0), NaN === NaN, [NaN].includes(NaN), new Set([NaN, NaN]).size);
const a = {}; const b = a; console.log(a === b, {} === {}, [] == [], 'a' === 'a');
