let depth = 0;
function nest() {
  depth++;
  if (depth < 8) setTimeout(nest, 0);
  else console.log('eight nested timeouts');
}
setTimeout(nest, 0);
setTimeout(() => console.log('timeout 200'), 200);
