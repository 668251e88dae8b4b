// Unicode escapes in identifiers (ECMA-262 12.7.1): a name, never a keyword.
var \u0061bc = 1;
console.log(abc, \u{61}bc, a\u0062c);
var o = { bre\u0061k: 2, \u{63}ase: 3, n\u0065w: 4 };
console.log(o.break, o.case, o.bre\u0061k, o.new, Object.keys(o));
const { bre\u0061k: first, ...others } = o;
console.log(first, others);
function \u0066n(\u0078) { return x * 2; }
console.log(fn(21), fn.name);
class K { m\u0065thod() { return 'm'; } }
console.log(new K().method());
