class C { x = 1 + super(); }
