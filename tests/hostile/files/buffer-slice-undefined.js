// buf.slice(undefined, 5): an undefined start is 0 (adjustOffset), not a cast of NaN.
console.log(Buffer.from('hello world').slice(undefined, 5).toString());
