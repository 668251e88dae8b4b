for (const v of [42, 'str', null, undefined, { a: 1 }, [1, 2]]) {
  try { throw v; } catch (e) { console.log(typeof e, e); }
}
