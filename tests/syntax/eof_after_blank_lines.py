if x:
  y


