// The classic runaway: the main script never finishes.
let i = 0;
while (true) {
  i++;
}
