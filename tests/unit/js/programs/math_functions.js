console.log(Math.floor(-1.5), Math.ceil(-1.5), Math.round(2.5), Math.round(-2.5), Math.round(-0.4), Math.trunc(-4.7), Math.abs(-3));
console.log(Math.min(3, 1, 2), Math.max(), Math.min(), Math.max(1, NaN), Math.pow(2, 8), Math.sqrt(16), Math.cbrt(27), Math.sign(-5), Math.sign(0));
console.log(Math.PI, Math.E, Math.hypot(3, 4), Math.log2(8), Math.log10(1000), Math.exp(0), Math.log(1), Math.sin(0), Math.cos(0));
const r = Math.random(); console.log(r >= 0 && r < 1, typeof r);
