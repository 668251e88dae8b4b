function outer() {
  console.log(inner());
  function inner() { return 'inner hoisted ' + helper(); }
  function helper() { return 'helper'; }
  { function blockFn() { return 'block'; } console.log(blockFn()); }
}
outer();
