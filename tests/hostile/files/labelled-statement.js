outer: for (;;) {
  break outer;
}
