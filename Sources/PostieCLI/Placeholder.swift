// PostieCLI: placeholder until its first stage lands.
