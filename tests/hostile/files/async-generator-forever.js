// An endless async generator drained by for await: every step is a microtask, so the loop
// never reaches its next phase; the step limit stops it.
async function* forever() {
  for (;;) yield "x";
}
(async () => {
  for await (const x of forever());
})();
