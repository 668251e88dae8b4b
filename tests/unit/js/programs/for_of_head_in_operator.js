// `in` is an operator inside brackets, braces and arguments, even in a for head.
for ([x = 'length' in []] of [[]]) console.log(x);
for (const { a = 'b' in { b: 1 } } of [{}]) console.log(a);
var f = (v) => v; for (var i = f('x' in {}); i; i = false) console.log('call', i);
(async () => { for await ([y = 'z' in {}] of [[]]) console.log('await', y); })();
