const name = 'World', n = 3;
console.log(`Hello ${name}! ${n} + 1 = ${n + 1}`, `${'nested ' + `${n * 2}`}`);
console.log(`line1
line2`, `\${escaped}`, `${{}}`, `${[1, 2]}`, `${null} ${undefined} ${-0} ${1e21}`);
const obj = { toString() { return 'custom'; } }; console.log(`${obj}`, '' + obj, String(obj));
